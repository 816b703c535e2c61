import JSEngine

/// The optimizing tier's entry point, installed as the realm's `TierUpHook`. For each hot
/// function (or hot loop) it builds the IR from bytecode and feedback and runs the phase
/// pipeline, printing the IR and the rewrites when asked (`--print-ir`, `--print-rewrites`).
///
/// Function-entry code is installed on the function's code block; the interpreter runs it on
/// calls and resumes in a rebuilt frame when it deoptimizes. On-stack-replacement code is
/// installed per loop header; the interpreter enters it from a running frame at that loop's
/// back edge and, when it deoptimizes, continues in the same frame.
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
        guard let compiled = try compile(code, name: name, osrEntry: nil, reason: "(\(reason))", realm: realm) else { return false }
        let installed = InstalledCode(compiled: compiled.function, osrEntry: nil)
        code.optimizedCode = installed
        registerDependencies(of: installed, compiled, in: code, name: name, realm: realm)
        code.optimizationState.optimizationCount += 1
        code.optimizationState.optimizeOnNextCall = false
        if options.traceOpt { realm.output.write("[completed optimizing \(name)]") }
        return true
    }

    public func optimizeOsr(_ code: CodeBlock, function: JSFunction?, loopHeader: Int, entryValues: [JSValue],
                            realm: Realm, reason: TierUpReason) throws -> Bool {
        let name = code.traceName(function)
        let osr = "(osr at bytecode \(loopHeader))"
        guard let compiled = try compile(code, name: name, osrEntry: loopHeader, osrEntryValues: entryValues, reason: osr,
                                         realm: realm) else { return false }
        let installed = InstalledCode(compiled: compiled.function, osrEntry: loopHeader)
        code.osrCode[loopHeader] = installed
        registerDependencies(of: installed, compiled, in: code, name: name, realm: realm)
        if options.traceOpt { realm.output.write("[completed optimizing \(name) \(osr)]") }
        return true
    }

    /// A compiled function and the global properties it relies on (`GlobalLoadDependencies`).
    private struct CompilationResult {
        let function: CompiledFunction
        let globalDependencies: [JSString]
    }

    /// Registers installed code with the realm's code dependencies, so changing a global
    /// property it relies on discards it.
    private func registerDependencies(of installed: InstalledCode, _ compiled: CompilationResult, in code: CodeBlock,
                                      name: String, realm: Realm) {
        guard !compiled.globalDependencies.isEmpty else { return }
        realm.globalPropertyDependencies.register(installed, installedIn: code, traceName: name,
                                                  on: compiled.globalDependencies)
    }

    /// Builds, optimizes and compiles `code` (entered at `osrEntry` when given, speculating on
    /// the frame's `osrEntryValues` there), tracing as `--trace-opt` asks; nil when it cannot
    /// be compiled (the reason is in `bailouts`).
    private func compile(_ code: CodeBlock, name: String, osrEntry: Int?, osrEntryValues: [JSValue] = [], reason: String,
                         realm: Realm) throws -> CompilationResult? {
        if let filter = options.jitFilter, !name.contains(filter) { return nil }
        // Bail-out lines name the OSR entry but, for function entry, not the reason.
        let label = osrEntry == nil ? name : "\(name) \(reason)"
        let table = builtins ?? BuiltinTable(realm: realm)
        builtins = table
        var builder = GraphBuilder(code: code, name: name, literalRootShape: realm.objectPrototype.childRootShape,
                                   osrEntry: osrEntry, osrEntryValues: osrEntryValues, builtins: table)
        let graph: Graph
        do {
            graph = try builder.build()
        } catch {
            bailouts.append((name, "\(error)"))
            if options.traceOpt { realm.output.write("[optimizing \(label): bailed out: \(error)]") }
            return nil
        }
        if options.traceOpt { realm.output.write("[optimizing \(name) \(reason): \(graph.liveNodes.count) nodes]") }
        if options.printIR == "all" || options.printIR == "graph-builder" {
            realm.output.write(IRPrinter.print(graph, after: "graph-builder"))
        }
        do {
            try pipeline.runOptimizations(on: graph, log: log, output: realm.output, builtins: table)
        } catch let failure as IRVerifier.Failure {
            // --verify-ir: a malformed graph ends the run as an internal error (exit code 5).
            verifierFailure = failure.description
            throw EngineTermination.internalError(failure.description)
        } catch {
            bailouts.append((name, "\(error)"))
            return nil
        }
        graphs.append((name, graph))
        do {
            let function = try Backend.compile(graph: graph, options: options, log: log)
            if options.printCode {
                realm.output.write("--- code of \(label) (\(function.registerCount) registers, \(function.slotCount) spill slots) ---\n"
                                   + function.listing + "\n")
            }
            return CompilationResult(function: function,
                                     globalDependencies: GlobalLoadDependencies.names(in: graph, global: realm.global))
        } catch {
            bailouts.append((name, "back end: \(error)"))
            if options.traceOpt { realm.output.write("[optimizing \(label): back end failed: \(error)]") }
            return nil
        }
    }

    public func deoptimize(_ function: JSFunction, realm: Realm) {
        function.codeBlock?.discardAllOptimizedCode()
    }
}

