import JSEngine

/// The IR of one function being optimized: a CFG of SSA blocks whose nodes carry explicit
/// effect edges. Every mutation goes through the methods here so that use lists stay
/// consistent and each change is recorded as a `NodeEvent` for the phase running (the
/// per-phase node history the localizer's `paper` strategy compares across runs).
public final class Graph {
    public let code: CodeBlock
    public let functionName: String
    public private(set) var blocks: [Block] = []
    public private(set) var nodes: [Node] = []
    public private(set) var events: [NodeEvent] = []
    /// Block ids are never reused, even after blocks are removed.
    private var nextBlockID = 0
    /// Numbers `replaceAllUses` calls (a frame state is rewritten once per call).
    private var replacementStamp = 0
    /// The frame states nodes of this graph were given, by the nodes they refer to.
    private let frameStateIndex = FrameStateIndex()
    /// Counts changes to the control-flow graph (blocks added or removed, edges changed); the
    /// dominator tree is reused while it stays the same.
    private var controlFlowVersion = 0
    private var cachedDominatorTree: (version: Int, tree: DominatorTree)?
    /// The phase id mutations are attributed to.
    public var currentPhase = "graph-builder"
    /// The fault switch the typing rules consult, installed by the typer phase when it runs
    /// (nil: none). Every later (re)typing, whichever phase does it, then agrees with the
    /// typer's types; with the typer switched off, the phases that type the graph
    /// themselves apply the rules without the typer's faults.
    public var typingFaults: FaultSwitch?
    /// For on-stack replacement: the loop header bytecode index the graph is entered at.
    public internal(set) var osrEntry: Int?

    public init(code: CodeBlock, name: String) {
        self.code = code
        self.functionName = name
    }

    deinit {
        // The index holds frame states, which hold nodes, which hold the index.
        frameStateIndex.removeAll()
        // Nodes hold each other both ways (inputs and uses; loop phis and effect phis close
        // cycles through their back-edge inputs; frame states hold earlier nodes) and blocks
        // their neighbours: cycles reference counting never frees, so every compilation's
        // graph would stay in memory for the life of the process. The executable form keeps
        // only frame states and the values they name, never these edges.
        for b in blocks { b.releaseEdges() }
        for n in nodes { n.releaseEdges() }
    }

    public var entry: Block { blocks[0] }

    /// The dominator tree of the current CFG, built again only after the CFG changed (most
    /// phases ask for it, and most rewrites leave blocks and edges alone).
    var dominatorTree: DominatorTree {
        if let cached = cachedDominatorTree, cached.version == controlFlowVersion { return cached.tree }
        let tree = DominatorTree(self)
        cachedDominatorTree = (controlFlowVersion, tree)
        return tree
    }

    // MARK: - Construction

    public func newBlock() -> Block {
        let b = Block(id: nextBlockID, frameStateIndex: frameStateIndex)
        nextBlockID += 1
        blocks.append(b)
        controlFlowVersion += 1
        return b
    }

    /// Creates a node at the end of `block` (or unplaced when nil).
    @discardableResult
    public func add(_ op: Opcode, _ inputs: [Node] = [], effect: Node? = nil, in block: Block?,
                    position: SourcePosition = .none, bytecodeOffset: Int = -1) -> Node {
        let n = Node(id: nodes.count, opcode: op, inputs: inputs, effect: effect, position: position,
                     bytecodeOffset: bytecodeOffset, createdBy: currentPhase, frameStateIndex: frameStateIndex)
        nodes.append(n)
        for i in inputs { i.uses.append(n) }
        if let e = effect { e.uses.append(n) }
        if let b = block {
            n.block = b
            b.nodes.append(n)
        }
        events.append(NodeEvent(phase: currentPhase, kind: .created, node: n.id))
        return n
    }

    /// Inserts `n` (already created, unplaced) into `block` before `before` (or at the end).
    public func place(_ n: Node, in block: Block, before: Node? = nil) {
        if let old = n.block {
            old.nodes.removeAll { $0 === n }
            events.append(NodeEvent(phase: currentPhase, kind: .moved, node: n.id))
        }
        n.block = block
        if let b = before, let i = block.nodes.firstIndex(where: { $0 === b }) {
            block.nodes.insert(n, at: i)
        } else if block.terminator != nil, !n.opcode.isTerminator {
            block.nodes.insert(n, at: block.nodes.count - 1)
        } else {
            block.nodes.append(n)
        }
    }

