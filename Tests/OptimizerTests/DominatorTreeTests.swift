import XCTest
@testable import JSEngine
@testable import Optimizer

/// The dominator tree on hand-built control flow: a diamond, a loop, and an unreachable block.
final class DominatorTreeTests: XCTestCase {
    /// B0 -> B1, B2 (a diamond) -> B3 -> B4 (loop header) <-> B5 (body), B4 -> B6; B7 is unreachable and jumps to B6.
    func testImmediateDominatorsOfADiamondAndALoop() {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b = (0..<8).map { _ in g.newBlock() }
        for (from, to) in [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5), (5, 4), (4, 6), (7, 6)] {
            g.connect(b[from], b[to])
        }
        let tree = DominatorTree(g)
        XCTAssertEqual(tree.reversePostorder.map(\.id).first, 0)
        XCTAssertEqual(Set(tree.reversePostorder.map(\.id)), [0, 1, 2, 3, 4, 5, 6])
        let idoms = (1...6).map { tree.immediateDominator(of: b[$0])?.id }
        XCTAssertEqual(idoms, [0, 0, 0, 3, 4, 4], "the join B3 is dominated by the fork, not by either arm")
        XCTAssertTrue(tree.dominates(b[3], b[5]))
        XCTAssertTrue(tree.dominates(b[4], b[4]))
        XCTAssertFalse(tree.dominates(b[1], b[3]))
        XCTAssertFalse(tree.dominates(b[5], b[6]), "the loop exit does not pass through the body")
        XCTAssertFalse(tree.isReachable(b[7]))
        XCTAssertFalse(tree.dominates(b[0], b[7]), "unreachable blocks are outside the tree")
        XCTAssertEqual(tree.preorder.map(\.id), [0, 1, 2, 3, 4, 5, 6])
        XCTAssertEqual(tree.children(of: b[0]).map(\.id), [1, 2, 3])
    }

    /// The graph's cached tree is rebuilt after every kind of CFG change (a new edge, a
    /// removed edge, a split block, removed unreachable blocks) and reused otherwise.
    func testTheGraphsTreeFollowsControlFlowChanges() {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b = (0..<4).map { _ in g.newBlock() }
        g.connect(b[0], b[1])
        g.connect(b[1], b[2])
        XCTAssertEqual(g.dominatorTree.immediateDominator(of: b[2])?.id, 1)
        XCTAssertFalse(g.dominatorTree.isReachable(b[3]))
        g.connect(b[0], b[2])
        XCTAssertEqual(g.dominatorTree.immediateDominator(of: b[2])?.id, 0, "a new edge around B1")
        g.removeEdge(from: b[0], to: b[2])
        XCTAssertEqual(g.dominatorTree.immediateDominator(of: b[2])?.id, 1, "the edge around B1 removed again")
        g.connect(b[2], b[3])
        XCTAssertEqual(g.dominatorTree.immediateDominator(of: b[3])?.id, 2)
        let marker = g.add(.constant(.number(1)), in: b[2])
        let tail = g.splitBlock(b[2], before: marker)
        g.connect(b[2], tail)
        XCTAssertEqual(g.dominatorTree.immediateDominator(of: b[3])?.id, tail.id, "B3 now hangs off the split tail")
        g.removeEdge(from: b[0], to: b[1])
        g.removeUnreachableBlocks()
        XCTAssertEqual(g.dominatorTree.reversePostorder.map(\.id), [0], "only the entry is left")
    }
}
