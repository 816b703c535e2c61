/// A set of node ids below a bound fixed at creation, as a bit vector (node ids are dense: a
/// graph numbers its nodes from 0). The register allocator's per-block liveness sets, whose
/// data-flow equations become word operations, and dead-code elimination's marks.
struct NodeIDSet: Equatable {
    private var words: [UInt64]
    /// Ids are in `0..<bound`.
    let bound: Int

    /// An empty set for ids in `0..<bound`.
    init(bound: Int) {
        self.bound = max(bound, 0)
        words = [UInt64](repeating: 0, count: (self.bound + 63) / 64)
    }

    func contains(_ id: Int) -> Bool {
        id >= 0 && id < bound && words[id >> 6] & (1 << UInt64(id & 63)) != 0
    }

    /// Adds `id` (ids outside the bound are ignored: the caller sizes the set for every id it uses).
    mutating func insert(_ id: Int) {
        guard id >= 0, id < bound else { return }
        words[id >> 6] |= 1 << UInt64(id & 63)
    }

    /// Adds the ids of `other` that are not in `excluded` (the sets share one bound).
    mutating func formUnion(_ other: NodeIDSet, excluding excluded: NodeIDSet) {
        for i in words.indices where i < other.words.count && i < excluded.words.count {
            words[i] |= other.words[i] & ~excluded.words[i]
        }
    }

    /// `base` with the ids of `other` that are in neither `excludedA` nor `excludedB`.
    static func union(_ base: NodeIDSet, _ other: NodeIDSet, excluding excludedA: NodeIDSet, _ excludedB: NodeIDSet) -> NodeIDSet {
        var out = base
        for i in out.words.indices where i < other.words.count && i < excludedA.words.count && i < excludedB.words.count {
            out.words[i] |= other.words[i] & ~excludedA.words[i] & ~excludedB.words[i]
        }
        return out
    }

    /// Calls `body` with each id in the set, in increasing order.
    func forEach(_ body: (Int) -> Void) {
        for (i, word) in words.enumerated() {
            var rest = word
            while rest != 0 {
                let bit = rest.trailingZeroBitCount
                body(i * 64 + bit)
                rest &= rest - 1
            }
        }
    }
}
