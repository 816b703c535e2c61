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

    // MARK: - Loads and their guards

    let fieldSum = """
    function sum(o, n) { let s = 0; for (let i = 0; i < n; i++) s += o.x; return s; }
    sum({x: 1}, 3); sum({x: 2}, 3);
    """
    let fieldOverwrite = """
    function sum(o, n) { let s = 0; for (let i = 0; i < n; i++) { s += o.x; o.x = i; } return s; }
    sum({x: 1}, 3); sum({x: 2}, 3);
    """

    func nodes(_ g: Graph, _ name: String) -> [Node] { g.liveNodes.filter { "\($0.opcode)".hasPrefix(name) } }

    /// The field load leaves the loop with its shape check, which deoptimizes to the loop's
    /// entry with the values flowing in from the preheader.
    func testInvariantLoadMovesWithItsGuard() throws {
        let (_, _, g, log) = try OptimizerTestSupport.optimized("sum", in: fieldSum, stopAfter: "licm")
        let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
        let preheader = try XCTUnwrap(loop.preheader)
        XCTAssertEqual(log.rewrites.filter { $0.rule == "hoist-invariant-load" }.count, 1, log.report())
        let load = try XCTUnwrap(nodes(g, "LoadField").first)
        XCTAssertTrue(load.block === preheader)
        let check = load.inputs[0]
        XCTAssertTrue("\(check.opcode)".hasPrefix("CheckShape"))
        XCTAssertTrue(check.block === preheader)
        let state = try XCTUnwrap(check.frameState)
        XCTAssertEqual(state.pc, loop.header.entryFrameState?.pc)
        XCTAssertTrue(state.referencedNodes.allSatisfy { !loop.contains($0.block) }, "\(state.registers)")
        XCTAssertTrue(load.effect === check, "on the effect edge into the loop")
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    func testLoadOfAFieldTheLoopStoresStays() throws {
        let (_, _, g, log) = try OptimizerTestSupport.optimized("sum", in: fieldOverwrite, stopAfter: "licm")
        let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
        XCTAssertFalse(log.rewrites.contains { $0.rule == "hoist-invariant-load" }, log.report())
        XCTAssertTrue(nodes(g, "LoadField").allSatisfy { loop.contains($0.block) })
        XCTAssertTrue(nodes(g, "CheckShape").allSatisfy { loop.contains($0.block) }, "guards move only with a load")
    }

    func testLoadInALoopThatCallsStays() throws {
        let source = """
        function g() { try { return 1; } catch (e) { return 0; } }
        function sum(o, n) { let s = 0; for (let i = 0; i < n; i++) s += o.x + g(); return s; }
        sum({x: 1}, 3); sum({x: 2}, 3);
        """
        let (_, _, g, _) = try OptimizerTestSupport.optimized("sum", in: source, stopAfter: "licm")
        let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
        XCTAssertFalse(nodes(g, "LoadField").isEmpty)
        XCTAssertTrue(nodes(g, "LoadField").allSatisfy { loop.contains($0.block) })
    }

    /// a[k]: the kind check, the length, the index check and the bounds check all move.
    func testElementLoadMovesWithKindAndBoundsChecks() throws {
        let source = """
        function rep(a, k, n) { let s = 0; for (let i = 0; i < n; i++) s += a[k]; return s; }
        rep([1, 2, 3], 1, 3); rep([4, 5], 0, 2);
        """
        let (_, _, g, _) = try OptimizerTestSupport.optimized("rep", in: source, stopAfter: "licm")
        let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
        for name in ["LoadElement", "ArrayLength", "CheckBounds", "CheckElementsKind"] {
            XCTAssertFalse(nodes(g, name).isEmpty, name)
            XCTAssertTrue(nodes(g, name).allSatisfy { !loop.contains($0.block) }, name)
        }
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    /// A loop that runs zero times for an object of another shape: the hoisted check
    /// deoptimizes and the interpreter skips the loop, as does a loop that runs.
    func testHoistedGuardDeoptimizesToTheLoopEntry() {
        let source = """
        function sum(o, n) { let s = 0; for (let i = 0; i < n; i++) s += o.x; return s; }
        for (let k = 0; k < 20; k++) sum({x: k}, 3);
        console.log(sum({y: 1, x: 5}, 0), sum({y: 1, x: 5}, 2), sum({x: 7}, 2));
        const a = [1, 2];
        function rep(a, k, n) { let s = 0; for (let i = 0; i < n; i++) s += a[k]; return s; }
        for (let k = 0; k < 20; k++) rep(a, 1, 2);
        console.log(rep([], 0, 0), rep([], 3, 0), rep(a, 1, 3));
        """
        for flags in [["--jit-threshold=2", "--verify-ir"], ["--eager"]] {
            let (out, ending, _) = OptimizerTestSupport.run(source, flags)
            XCTAssertEqual(ending, .normal, "\(flags)")
            XCTAssertEqual(out, "0 10 14\n0 0 6\n", "\(flags)")
        }
    }

    func testHoistsLoadOverLoopStoreFault() throws {
        let (_, _, g, log) = try OptimizerTestSupport.optimized("sum", in: fieldOverwrite, stopAfter: "licm",
                                                                inject: [.licmHoistsLoadOverLoopStore])
        let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
        XCTAssertTrue(nodes(g, "LoadField").allSatisfy { !loop.contains($0.block) })
        XCTAssertEqual(log.firedFaults, [.licmHoistsLoadOverLoopStore])
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    func testHoistsLoadAboveItsCheckFault() throws {
        let (_, _, g, log) = try OptimizerTestSupport.optimized("sum", in: fieldSum, stopAfter: "licm",
                                                                inject: [.licmHoistsLoadAboveItsCheck])
        let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
        let load = try XCTUnwrap(nodes(g, "LoadField").first)
        XCTAssertFalse(loop.contains(load.block))
        XCTAssertTrue(load.inputs[0].opcode.description.hasPrefix("Parameter"), "the load reads the unchecked object")
        XCTAssertTrue(nodes(g, "CheckShape").allSatisfy { loop.contains($0.block) }, "the check stays in the loop")
        XCTAssertEqual(log.firedFaults, [.licmHoistsLoadAboveItsCheck])
        XCTAssertEqual(IRVerifier.check(g), [])
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
