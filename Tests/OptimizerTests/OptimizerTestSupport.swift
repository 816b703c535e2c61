import XCTest
@testable import JSEngine
@testable import Optimizer

/// Shared helpers of the optimizer tests.
enum OptimizerTestSupport {
    struct MissingFunction: Error {}

    /// Runs `source` (so feedback exists), then builds the graph of global function `name`;
    /// returns the realm and the function too, for tests that run the compiled code.
    static func compiled(_ name: String, in source: String) throws -> (realm: Realm, function: JSFunction, graph: Graph) {
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        var p = Parser(source: source)
        let code = try BytecodeCompiler.compile(try p.parseProgram(), realm: realm)
        _ = try realm.interpreter.runScript(code)
        guard let f = try realm.get(realm.global, name).asFunction, let block = f.codeBlock else { throw MissingFunction() }
        var b = GraphBuilder(code: block, name: name, literalRootShape: realm.objectPrototype.childRootShape)
        return (realm, f, try b.build())
    }

    /// The graph of global function `name` after running `source`.
    static func graph(of name: String, in source: String) throws -> Graph {
        try compiled(name, in: source).graph
    }
}
