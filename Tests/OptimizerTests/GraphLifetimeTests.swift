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
}