    /// Inserts a phi at the start of `block`.
    public func addPhi(_ inputs: [Node], in block: Block) -> Node {
        let n = add(.phi, inputs, in: nil)
        n.block = block
        block.nodes.insert(n, at: block.phis.count)
        return n
    }

    /// Splits `block` before `node`: `node` and the nodes after it move to a new block that
    /// takes over `block`'s successors (at the same predecessor positions, so their phis
    /// stay valid). `block` is left without a terminator or successors.
    public func splitBlock(_ block: Block, before node: Node) -> Block {
        let tail = newBlock()
        tail.loopDepth = block.loopDepth
        guard let i = block.nodes.firstIndex(where: { $0 === node }) else { return tail }
        let moving = Array(block.nodes[i...])
        block.nodes.removeSubrange(i...)
        for n in moving {
            n.block = tail
            tail.nodes.append(n)
            events.append(NodeEvent(phase: currentPhase, kind: .moved, node: n.id))
        }
        controlFlowVersion += 1
        tail.successors = block.successors
        for s in tail.successors {
            for k in s.predecessors.indices where s.predecessors[k] === block { s.predecessors[k] = tail }
        }
        block.successors = []
        return tail
    }

    public func connect(_ from: Block, _ to: Block) {
        controlFlowVersion += 1
        from.successors.append(to)
        to.predecessors.append(from)
    }

    // MARK: - Mutation (recorded)

    /// Replaces input `i` of `n` with `value`.
    public func setInput(_ n: Node, _ i: Int, _ value: Node) {
        let old = n.inputs[i]
        if old === value { return }
        n.inputs[i] = value
        if let k = old.uses.firstIndex(where: { $0 === n }) { old.uses.remove(at: k) }
        value.uses.append(n)
        events.append(NodeEvent(phase: currentPhase, kind: .inputReplaced, node: n.id))
    }

    public func appendInput(_ n: Node, _ value: Node) {
        n.inputs.append(value)
        value.uses.append(n)
        events.append(NodeEvent(phase: currentPhase, kind: .inputAppended, node: n.id))
    }

    public func setEffect(_ n: Node, _ e: Node?) {
        if let old = n.effect, let k = old.uses.firstIndex(where: { $0 === n }) { old.uses.remove(at: k) }
        n.effect = e
        e?.uses.append(n)
    }

    /// Changes a node's operation in place (lowering), keeping its inputs and uses.
    public func changeOpcode(_ n: Node, to op: Opcode, inputs: [Node]? = nil) {
        n.opcode = op
        if let new = inputs {
            for old in n.inputs { if let k = old.uses.firstIndex(where: { $0 === n }) { old.uses.remove(at: k) } }
            n.inputs = new
            for i in new { i.uses.append(n) }
        }
        events.append(NodeEvent(phase: currentPhase, kind: .inputReplaced, node: n.id))
    }

    /// Makes every use of `old` (value and effect uses, frame states) use `new` instead: the
    /// frame states any node was given (dead ones' too: a state no live node holds is never
    /// read) and the blocks' entry states, with their parents (all of them registered in the
    /// frame-state index).
    public func replaceAllUses(of old: Node, with new: Node) {
        let users = old.uses
        for u in users {
            for i in u.inputs.indices where u.inputs[i] === old {
                u.inputs[i] = new
                new.uses.append(u)
            }
            if u.effect === old {
                u.effect = new
                new.uses.append(u)
            }
        }
        old.uses.removeAll()
        replacementStamp += 1
        frameStateIndex.replace(old, with: new, stamp: replacementStamp)
        events.append(NodeEvent(phase: currentPhase, kind: .usesRemoved, node: old.id))
    }

    /// Removes an effectful node from the effect chain (its effect users follow its effect input,
    /// and so do the effect phis that merge it: their input becomes its effect input).
    public func bypassEffect(_ n: Node) {
        if let e = n.effect {
            redirectEffectUses(of: n, to: e)
        } else {
            for u in n.uses where u.effect === n { setEffect(u, nil) }
        }
    }

    /// Makes the nodes whose effect input is `n`, and the effect phis merging `n`, use
    /// `effect` instead (value uses are left alone).
    public func redirectEffectUses(of n: Node, to effect: Node) {
        let users = n.uses.filter { $0.effect === n }
        for u in users { setEffect(u, effect) }
        var seen: Set<ObjectIdentifier> = []
        for u in n.uses where seen.insert(ObjectIdentifier(u)).inserted {
            guard case .effectPhi = u.opcode else { continue }
            for i in u.inputs.indices where u.inputs[i] === n { setInput(u, i, effect) }
        }
    }

