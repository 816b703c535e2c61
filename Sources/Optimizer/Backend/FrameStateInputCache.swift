/// `BackendFacts.frameStateInputs` memoized per frame state, for the back end's phases over
/// one graph (`Backend.compile` shares one cache between scheduling, register allocation and
/// instruction selection). The inputs depend only on the node's frame state (and on whether
/// the node is a memory read, whose state is never used), and the nodes after one effectful
/// operation share a state: walking it and its parents again for each of them was a large
/// part of scheduling and register allocation. The back end does not change the graph, so
/// the answers stay valid while it runs; the cache lives no longer than that.
final class FrameStateInputCache {
    private var byState: [ObjectIdentifier: [Node]] = [:]

    init() {}

    /// The frame-state inputs of `n`, as `BackendFacts.frameStateInputs(n)` gives them.
    func inputs(of n: Node) -> [Node] {
        guard let state = n.frameState, !BackendFacts.isMemoryRead(n) else { return [] }
        if let known = byState[ObjectIdentifier(state)] { return known }
        let inputs = BackendFacts.frameStateInputs(n)
        byState[ObjectIdentifier(state)] = inputs
        return inputs
    }
}
