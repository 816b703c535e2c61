import XCTest
import JSEngine
@testable import Optimizer

/// A compilation's graph, nodes and blocks are freed: loop phis, effect phis, use lists, CFG
/// edges and frame states close reference cycles that reference counting cannot free on its
/// own (a fuzzing worker compiles thousands of functions).
final class GraphLifetimeTests: XCTestCase {
    private let loop = """
    function f(a, o) { let s = 0; for (let i = 0; i < a; i++) { s += i; o.x = s; } return s + o.x; }
    for (let k = 0; k < 6; k++) f(10, {x: 1});
    """

    func testTheCompilerIsItsGraphsOnlyOwner() throws {
        weak var graph: Graph?
        do {
            // On this thread (not `Engine.onLargeStack`, whose thread releases its closure, and
            // with it the compiler, only when it exits).
            var compiler: OptimizingCompiler?
            var options = EngineOptions()
            options.jitThreshold = 2
            let ending = Engine.run(sources: [(name: "p.js", text: loop)], options: options, output: CapturedOutput()) { realm in
                compiler = OptimizingCompiler.install(on: realm)
            }
            XCTAssertEqual(ending, .normal)
            graph = try XCTUnwrap(compiler?.graphs.first?.1)
        }
        XCTAssertNil(graph)
    }

    func testAFreedGraphsLoopNodesAndBlocksAreFreed() throws {
        weak var graph: Graph?
        weak var phi: Node?
        weak var effectPhi: Node?
        weak var header: Block?
        do {
            let g = try OptimizerTestSupport.compiled("f", in: loop).graph
            graph = g
            phi = g.liveNodes.first { if case .phi = $0.opcode { return true } else { return false } }
            effectPhi = g.liveNodes.first { if case .effectPhi = $0.opcode { return true } else { return false } }
            header = g.blocks.first(where: \.isLoopHeader)
            XCTAssertNotNil(phi, "the loop has a phi")
            XCTAssertNotNil(effectPhi, "the loop's store has an effect phi")
            XCTAssertNotNil(header, "the loop has a header")
        }
        XCTAssertNil(graph)
        XCTAssertNil(phi, "a loop phi's cycle kept its node alive")
        XCTAssertNil(effectPhi, "an effect phi's cycle kept its node alive")
        XCTAssertNil(header, "the loop's CFG cycle kept its blocks alive")
    }

    /// `Node.block` is a strong reference: a node kept past its graph (as the executable form
    /// keeps the nodes frame states name) must not keep its block, and with it the block's
    /// other nodes, alive.
    func testANodeThatOutlivesItsGraphKeepsNoBlock() throws {
        var survivor: Node?
        weak var header: Block?
        weak var headerPhi: Node?
        do {
            let g = try OptimizerTestSupport.compiled("f", in: loop).graph
            let loopHeader = try XCTUnwrap(g.blocks.first(where: \.isLoopHeader))
            header = loopHeader
            headerPhi = loopHeader.phis.first
            survivor = try XCTUnwrap(loopHeader.nodes.last, "the header ends in its branch")
            XCTAssertTrue(survivor?.block === loopHeader)
            XCTAssertNotNil(headerPhi, "the header has a phi")
        }
        XCTAssertNotNil(survivor)
        XCTAssertNil(survivor?.block, "a node outliving its graph still names its block")
        XCTAssertNil(header, "a node outliving its graph kept its block alive")
        XCTAssertNil(headerPhi, "a node outliving its graph kept its block's other nodes alive")
    }

    /// A killed node leaves its block (the strong `Node.block` would otherwise keep a removed
    /// block alive with the node).
    func testAKilledNodeHasNoBlock() throws {
        let g = try OptimizerTestSupport.compiled("f", in: loop).graph
        let block = try XCTUnwrap(g.blocks.first)
        let constant = g.add(.constant(.number(7)), in: block)
        XCTAssertTrue(constant.block === block)
        g.kill(constant)
        XCTAssertNil(constant.block)
        XCTAssertFalse(block.nodes.contains { $0 === constant })
    }
}
