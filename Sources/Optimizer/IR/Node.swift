import JSEngine

/// One IR node: an operation with value inputs, an optional effect input (the previous
/// effectful node, making memory and call order explicit), its block (control), a type,
/// the bytecode position it came from and, for nodes that can deoptimize, a frame state.
public final class Node: CustomStringConvertible {
    public let id: Int
    public internal(set) var opcode: Opcode
    public internal(set) var inputs: [Node]
    public internal(set) var effect: Node?
    /// The block the node is placed in (nil: unplaced or killed). A strong reference, so that
    /// blocks need no weak-reference side table (each retain of one would take the runtime's
    /// slow path); the cycle it closes with `Block.nodes` is broken when a node is killed
    /// (`Graph.kill`) and when its graph is freed (`releaseEdges`).
    public internal(set) var block: Block?
    public var type: IRType = .any
    /// Whose analysis gave `type` (for `--assert-types` reports): "typer" for a type computed
    /// by the typer's rules, whichever phase (re)typed the node with them; the phase itself
    /// for a type a phase sets directly (a copied or materialized node's).
    public var typedBy: String = "graph-builder"
    public let position: SourcePosition
    /// The bytecode instruction this node came from (-1: none).
    public let bytecodeOffset: Int
    public var frameState: FrameState? {
        didSet { if let state = frameState { frameStateIndex.register(state) } }
    }
    /// The frame-state index of the node's graph, told about each frame state the node gets.
    private let frameStateIndex: FrameStateIndex
    /// For field loads and stores: the object shapes the access was compiled for (those of
    /// the shape check the graph builder put before it). The memory-safety model reports an
    /// access that meets an object of another shape, whatever removed the check.
    public var accessShapes: [ShapeRef] = []
    /// For element loads and stores: the elements kinds the access was compiled for (those
    /// of the kind check before it); an array of another kind is a wrong-representation
    /// access for the memory-safety model.
    public var accessKinds: [ElementsKind] = []
    public internal(set) var uses: [Node] = []
    /// Under `--assert-types`: a rewrite relied on this node's type, so dead-code
    /// elimination keeps it and the back end checks its value (`PhaseContext.relyOnTypes`).
    public internal(set) var keptForTypeAssertion = false
    public internal(set) var isDead = false
    /// The phase that created the node ("graph-builder" for the builder).
    public let createdBy: String

    init(id: Int, opcode: Opcode, inputs: [Node], effect: Node?, position: SourcePosition, bytecodeOffset: Int, createdBy: String,
         frameStateIndex: FrameStateIndex) {
        self.id = id
        self.frameStateIndex = frameStateIndex
        self.opcode = opcode
        self.inputs = inputs
        self.effect = effect
        self.position = position
        self.bytecodeOffset = bytecodeOffset
        self.createdBy = createdBy
    }

    public func input(_ i: Int) -> Node { inputs[i] }

    /// Drops the references that can close a cycle (uses, a phi's inputs, the frame state, the
    /// block), when the node's graph is freed. A node that outlives its graph keeps its
    /// operation and its other inputs, but no block.
    func releaseEdges() {
        uses = []
        frameState = nil
        block = nil
        switch opcode {
        case .phi, .effectPhi:
            inputs = []
            effect = nil
        default: break
        }
    }

    /// `n12 Int32Add(n3, n7)` style.
    public var description: String {
        let args = inputs.map { "n\($0.id)" }.joined(separator: ", ")
        return "n\(id) \(opcode)(\(args))"
    }
}

/// The interpreter state to rebuild when optimized code deoptimizes at a node: the
/// bytecode index to resume at, what each interpreter register holds, and (for inlined
/// code) the caller's frame state.
public final class FrameState {
    public let code: CodeBlock
    /// Bytecode index the interpreter resumes at.
    public let pc: Int
    /// Node holding each interpreter register's value (nil: undefined). Changed only by
    /// `Graph.replaceAllUses` (its `FrameStateIndex` must see every change).
    public internal(set) var registers: [Node?]
    /// The current closure context.
    public internal(set) var context: Node?
    public let parent: FrameState?
    /// For a caller's frame below an inlined one: the register that receives the inlined
    /// callee's result when the interpreter finishes the callee after a deoptimization.
    public let resultRegister: Int
    /// For an inlined frame: the function whose code runs in it (the inlined call target).
    public let function: JSFunction?
    /// The last `Graph.replaceAllUses` that rewrote this state (frame states are shared by
    /// many nodes and by inlined frames: each is visited once per replacement).
    var replacementStamp = 0

