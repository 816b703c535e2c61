import XCTest
@testable import JSEngine
@testable import Optimizer

/// Shared helpers of the optimizer tests.
enum OptimizerTestSupport {
    struct MissingFunction: Error {}

    /// Runs `source` (so feedback exists), then builds the graph of global function `name`.
    static func graph(of name: String, in source: String) throws -> Graph {
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        var p = Parser(source: source)
        let code = try BytecodeCompiler.compile(try p.parseProgram(), realm: realm)
        _ = try realm.interpreter.runScript(code)
        guard let f = try realm.get(realm.global, name).asFunction, let block = f.codeBlock else { throw MissingFunction() }
        var b = GraphBuilder(code: block, name: name)
        return try b.build()
    }
}
