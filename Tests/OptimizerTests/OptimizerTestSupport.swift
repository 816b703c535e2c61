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
        var b = GraphBuilder(code: block, name: name, literalRootShape: realm.objectPrototype.childRootShape,
                             builtins: BuiltinTable(realm: realm))
        return (realm, f, try b.build())
    }

    /// The graph of global function `name` after running `source`.
    static func graph(of name: String, in source: String) throws -> Graph {
        try compiled(name, in: source).graph
    }

    /// Runs `source` with the optimizing tier installed, under its `// Flags:` lines and then
    /// `flags`; returns the output, how the run ended and the compiler.
    static func run(_ source: String, _ flags: [String]) -> (output: String, ending: RunResult.Ending, compiler: OptimizingCompiler?) {
        var options = EngineOptions()
        try? FlagParser.apply(FlagParser.flagsInSource(source), to: &options, strict: false)
        try? FlagParser.apply(flags, to: &options, strict: true)
        let out = CapturedOutput()
        let box = ResultBox<OptimizingCompiler>()
        let ending = Engine.onLargeStack {
            Engine.run(sources: [(name: "p.js", text: source)], options: options, output: out) { realm in
                box.value = OptimizingCompiler.install(on: realm)
            }
        }
        return (out.text, ending, box.value)
    }

    /// Global function `name` after running `source`, its graph taken through the
    /// optimization phases up to and including `stopAfter` (all of them when nil) with
    /// `flags`, faults `inject` and `--verify-ir`, and the rewrite log.
    static func optimized(_ name: String, in source: String, stopAfter: String? = nil, flags: [String] = [],
                          inject: [FaultID] = []) throws -> (realm: Realm, function: JSFunction, graph: Graph, log: RewriteLog) {
        let (realm, function, graph) = try compiled(name, in: source)
        var options = EngineOptions()
        try FlagParser.apply(flags, to: &options, strict: true)
        options.verifyIR = true
        options.stopAfter = stopAfter
        options.injectedFaults += inject.map(\.rawValue)
        let log = RewriteLog(options: options)
        try Pipeline(options: options, phases: PhaseRegistry.all)
            .runOptimizations(on: graph, log: log, output: nil, builtins: BuiltinTable(realm: realm))
        return (realm, function, graph, log)
    }

    /// What `source` prints and how the run ends, with the optimizing tier installed and `flags`.
    static func run(_ source: String, flags: [String]) throws -> (output: String, ending: RunResult.Ending) {
        let (output, ending, _) = run(source, flags)
        return (output, ending)
    }

    /// Live nodes printed as their opcode (`CheckBounds`, `Phi`, ...), counted.
    static func count(_ opcode: String, in g: Graph) -> Int {
        g.liveNodes.filter { "\($0.opcode)" == opcode }.count
    }

    /// The loop header the back edge after the `k`-th `loopHint` of `code` jumps to.
    static func loopHeader(_ code: CodeBlock, loop k: Int = 0) -> Int? {
        let hints = code.instructions.indices.filter { if case .loopHint = code.instructions[$0] { return true }; return false }
        guard k < hints.count, hints[k] + 1 < code.instructions.count,
              case .jump(let t) = code.instructions[hints[k] + 1] else { return nil }
        return Int(t)
    }
}