    public init(code: CodeBlock, pc: Int, registers: [Node?], context: Node?, parent: FrameState?, resultRegister: Int = -1,
                function: JSFunction? = nil) {
        self.code = code
        self.pc = pc
        self.registers = registers
        self.context = context
        self.parent = parent
        self.resultRegister = resultRegister
        self.function = function
    }

    /// The frames from the outermost caller to this one.
    public var frames: [FrameState] { (parent?.frames ?? []) + [self] }

    /// How many inlined frames lie below this one (0: the optimized function's own frame).
    public var inliningDepth: Int { parent.map { $0.inliningDepth + 1 } ?? 0 }

    /// A copy whose node references (registers, context, parents') go through `transform`.
    public func mapped(_ transform: (Node) -> Node) -> FrameState {
        FrameState(code: code, pc: pc, registers: registers.map { $0.map(transform) }, context: context.map(transform),
                   parent: parent?.mapped(transform), resultRegister: resultRegister, function: function)
    }

    /// The same frame state with other register values and parent (a phase changing what a
    /// frame state describes at one node copies it: another node may share this one).
    public func copy(registers: [Node?], parent: FrameState?) -> FrameState {
        FrameState(code: code, pc: pc, registers: registers, context: context, parent: parent, resultRegister: resultRegister,
                   function: function)
    }

    /// Every node the frame state (and its parents) refers to.
    public var referencedNodes: [Node] {
        var out: [Node] = []
        forEachReferencedNode { out.append($0) }
        return out
    }

    /// Calls `body` with every node the frame state and its parents refer to, in the order of
    /// `referencedNodes` (registers, then the context, frame by frame from this one outwards).
    public func forEachReferencedNode(_ body: (Node) -> Void) {
        var state: FrameState? = self
        while let s = state {
            for case let node? in s.registers { body(node) }
            if let c = s.context { body(c) }
            state = s.parent
        }
    }
}

/// A basic block: nodes in order (phis first, a terminator last), with its CFG edges.
public final class Block: CustomStringConvertible {
    public let id: Int
    public internal(set) var nodes: [Node] = []
    public internal(set) var predecessors: [Block] = []
    public internal(set) var successors: [Block] = []
    public var isLoopHeader = false
    public var loopDepth = 0
    /// For a loop header: the interpreter state on entering the loop (resuming at the
    /// header's first instruction, the header's phis standing for the registers). Loop
    /// optimizations derive from it the frame state of code they hoist into the preheader.
    /// Registered in the graph's frame-state index, as nodes' states are, so that
    /// `Graph.replaceAllUses` finds it without scanning the blocks.
    public var entryFrameState: FrameState? {
        didSet { if let state = entryFrameState { frameStateIndex.register(state) } }
    }
    /// The frame-state index of the block's graph.
    private let frameStateIndex: FrameStateIndex

    init(id: Int, frameStateIndex: FrameStateIndex) {
        self.id = id
        self.frameStateIndex = frameStateIndex
    }

    /// Drops the block's nodes and CFG edges (cycles among blocks), when its graph is freed.
    func releaseEdges() {
        nodes = []
        predecessors = []
        successors = []
        entryFrameState = nil
    }

    public var terminator: Node? { nodes.last.flatMap { $0.opcode.isTerminator ? $0 : nil } }
    /// The value and effect phis at the start of the block.
    public var phis: [Node] {
        nodes.prefix {
            switch $0.opcode {
            case .phi, .effectPhi: return true
            default: return false
            }
        }.map { $0 }
    }
    public var description: String { "B\(id)" }
}
