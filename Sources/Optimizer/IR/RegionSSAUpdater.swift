import JSEngine

/// Restores SSA form after a region of blocks was duplicated (loop peeling): a node of the
/// original region now has two definitions, itself and its copy, and a use outside both
/// regions must see whichever ran last. The reaching definition at a block is found by
/// walking predecessors backwards, as in Braun et al.'s "Simple and Efficient Construction
/// of SSA Form" (and LLVM's `SSAUpdater`): the end of an original block holds the original,
/// the end of a copied block the copy, and a join of several predecessors gets a phi (an
/// effect phi for effect values) whose inputs are looked up the same way. A phi is created
/// before its inputs are looked up, so cycles through outer loops end at it.
final class RegionSSAUpdater {
    private let graph: Graph
    private let original: Set<ObjectIdentifier>
    private let copied: Set<ObjectIdentifier>
    private var atEntry: [String: Node] = [:]
    /// The phis created, in creation order.
    private(set) var createdPhis: [Node] = []

    init(graph: Graph, original: [Block], copied: [Block]) {
        self.graph = graph
        self.original = Set(original.map(ObjectIdentifier.init))
        self.copied = Set(copied.map(ObjectIdentifier.init))
    }

    func isOriginal(_ b: Block?) -> Bool { b.map { original.contains(ObjectIdentifier($0)) } ?? false }
    func isCopied(_ b: Block?) -> Bool { b.map { copied.contains(ObjectIdentifier($0)) } ?? false }

    /// The definition of `value` (copied as `copy`) reaching the end of `block`.
    func valueAtEnd(of block: Block, _ value: Node, copy: Node, effect: Bool) -> Node {
        if isOriginal(block) { return value }
        if isCopied(block) { return copy }
        return valueAtEntry(of: block, value, copy: copy, effect: effect)
    }

    /// The definition of `value` (copied as `copy`) reaching the start of `block`, which lies
    /// outside both regions.
    func valueAtEntry(of block: Block, _ value: Node, copy: Node, effect: Bool) -> Node {
        func key(_ b: Block) -> String { "\(value.id):\(effect):\(b.id)" }
        if let known = atEntry[key(block)] { return known }
        var chain: [Block] = []
        var cur = block
        var cyclic = false
        // Single-predecessor chains need no phi: follow them to a join or a region block.
        while cur.predecessors.count == 1, let p = cur.predecessors.first, !isOriginal(p), !isCopied(p) {
            chain.append(cur)
            if chain.contains(where: { $0 === p }) {
                cyclic = true
                break
            }
            cur = p
            if let known = atEntry[key(cur)] {
                for b in chain { atEntry[key(b)] = known }
                return known
            }
        }
        let result: Node
        if cyclic || cur.predecessors.isEmpty {
            result = value   // a block no region reaches: nothing better exists
        } else if cur.predecessors.count == 1, let p = cur.predecessors.first {
            result = valueAtEnd(of: p, value, copy: copy, effect: effect)
        } else {
            let phi = graph.addPhi([], in: cur)
            if effect { graph.changeOpcode(phi, to: .effectPhi) }
            phi.type = effect ? .none : value.type
            phi.typedBy = graph.currentPhase
            createdPhis.append(phi)
            atEntry[key(cur)] = phi
            for p in cur.predecessors {
                graph.appendInput(phi, valueAtEnd(of: p, value, copy: copy, effect: effect))
            }
            result = phi
        }
        for b in chain + [cur] { atEntry[key(b)] = result }
        return result
    }

    /// Replaces each created phi whose inputs are all one node (or itself) by that node.
    func removeTrivialPhis() {
        var changed = true
        while changed {
            changed = false
            for phi in createdPhis where !phi.isDead {
                let others = phi.inputs.filter { $0 !== phi }
                guard let first = others.first, others.allSatisfy({ $0 === first }) else { continue }
                graph.replaceAllUses(of: phi, with: first)
                graph.kill(phi)
                changed = true
            }
        }
    }
}