    /// Removes `n` from its block and marks it dead (it must have no remaining uses).
    public func kill(_ n: Node) {
        guard !n.isDead else { return }
        n.isDead = true
        if let b = n.block { b.nodes.removeAll { $0 === n } }
        n.block = nil
        for i in n.inputs { if let k = i.uses.firstIndex(where: { $0 === n }) { i.uses.remove(at: k) } }
        if let e = n.effect, let k = e.uses.firstIndex(where: { $0 === n }) { e.uses.remove(at: k) }
        events.append(NodeEvent(phase: currentPhase, kind: .killed, node: n.id))
    }

    /// Removes input `i` of `n` (a phi losing a predecessor, for example), keeping use lists right.
    public func removeInput(_ n: Node, at i: Int) {
        guard i >= 0 && i < n.inputs.count else { return }
        let old = n.inputs.remove(at: i)
        if let k = old.uses.firstIndex(where: { $0 === n }) { old.uses.remove(at: k) }
        events.append(NodeEvent(phase: currentPhase, kind: .inputReplaced, node: n.id))
    }

    /// Removes one CFG edge `from` -> `to` (the first such when there are several) and the
    /// matching input of every value and effect phi of `to`. Does not touch `from`'s
    /// terminator: the caller turns a branch into a goto. Returns false when there is no edge.
    @discardableResult
    public func removeEdge(from: Block, to: Block) -> Bool {
        guard let s = from.successors.firstIndex(where: { $0 === to }),
              let p = to.predecessors.firstIndex(where: { $0 === from }) else { return false }
        controlFlowVersion += 1
        from.successors.remove(at: s)
        to.predecessors.remove(at: p)
        for phi in to.phis { removeInput(phi, at: p) }
        return true
    }

    /// Blocks no longer reachable from the entry: cuts their edges into reachable blocks
    /// (dropping the matching phi inputs) and then removes them (`removeUnreachableBlocks`).
    public func removeUnreachableBlocksAndEdges() {
        var reached: Set<ObjectIdentifier> = [ObjectIdentifier(entry)]
        var work = [entry]
        while let b = work.popLast() {
            for s in b.successors where reached.insert(ObjectIdentifier(s)).inserted { work.append(s) }
        }
        for b in blocks where !reached.contains(ObjectIdentifier(b)) {
            for s in b.successors where reached.contains(ObjectIdentifier(s)) {
                while removeEdge(from: b, to: s) {}
            }
        }
        removeUnreachableBlocks()
    }

    /// Drops blocks no path from the entry reaches (code after a return, for example).
    public func removeUnreachableBlocks() {
        var reached: Set<ObjectIdentifier> = [ObjectIdentifier(entry)]
        var work = [entry]
        while let b = work.popLast() {
            for s in b.successors where reached.insert(ObjectIdentifier(s)).inserted { work.append(s) }
        }
        for b in blocks where !reached.contains(ObjectIdentifier(b)) {
            for n in b.nodes.reversed() { kill(n) }
            for s in b.successors { s.predecessors.removeAll { $0 === b } }
        }
        blocks.removeAll { !reached.contains(ObjectIdentifier($0)) }
        controlFlowVersion += 1
    }

    /// Replaces phis whose inputs are all the phi itself or one other node by that node,
    /// until none is left (SSA construction puts a phi on every register at loop headers).
    public func removeTrivialPhis() {
        var changed = true
        while changed {
            changed = false
            for b in blocks {
                for phi in b.phis {
                    let others = phi.inputs.filter { $0 !== phi }
                    guard let first = others.first, others.allSatisfy({ $0 === first }) else { continue }
                    replaceAllUses(of: phi, with: first)
                    kill(phi)
                    changed = true
                }
            }
        }
    }

    /// Live nodes in block order.
    public var liveNodes: [Node] { blocks.flatMap { $0.nodes } }

    /// How many live nodes there are (without collecting them).
    public var liveNodeCount: Int { blocks.reduce(0) { $0 + $1.nodes.count } }
}

/// One recorded change to a node, attributed to the phase that made it.
public struct NodeEvent: Equatable {
    public enum Kind: String { case created, inputReplaced, inputAppended, killed, usesRemoved, moved }
    public let phase: String
    public let kind: Kind
    public let node: Int
}
