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
}
