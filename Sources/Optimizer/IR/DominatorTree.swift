/// The dominator tree of a graph's blocks reachable from the entry, by Cooper, Harvey and
/// Kennedy's iterative algorithm over reverse postorder ("A Simple, Fast Dominance
/// Algorithm", 2001), the one LLVM's and V8's schedulers use in spirit. Blocks are looked up
/// by id in dense arrays (block ids are small consecutive integers), so building the tree and
/// each query cost no hashing. Children are kept in `graph.blocks` order, so walks are
/// deterministic. Unreachable blocks are outside the tree: they dominate nothing and only
/// themselves dominate them.
struct DominatorTree {
    /// Reachable blocks in reverse postorder.
    private(set) var reversePostorder: [Block] = []
    /// Position in `reversePostorder` by block id; -1 for unreachable blocks.
    private var orderOf: [Int] = []
    /// Immediate dominator by block id (nil for the entry and unreachable blocks).
    private var idomOf: [Block?] = []
    /// Dominator-tree children by block id, in `graph.blocks` order.
    private var childrenOf: [[Block]] = []
    /// Preorder number in the dominator tree by block id (-1 for unreachable blocks), and one
    /// past the last preorder number of the block's subtree: `a` dominates `b` exactly when
    /// b's number lies in a's range, so a query is two comparisons.
    private var preorderNumber: [Int] = []
    private var subtreeEnd: [Int] = []
    private let entry: Block?

    init(_ g: Graph) {
        entry = g.blocks.first
        guard let entry = entry else { return }
        let size = (g.blocks.map(\.id).max() ?? 0) + 1
        orderOf = Array(repeating: -1, count: size)
        idomOf = Array(repeating: nil, count: size)
        childrenOf = Array(repeating: [], count: size)
        reversePostorder = DominatorTree.postorder(from: entry, size: size).reversed()
        for (i, b) in reversePostorder.enumerated() { orderOf[b.id] = i }
        computeImmediateDominators(entry)
        for b in g.blocks where isReachable(b) {
            if let d = idomOf[b.id] { childrenOf[d.id].append(b) }
        }
        numberSubtrees(size: size)
    }

    /// Numbers the tree in preorder and records where each subtree's numbers end.
    private mutating func numberSubtrees(size: Int) {
        var number = Array(repeating: -1, count: size)
        var end = Array(repeating: -1, count: size)
        var next = 0
        walk(enter: { b -> Block in
            number[b.id] = next
            next += 1
            return b
        }, exit: { b in end[b.id] = next })
        preorderNumber = number
        subtreeEnd = end
    }

    /// Blocks reachable from `entry` in postorder, by an explicit depth-first search.
    private static func postorder(from entry: Block, size: Int) -> [Block] {
        var visited = Array(repeating: false, count: size)
        visited[entry.id] = true
        var postorder: [Block] = []
        var stack: [(block: Block, next: Int)] = [(entry, 0)]
        while let (b, i) = stack.last {
            if i < b.successors.count {
                stack[stack.count - 1].next = i + 1
                let s = b.successors[i]
                if s.id < size, !visited[s.id] {
                    visited[s.id] = true
                    stack.append((s, 0))
                }
            } else {
                postorder.append(b)
                stack.removeLast()
            }
        }
        return postorder
    }

    /// The fixpoint of idom(b) = the nearest common dominator of b's processed predecessors.
    private mutating func computeImmediateDominators(_ entry: Block) {
        var idom = idomOf
        idom[entry.id] = entry
        let order = orderOf
        func intersect(_ a: Block, _ b: Block) -> Block {
            var x = a, y = b
            while x !== y {
                while order[x.id] > order[y.id] { x = idom[x.id] ?? entry }
                while order[y.id] > order[x.id] { y = idom[y.id] ?? entry }
            }
            return x
        }
        var changed = true
        while changed {
            changed = false
            for b in reversePostorder where b !== entry {
                var new: Block?
                for p in b.predecessors where p.id < order.count && order[p.id] >= 0 && idom[p.id] != nil {
                    new = new.map { intersect(p, $0) } ?? p
                }
                if let n = new, idom[b.id] !== n {
                    idom[b.id] = n
                    changed = true
                }
            }
        }
        idom[entry.id] = nil
        idomOf = idom
    }

    func isReachable(_ b: Block) -> Bool { b.id < orderOf.count && orderOf[b.id] >= 0 }

    func immediateDominator(of b: Block) -> Block? { b.id < idomOf.count ? idomOf[b.id] : nil }

    func children(of b: Block) -> [Block] { b.id < childrenOf.count ? childrenOf[b.id] : [] }

    /// Whether `a` dominates `b` (reflexive): b's preorder number lies in a's subtree.
    func dominates(_ a: Block, _ b: Block) -> Bool {
        if a === b { return true }
        guard isReachable(a), isReachable(b) else { return false }
        let n = preorderNumber[b.id]
        return preorderNumber[a.id] <= n && n < subtreeEnd[a.id]
    }

    /// Walks the tree in preorder without recursion: `enter` runs on a block before its
    /// children and returns a scope value that `exit` receives after them.
    func walk<Scope>(enter: (Block) -> Scope, exit: (Scope) -> Void) {
        guard let entry = entry else { return }
        var stack: [(block: Block, next: Int, scope: Scope)] = [(entry, 0, enter(entry))]
        while let top = stack.last {
            let kids = children(of: top.block)
            if top.next < kids.count {
                stack[stack.count - 1].next += 1
                let child = kids[top.next]
                stack.append((child, 0, enter(child)))
            } else {
                exit(top.scope)
                stack.removeLast()
            }
        }
    }

    /// Reachable blocks in dominator-tree preorder.
    var preorder: [Block] {
        var out: [Block] = []
        walk(enter: { out.append($0) }, exit: { _ in })
        return out
    }
}
