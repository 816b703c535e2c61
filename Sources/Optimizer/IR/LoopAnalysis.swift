/// Natural loops of a graph: for each loop header, its body, its back edges and its
/// preheader (the single predecessor outside the loop), ordered innermost first. Used by
/// loop-invariant code motion, loop peeling and bounds-check elimination.
public struct LoopAnalysis {
    /// One natural loop.
    public struct Loop {
        public let header: Block
        public let body: [Block]
        public let preheader: Block?
        public let backEdges: [Block]
        let members: Set<ObjectIdentifier>
        public func contains(_ b: Block?) -> Bool { b.map { members.contains(ObjectIdentifier($0)) } ?? false }
    }

    /// Loops, innermost (smallest) first; ties in header order.
    public let loops: [Loop]

    public init(_ g: Graph) {
        let dom = g.dominatorTree
        var found: [Loop] = []
        for header in g.blocks where header.isLoopHeader {
            let backEdges = header.predecessors.filter { dom.dominates(header, $0) }
            guard !backEdges.isEmpty else { continue }
            var members: Set<ObjectIdentifier> = [ObjectIdentifier(header)]
            var work = backEdges
            while let b = work.popLast() {
                if members.insert(ObjectIdentifier(b)).inserted { work += b.predecessors }
            }
            let outside = header.predecessors.filter { !members.contains(ObjectIdentifier($0)) }
            let body = g.blocks.filter { members.contains(ObjectIdentifier($0)) }
            found.append(Loop(header: header, body: body, preheader: outside.count == 1 ? outside[0] : nil,
                              backEdges: backEdges, members: members))
        }
        loops = found.sorted { ($0.body.count, $0.header.id) < ($1.body.count, $1.header.id) }
    }
}
