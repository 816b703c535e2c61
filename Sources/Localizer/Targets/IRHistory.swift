/// What the optimizer did to the IR of one run, node by node, as the VEE'21 method
/// reconstructs it from an instruction trace of V8 (and this engine records directly):
/// for every node ever created, its opcode, inputs, the bytecode it came from, the phase
/// that created it, the phases that replaced or appended its inputs, and the phases that
/// killed it or removed its uses. One entry per compiled function, in compilation order.
public struct IRHistory: Sendable, Equatable {
    public var functions: [FunctionHistory]
    public init(functions: [FunctionHistory]) { self.functions = functions }

    /// The phases that ran, in order, for each compiled function, concatenated (the
    /// "phase sequence" whose similarity filters variants).
    public var phaseSequence: [String] { functions.flatMap(\.phasesRun) }
}

/// One compiled function's node history.
public struct FunctionHistory: Sendable, Equatable {
    public let name: String
    public let phasesRun: [String]
    public let nodes: [NodeHistory]
    public init(name: String, phasesRun: [String], nodes: [NodeHistory]) {
        self.name = name
        self.phasesRun = phasesRun
        self.nodes = nodes
    }
}

/// One node's life in one compilation.
public struct NodeHistory: Sendable, Equatable {
    /// The node's number within its graph (only meaningful inside one run).
    public let id: Int
    public let opcode: String
    public let inputs: [Int]
    /// Bytecode index the node came from (-1: none).
    public let bytecodeOffset: Int
    public let createdBy: String
    public let inputsReplacedBy: [String]
    public let inputsAppendedBy: [String]
    public let killedBy: String?
    public let usesRemovedBy: String?

    public init(id: Int, opcode: String, inputs: [Int], bytecodeOffset: Int, createdBy: String, inputsReplacedBy: [String],
                inputsAppendedBy: [String], killedBy: String?, usesRemovedBy: String?) {
        self.id = id
        self.opcode = opcode
        self.inputs = inputs
        self.bytecodeOffset = bytecodeOffset
        self.createdBy = createdBy
        self.inputsReplacedBy = inputsReplacedBy
        self.inputsAppendedBy = inputsAppendedBy
        self.killedBy = killedBy
        self.usesRemovedBy = usesRemovedBy
    }
}
