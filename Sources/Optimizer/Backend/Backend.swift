import JSEngine

/// The back end's driver: schedules, allocates registers and selects instructions for an
/// optimized graph (each phase real or its reference implementation, as the options say),
/// giving a `CompiledFunction`.
public enum Backend {
    public static func compile(graph: Graph, options: EngineOptions, log: RewriteLog? = nil,
                               registerCount: Int = RegisterAllocationPhase.defaultRegisterCount) throws -> CompiledFunction {
        let pipeline = Pipeline(options: options, phases: [])
        let faults = FaultSwitch(options: options, log: log)
        // One memo of frame-state inputs for the three phases (none of them changes the graph).
        let frameStateInputs = FrameStateInputCache()
        let schedule = pipeline.isEnabled("scheduling")
            ? SchedulingPhase.schedule(graph, faults: faults, frameStateInputs: frameStateInputs)
            : ReferenceScheduler.schedule(graph)
        let specialize = pipeline.isEnabled("instruction-selection")
        let allocation = pipeline.isEnabled("register-allocation")
            ? RegisterAllocationPhase.allocate(schedule, registerCount: registerCount, faults: faults,
                                               frameStateInputs: frameStateInputs,
                                               fusedGuards: InstructionSelectionPhase.fusesGuards(specialize: specialize,
                                                                                                  assertTypes: options.assertTypes))
            : RegisterAllocationPhase.referenceAllocate(schedule, registerCount: registerCount)
        let (code, deopts) = try InstructionSelectionPhase.select(schedule, allocation,
                                                                  specialize: specialize,
                                                                  assertTypes: options.assertTypes, faults: faults,
                                                                  log: log, function: graph.functionName,
                                                                  frameStateInputs: frameStateInputs)
        // Nodes of inlined bodies run generic operations in their own function's terms
        // (its strictness, its constant pools).
        var inlinedCode: [Int: CodeBlock] = [:]
        for n in graph.liveNodes {
            if let fs = n.frameState, fs.code !== graph.code { inlinedCode[n.id] = fs.code }
        }
        return CompiledFunction(code: graph.code, name: graph.functionName, schedule: schedule, allocation: allocation,
                                instructions: code, deopts: deopts, inlinedCode: inlinedCode)
    }
}

/// A function's executable form: machine instructions, the deoptimization table and the
/// frame size, plus the schedule and allocation they came from (for printing and tests).
public final class CompiledFunction {
    public let code: CodeBlock
    public let name: String
    public let schedule: Schedule
    public let allocation: Allocation
    public let instructions: [MachineInstruction]
    public let deopts: [DeoptPoint]
    /// The instructions pre-decoded for the executor.
    let executable: ExecutableCode
    public var registerCount: Int { allocation.registerCount }
    public var slotCount: Int { allocation.slotCount }

    init(code: CodeBlock, name: String, schedule: Schedule, allocation: Allocation, instructions: [MachineInstruction],
         deopts: [DeoptPoint], inlinedCode: [Int: CodeBlock]) {
        self.code = code
        self.name = name
        self.schedule = schedule
        self.allocation = allocation
        self.instructions = instructions
        self.deopts = deopts
        executable = ExecutableCode(instructions: instructions, registerCount: allocation.registerCount,
                                    slotCount: allocation.slotCount, code: code, inlinedCode: inlinedCode)
    }

    /// Runs the code; `context` is the closure's context (for context loads and stores).
    public func run(realm: Realm, this: JSValue, arguments: [JSValue], context: Context? = nil) throws -> ExecutionResult {
        try arguments.withUnsafeBufferPointer { try run(realm: realm, this: this, argumentBuffer: $0, context: context) }
    }

    /// Runs the code with arguments in memory that stays unchanged while it runs.
    func run(realm: Realm, this: JSValue, argumentBuffer: UnsafeBufferPointer<JSValue>, context: Context?) throws -> ExecutionResult {
        try Executor(function: self, interpreter: realm.interpreter)
            .run(realm: realm, this: this, arguments: argumentBuffer, context: context)
    }

    /// Runs OSR code (compiled with `GraphBuilder(osrEntry:)`) from the interpreter frame's
    /// `registers` and current `context`.
    public func runOsr(realm: Realm, registers: [JSValue], context: Context?) throws -> ExecutionResult {
        try Executor(function: self, interpreter: realm.interpreter)
            .run(realm: realm, this: .undefined, arguments: UnsafeBufferPointer(start: nil, count: 0), context: context,
                 osrValues: registers)
    }

    /// The instructions as text, one per line with its index.
    public var listing: String {
        instructions.enumerated().map { "\($0.offset): \($0.element)" }.joined(separator: "\n")
    }
}
