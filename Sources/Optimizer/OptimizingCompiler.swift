import JSEngine

/// The optimizing tier's entry point, installed as the realm's `TierUpHook`. For each hot
/// function it builds the IR from bytecode and feedback and runs the phase pipeline,
/// printing the IR and the rewrites when asked (`--print-ir`, `--print-rewrites`).
///
/// Status: the back end (scheduling, register allocation, instruction selection and the
/// executable form) and deoptimization are not built yet, so no optimized code is
/// installed and execution stays in the interpreter; everything up to the phases is real.
public final class OptimizingCompiler: TierUpHook {
    public let options: EngineOptions
    public let log: RewriteLog
    /// Why functions were not compiled, for `--trace-opt`.
    public private(set) var bailouts: [(function: String, reason: String)] = []
    /// Graphs built in this run (function name, graph), in order.
    public private(set) var graphs: [(String, Graph)] = []

    /// The first `--verify-ir` failure, if any (the run then ends with a verifier error).
    public private(set) var verifierFailure: String?
    let pipeline: Pipeline

    public init(options: EngineOptions) {
        self.options = options
        self.log = RewriteLog(options: options)
        self.pipeline = Pipeline(options: options, phases: PhaseRegistry.all)
    }

    /// Installs a compiler on `realm` (kept alive by the returned reference).
    public static func install(on realm: Realm) -> OptimizingCompiler {
        let c = OptimizingCompiler(options: realm.options)
        realm.tierUp = c
        return c
    }

    public func optimize(_ function: JSFunction, realm: Realm, reason: TierUpReason) -> Bool {
        guard let code = function.codeBlock else { return false }
        let name = function.debugName
        if let filter = options.jitFilter, !name.contains(filter) { return false }
        var builder = GraphBuilder(code: code, name: name)
        let graph: Graph
        do {
            graph = try builder.build()
        } catch {
            bailouts.append((name, "\(error)"))
            if options.traceOpt { realm.output.write("[optimizing \(name): bailed out: \(error)]") }
            return false
        }
        if options.traceOpt { realm.output.write("[optimizing \(name) (\(reason)): \(graph.liveNodes.count) nodes]") }
        if options.printIR == "all" || options.printIR == "graph-builder" {
            realm.output.write(IRPrinter.print(graph, after: "graph-builder"))
        }
        do {
            try pipeline.runOptimizations(on: graph, log: log, output: realm.output)
        } catch {
            bailouts.append((name, "\(error)"))
            verifierFailure = "\(error)"
            return false
        }
        graphs.append((name, graph))
        return false
    }

    public func deoptimize(_ function: JSFunction, realm: Realm) {
        function.codeBlock?.optimizationState.isOptimized = false
    }
}
