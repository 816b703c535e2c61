import XCTest
@testable import JSEngine
@testable import Optimizer

/// `Graph.replaceAllUses` on hand-built graphs: value uses, effect uses and every frame state
/// that refers to the replaced node (shared states, parents of inlined frames, a state given
/// after the node was created, a loop header's entry state).
final class GraphReplacementTests: XCTestCase {
    func testReplacementReachesEveryFrameStateReferringToTheNode() {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b0 = g.newBlock(), b1 = g.newBlock()
        g.connect(b0, b1)
        let old = g.add(.parameter(0), in: b0)
        let new = g.add(.parameter(1), in: b0)
        let other = g.add(.parameter(2), in: b0)
        let caller = FrameState(code: g.code, pc: 3, registers: [old, other], context: nil, parent: nil)
        let inner = FrameState(code: g.code, pc: 0, registers: [nil, old], context: old, parent: caller)
        let first = g.add(.checkInt32, [other], in: b1)
        let second = g.add(.checkNumber, [other], in: b1)
        first.frameState = inner
        second.frameState = inner
        let late = g.add(.checkInt32, [old], in: b1)
        let lateState = FrameState(code: g.code, pc: 7, registers: [other, old], context: nil, parent: nil)
        late.frameState = lateState
        b1.entryFrameState = FrameState(code: g.code, pc: 1, registers: [old], context: nil, parent: nil)

        g.replaceAllUses(of: old, with: new)

        XCTAssertTrue(late.inputs[0] === new)
        XCTAssertTrue(inner.registers[1] === new && inner.context === new, "the inlined frame")
        XCTAssertTrue(caller.registers[0] === new && caller.registers[1] === other, "its caller's frame")
        XCTAssertTrue(lateState.registers[1] === new && lateState.registers[0] === other)
        XCTAssertTrue(b1.entryFrameState?.registers[0] === new, "the block's entry state")
        XCTAssertTrue(old.uses.isEmpty)

        // A state given after a replacement is rewritten by the next one.
        let again = g.add(.checkInt32, [other], in: b1)
        let fresh = FrameState(code: g.code, pc: 9, registers: [new], context: nil, parent: nil)
        again.frameState = fresh
        g.replaceAllUses(of: new, with: other)
        XCTAssertTrue(fresh.registers[0] === other)
        XCTAssertTrue(inner.registers[1] === other && caller.registers[0] === other)
    }

    /// Nodes share their graph's frame-state index, not the graph: a released graph is freed
    /// (and empties the index) while its nodes are still referenced.
    func testAReleasedGraphIsFreedWhileItsNodesLive() {
        weak var graph: Graph?
        let check: Node
        do {
            let g = Graph(code: CodeBlock(name: "t"), name: "t")
            let b = g.newBlock()
            let p = g.add(.parameter(0), in: b)
            check = g.add(.checkInt32, [p], in: b)
            check.frameState = FrameState(code: g.code, pc: 0, registers: [p, check], context: nil, parent: nil)
            graph = g
            XCTAssertNotNil(graph)
        }
        XCTAssertNil(graph, "nodes do not keep their graph alive")
        check.frameState = FrameState(code: CodeBlock(name: "t"), pc: 1, registers: [], context: nil, parent: nil)
        XCTAssertEqual(check.frameState?.pc, 1, "a node outliving its graph still takes a state")
    }
}
