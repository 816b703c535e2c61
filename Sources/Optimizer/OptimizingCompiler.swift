import JSEngine

/// The optimizing tier's entry point, installed as the realm's `TierUpHook`. For each hot
/// function it builds the IR from bytecode and feedback and runs the phase pipeline,
/// printing the IR and the rewrites when asked (`--print-ir`, `--print-rewrites`).
///
/// The compiled code is installed on the function's code block; the interpreter runs it on
/// calls and resumes in a rebuilt frame when it deoptimizes.
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
    /// The realm's reducible builtins, looked up on the first compilation.
    private var builtins: BuiltinTable?

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

    public func optimize(_ function: JSFunction, realm: Realm, reason: TierUpReason) throws -> Bool {
        guard let code = function.codeBlock else { return false }
        let name = function.debugName
        if let filter = options.jitFilter, !name.contains(filter) { return false }
        var builder = GraphBuilder(code: code, name: name, literalRootShape: realm.objectPrototype.childRootShape)
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
            let table = builtins ?? BuiltinTable(realm: realm)
            builtins = table
            try pipeline.runOptimizations(on: graph, log: log, output: realm.output, builtins: table)
        } catch let failure as IRVerifier.Failure {
            // --verify-ir: a malformed graph ends the run as an internal error (exit code 5).
            verifierFailure = failure.description
            throw EngineTermination.internalError(failure.description)
        } catch {
            bailouts.append((name, "\(error)"))
            return false
        }
        graphs.append((name, graph))
        let compiled: CompiledFunction
        do {
            compiled = try Backend.compile(graph: graph, options: options, log: log)
        } catch {
            bailouts.append((name, "back end: \(error)"))
            if options.traceOpt { realm.output.write("[optimizing \(name): back end failed: \(error)]") }
            return false
        }
        code.optimizedCode = InstalledCode(compiled: compiled)
        code.optimizationState.optimizationCount += 1
        code.optimizationState.optimizeOnNextCall = false
        if options.traceOpt { realm.output.write("[completed optimizing \(name)]") }
        return true
    }

    public func deoptimize(_ function: JSFunction, realm: Realm) {
        function.codeBlock?.optimizedCode = nil
    }
}

/// Optimized code as the interpreter runs it: the back end's compiled function, with
/// deoptimization requests turned into the interpreter's resume format.
final class InstalledCode: OptimizedCode {
    let compiled: CompiledFunction

    init(compiled: CompiledFunction) { self.compiled = compiled }

    func execute(realm: Realm, function: JSFunction, this: JSValue, arguments: [JSValue]) throws -> OptimizedExecution {
        var context: Context?
        if case .bytecode(_, let c) = function.body { context = c }
        switch try compiled.run(realm: realm, this: this, arguments: arguments, context: context) {
        case .returned(let v):
            return .returned(v)
        case .deoptimize(let reason, let frameState, let values, let callerValues):
            let position = frameState.pc < frameState.code.positions.count ? frameState.code.positions[frameState.pc] : .none
            let states = frameState.frames
            let frames = zip(states, callerValues + [values]).map { state, regs in
                DeoptimizedFrame(pc: state.pc, registers: regs.map { $0 ?? .undefined }, function: state.function,
                                 resultRegister: state.resultRegister)
            }
            return .deoptimized(frames: frames, reason: reason, position: position)
        }
    }
}
