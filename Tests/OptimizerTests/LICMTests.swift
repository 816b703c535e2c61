import XCTest
@testable import JSEngine
@testable import Optimizer

/// Loop analysis and loop-invariant code motion.
final class LICMTests: XCTestCase {
    let source = """
    function f(n, k) {
      let s = 0;
      for (let i = 0; i < n; i++) { s = s + (k * 2); }
      return s;
    }
    f(3, 1); f(4, 2);
    """

    func run(_ g: Graph, options: EngineOptions = EngineOptions()) -> RewriteLog {
        let log = RewriteLog(options: options)
        g.currentPhase = "licm"
        LoopInvariantCodeMotion().run(PhaseContext(graph: g, log: log, options: options, phase: "licm"))
        return log
    }

    func testLoopAnalysisFindsTheLoop() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: source)
        let loops = LoopAnalysis(g).loops
        XCTAssertEqual(loops.count, 1)
        let loop = try XCTUnwrap(loops.first)
        XCTAssertTrue(loop.header.isLoopHeader)
        XCTAssertNotNil(loop.preheader)
        XCTAssertFalse(loop.contains(loop.preheader))
        XCTAssertEqual(loop.backEdges.count, 1)
    }

    /// B0: a, b, 0, 1 -> B1 (loop header: i = phi(0, i + 1); branch i < a) -> B2 (body: a + b (invariant),
    /// i + 1) -> B1; B3: return.
    func handBuiltLoop() -> (Graph, invariant: Node, variant: Node, body: Block, preheader: Block) {
        let g = Graph(code: CodeBlock(name: "loop"), name: "loop")
        let b0 = g.newBlock(), b1 = g.newBlock(), b2 = g.newBlock(), b3 = g.newBlock()
        let start = g.add(.start, in: b0)
        let a = g.add(.parameter(1), in: b0)
        let b = g.add(.parameter(2), in: b0)
        let zero = g.add(.constant(.number(0)), in: b0)
        g.add(.goto, in: b0)
        g.connect(b0, b1)
        let i = g.addPhi([zero], in: b1)
        let effect = g.addPhi([start], in: b1)
        g.changeOpcode(effect, to: .effectPhi)
        let cond = g.add(.numberLessThan, [i, a], in: b1)
        g.add(.branch, [cond], in: b1)
        g.connect(b1, b2)
        g.connect(b1, b3)
        let invariant = g.add(.int32Add, [a, b], in: b2)
        let one = g.add(.constant(.number(1)), in: b2)
        let next = g.add(.int32Add, [i, one], in: b2)
        g.add(.goto, in: b2)
        g.connect(b2, b1)
        g.appendInput(i, next)
        g.appendInput(effect, effect)
        g.add(.return, [a], effect: effect, in: b3)
        b1.isLoopHeader = true
        return (g, invariant, next, b2, b0)
    }

    func testInvariantArithmeticAndConstantsMoveToThePreheader() throws {
        let (g, invariant, variant, body, preheader) = handBuiltLoop()
        XCTAssertEqual(IRVerifier.check(g), [])
        let log = run(g)
        XCTAssertEqual(log.appliedCount, 2, log.report())   // a + b and the constant 1
        XCTAssertTrue(invariant.block === preheader)
        XCTAssertTrue(variant.block === body)
        XCTAssertEqual(preheader.terminator.map { "\($0.opcode)" }, "Goto")
        XCTAssertTrue(g.events.contains { $0.phase == "licm" })
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    func testGuardsAndEffectfulNodesStay() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: source)
        let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
        let fixed = loop.body.flatMap(\.nodes).filter { $0.opcode.isEffectful || $0.opcode.canDeoptimize }
        _ = run(g)
        for n in fixed { XCTAssertTrue(loop.contains(n.block), "\(n) left the loop") }
    }

    func testBisectLimitZeroMovesNothing() throws {
        let (g, _, _, _, _) = handBuiltLoop()
        let before = g.blocks.map { $0.nodes.map(\.id) }
        var o = EngineOptions()
        o.optBisectLimit = 0
        let log = run(g, options: o)
        XCTAssertEqual(g.blocks.map { $0.nodes.map(\.id) }, before)
        XCTAssertGreaterThan(log.total, 0)
        XCTAssertEqual(log.appliedCount, 0)
    }
}
