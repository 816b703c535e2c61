import XCTest
@testable import JSEngine
@testable import Optimizer

/// The compile-time data structures that replaced walks and hash tables: dominance by
/// preorder ranges, node-id bit vectors and the bytecode's loop headers.
final class CompileTimeStructureTests: XCTestCase {
    private let nested = """
    function f(a, n) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        if (a[i] > 2) { for (let j = 0; j < i; j++) { s += j; } } else { s -= 1; }
        while (s > 100) { s = s - 7; }
      }
      return s;
    }
    for (let k = 0; k < 6; k++) f([1, 5, 3, 0, 9], 5);
    """

    /// `dominates` agrees with the definition (a is b or an ancestor of b on the immediate
    /// dominator chain) on every pair of blocks of a graph with nested and sibling loops.
    func testDominanceByPreorderRangesMatchesTheImmediateDominatorChain() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: nested)
        let tree = DominatorTree(g)
        XCTAssertGreaterThan(g.blocks.filter(\.isLoopHeader).count, 2, "three loops")
        func onChain(_ a: Block, _ b: Block) -> Bool {
            var x: Block? = b
            while let cur = x {
                if cur === a { return true }
                x = tree.immediateDominator(of: cur)
            }
            return false
        }
        var proper = 0
        for a in g.blocks {
            for b in g.blocks {
                let expected = a === b || (tree.isReachable(a) && tree.isReachable(b) && onChain(a, b))
                XCTAssertEqual(tree.dominates(a, b), expected, "B\(a.id) dominates B\(b.id)")
                if expected && a !== b { proper += 1 }
            }
        }
        XCTAssertGreaterThan(proper, g.blocks.count, "the graph has non-trivial dominance")
    }

    func testNodeIDSetOperations() {
        var a = NodeIDSet(bound: 130)
        for id in [0, 63, 64, 129] { a.insert(id) }
        a.insert(130)   // outside the bound: ignored
        a.insert(-1)
        XCTAssertTrue(a.contains(63) && a.contains(64) && a.contains(129))
        XCTAssertFalse(a.contains(1) || a.contains(130) || a.contains(-1))
        var members: [Int] = []
        a.forEach { members.append($0) }
        XCTAssertEqual(members, [0, 63, 64, 129], "increasing order")

        var b = NodeIDSet(bound: 130)
        for id in [1, 64, 100] { b.insert(id) }
        var excluded = NodeIDSet(bound: 130)
        excluded.insert(100)
        var union = a
        union.formUnion(b, excluding: excluded)
        var unionMembers: [Int] = []
        union.forEach { unionMembers.append($0) }
        XCTAssertEqual(unionMembers, [0, 1, 63, 64, 129])

        var other = NodeIDSet(bound: 130)
        other.insert(63)
        let combined = NodeIDSet.union(b, a, excluding: excluded, other)
        var combinedMembers: [Int] = []
        combined.forEach { combinedMembers.append($0) }
        XCTAssertEqual(combinedMembers, [0, 1, 64, 100, 129], "b plus the members of a in neither exclusion")
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(a, a)
    }

    /// Loop headers are the targets of backward jumps, and the graph builder marks exactly
    /// the blocks starting there.
    func testLoopHeadersAreTheTargetsOfBackwardJumps() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: nested)
        let cfg = BytecodeControlFlow(g.code.instructions)
        var expected: Set<Int> = []
        for (pc, i) in g.code.instructions.enumerated() {
            if let t = BytecodeOperands(i).target, Int(t) <= pc { expected.insert(Int(t)) }
        }
        XCTAssertEqual(cfg.loopHeaders, expected)
        XCTAssertEqual(cfg.loopHeaders.count, 3, "for, inner for, while")
        XCTAssertTrue(cfg.loopHeaders.isSubset(of: Set(cfg.leaders)))
    }
}
