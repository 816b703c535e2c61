/// Which frame states refer to each node of a graph, so that `Graph.replaceAllUses` rewrites
/// only those instead of scanning the registers of every state (that scan was a tenth of a
/// fuzz worker's time). States are registered, with their parents, when a node is given one
/// (`Node.frameState`) and when a loop header is given its entry state (`Block.entryFrameState`); their registers change only through `Graph.replaceAllUses`, which
/// keeps the index up to date. A list may name a state that no longer refers to the node
/// (each rewrite checks), never miss one that does.
///
/// The graph, its nodes and its blocks share the index (they register the states they are given). The
/// index holds states, which hold nodes: the graph empties it when it goes away, which
/// breaks that cycle. (Nodes do not point at the graph itself: a weak reference would make
/// every retain and release of the graph take the slow path.)
final class FrameStateIndex {
    /// Every registered state, held so that an identifier is never reused for another.
    private var registered: [FrameState] = []
    private var registeredIDs: Set<ObjectIdentifier> = []
    /// By node id: the registered states that referred to the node when they were
    /// registered or rewritten.
    private var referring: [[FrameState]] = []

    /// Forgets every state (the graph is going away).
    func removeAll() {
        registered = []
        registeredIDs = []
        referring = []
    }

    /// Registers `state` and its parents (those not registered yet).
    func register(_ state: FrameState) {
        var next: FrameState? = state
        // A registered state's parents are registered: the walk stops at the first one.
        while let s = next, registeredIDs.insert(ObjectIdentifier(s)).inserted {
            registered.append(s)
            for case let r? in s.registers { note(s, refersTo: r) }
            if let c = s.context { note(s, refersTo: c) }
            next = s.parent
        }
    }

    private func note(_ state: FrameState, refersTo node: Node) {
        if node.id >= referring.count { referring += Array(repeating: [], count: node.id + 1 - referring.count) }
        referring[node.id].append(state)
    }

    /// Replaces `old` by `new` in every registered state referring to `old`; `stamp` numbers
    /// the replacement (a state listed twice is rewritten once).
    func replace(_ old: Node, with new: Node, stamp: Int) {
        guard old.id < referring.count else { return }
        let states = referring[old.id]
        referring[old.id] = []
        for s in states { rewrite(s, replacing: old, with: new, stamp: stamp) }
    }

    /// Replaces `old` by `new` in `state` alone (not its parents) unless replacement `stamp`
    /// already visited it; a registered state is then listed under `new`.
    private func rewrite(_ state: FrameState, replacing old: Node, with new: Node, stamp: Int) {
        guard state.replacementStamp != stamp else { return }
        state.replacementStamp = stamp
        var changed = false
        for i in state.registers.indices where state.registers[i] === old {
            state.registers[i] = new
            changed = true
        }
        if state.context === old {
            state.context = new
            changed = true
        }
        if changed && registeredIDs.contains(ObjectIdentifier(state)) { note(state, refersTo: new) }
    }
}