/// Optimized code as the interpreter runs it: the back end's compiled function, with
/// deoptimization requests turned into the interpreter's resume format. Function-entry
/// code when `osrEntry` is nil, else OSR code entered at that loop header.
///
/// `call` runs the callee's executor directly and hands only a deoptimization to the
/// interpreter. Calls from optimized code reach it without the `OptimizedCode` protocol (the
/// executor finds the callee's `InstalledCode` itself); calls from builtins and Swift entry
/// points (`Interpreter.call`) reach it through the protocol.
final class InstalledCode: OptimizedCode {
    let compiled: CompiledFunction
    let osrEntry: Int?

    init(compiled: CompiledFunction, osrEntry: Int?) {
        self.compiled = compiled
        self.osrEntry = osrEntry
    }

    func execute(realm: Realm, function: JSFunction, context: Context?, this: JSValue,
                 arguments: UnsafeBufferPointer<JSValue>) throws -> OptimizedExecution {
        guard osrEntry == nil else { throw EngineTermination.internalError("OSR code of \(compiled.name) called as a function") }
        let executor = Executor(function: compiled, interpreter: realm.interpreter)
        switch try executor.run(realm: realm, this: this, arguments: arguments, context: context) {
        case .returned(let v):
            return .returned(v)
        case .deoptimize(let reason, let frameState, let values, let callerValues):
            let rebuilt = rebuiltFrames(frameState, values: values, callerValues: callerValues)
            return .deoptimized(frames: rebuilt.frames, reason: reason, position: rebuilt.position)
        }
    }

    func executeOsr(realm: Realm, registers: [JSValue], context: Context?) throws -> OptimizedExecution {
        guard osrEntry != nil else { throw EngineTermination.internalError("function code of \(compiled.name) entered at a loop") }
        switch try compiled.runOsr(realm: realm, registers: registers, context: context) {
        case .returned(let v):
            return .returned(v)
        case .deoptimize(let reason, let frameState, let values, let callerValues):
            let rebuilt = rebuiltFrames(frameState, values: values, callerValues: callerValues)
            return .deoptimized(frames: rebuilt.frames, reason: reason, position: rebuilt.position)
        }
    }

    /// A call of `function` (whose code block is `code` and closure context `context`) made
    /// by optimized code or from the host stack (`OptimizedCode.call`), with the same semantics as `Interpreter.call(_:this:arguments:)`
    /// on function-entry code: one native call level deeper (a RangeError at the limit), the
    /// receiver converted for the callee, the callee's executor run on `arguments` in place;
    /// a deoptimization finishes the call in the interpreter. The caller keeps this code
    /// alive for the call (the callee may discard it from its code block meanwhile).
    func call(_ function: JSFunction, code: CodeBlock, context: Context?, this: JSValue,
              arguments: UnsafeBufferPointer<JSValue>, realm: Realm, interpreter: Interpreter) throws -> JSValue {
        guard osrEntry == nil else { throw EngineTermination.internalError("OSR code of \(compiled.name) called as a function") }
        try interpreter.enterNativeCall()
        defer { interpreter.leaveNativeCall() }
        let receiver = try interpreter.receiver(for: code, this)
        let executor = Executor(function: compiled, interpreter: interpreter)
        switch try executor.run(realm: realm, this: receiver, arguments: arguments, context: context) {
        case .returned(let v):
            return v
        case .deoptimize(let reason, let frameState, let values, let callerValues):
            let rebuilt = rebuiltFrames(frameState, values: values, callerValues: callerValues)
            return try interpreter.finishDeoptimizedCall(code, function, context: context, receiver: receiver, arguments: arguments,
                                                         frames: rebuilt.frames, reason: reason, position: rebuilt.position)
        }
    }

    /// The interpreter frames a deoptimization request of the executor rebuilds, one per
    /// frame state (the optimized function's own first), and the source position it
    /// deoptimized at.
    private func rebuiltFrames(_ frameState: FrameState, values: [JSValue?],
                               callerValues: [[JSValue?]]) -> (frames: [DeoptimizedFrame], position: SourcePosition) {
        let position = frameState.pc < frameState.code.positions.count ? frameState.code.positions[frameState.pc] : .none
        let frames = zip(frameState.frames, callerValues + [values]).map { state, regs in
            DeoptimizedFrame(pc: state.pc, registers: regs.map { $0 ?? .undefined }, function: state.function,
                             resultRegister: state.resultRegister)
        }
        return (frames, position)
    }
}
