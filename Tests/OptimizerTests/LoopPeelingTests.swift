import XCTest
@testable import JSEngine
@testable import Optimizer

/// Loop peeling: the shape of a peeled loop, frame states of the peeled iteration, values
/// used after the loop, which loops are peeled, what the peeled iteration makes redundant,
/// and that peeled loops behave as before (zero-trip loops, deoptimization in any iteration).
final class LoopPeelingTests: XCTestCase {
    static let functions = """
    function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
    function count(n) { let c = 0; for (let i = 0; i < n; i++) c++; return c; }
    function each(n, f) { for (let i = 0; i < n; i++) f(i); }
    function find(a, x) { let i = 0; for (; i < a.length; i++) { if (a[i] === x) break; } return i; }
    function nested(m) { let s = 0; for (let i = 0; i < m.length; i++) { const r = m[i]; for (let j = 0; j < r.length; j++) s += r[j]; } return s; }
    function calls(a, g) { let s = 0; for (let i = 0; i < a.length; i++) { s += a[i]; g(); } return s; }
    function big(a, b, c, d, e, f, g, h) {
      let s = 0;
      for (let i = 0; i < a.length; i++) s += a[i] * 2 + b[i] * 3 + c[i] * 4 + d[i] * 5 + e[i] * 6 + f[i] * 7 + g[i] * 8 + h[i] * 9;
      return s;
    }
    let nop = () => {};
    for (let k = 0; k < 3; k++) {
      sum([1, 2, 3]); count(3); each(2, nop); find([1, 2, 3], 2); nested([[1, 2], [3]]); calls([1, 2], nop);
      big([1], [2], [3], [4], [5], [6], [7], [8]);
    }
    """

    func peeled(_ name: String, flags: [String] = []) throws -> (graph: Graph, log: RewriteLog) {
        let r = try OptimizerTestSupport.optimized(name, in: Self.functions, stopAfter: "loop-peeling", flags: flags)
        return (r.graph, r.log)
    }

    func rules(_ log: RewriteLog) -> [String] {
        log.rewrites.filter { $0.phase == "loop-peeling" && $0.applied }.map(\.rule)
    }

    /// Blocks the phase created (the peeled iteration).
    func peeledBlocks(_ g: Graph) -> [Block] {
        g.blocks.filter { b in !b.nodes.isEmpty && b.nodes.allSatisfy { $0.createdBy == "loop-peeling" } }
    }

    func testPeeledLoopShape() throws {
        let (g, log) = try peeled("sum")
        let unpeeled = try peeled("sum", flags: ["--no-loop-peeling"]).graph
        XCTAssertEqual(IRVerifier.check(g), [])
        // LICM already hoisted the loop test's length load (with its elements-kind guard) to
        // the preheader, so peeling removes two invariant checks: the length's CheckInt32 and
        // the element access's elements-kind check. Without LICM the length load is still in
        // the loop: the peeled iteration's copy is reused (after its guard is removed), which
        // makes the length's CheckInt32 invariant and redundant too.
        XCTAssertEqual(rules(log), ["peel-first-iteration", "remove-peeled-invariant-check", "remove-peeled-invariant-check"])
        XCTAssertEqual(rules(try peeled("sum", flags: ["--no-licm"]).log),
                       ["peel-first-iteration", "remove-peeled-invariant-check", "reuse-peeled-invariant-load",
                        "remove-peeled-invariant-check", "remove-peeled-invariant-check"])
        XCTAssertEqual(g.blocks.count, unpeeled.blocks.count + 2, "a copy of the header and of the body")
        let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
        let copies = peeledBlocks(g)
        XCTAssertEqual(copies.count, 2)
        // preheader -> copied header (the exit test on the entry values) -> copied body -> loop header.
        let copiedHeader = try XCTUnwrap(copies.first { $0.successors.count == 2 })
        let copiedBody = try XCTUnwrap(copies.first { $0.successors.count == 1 })
        XCTAssertFalse(copiedHeader.isLoopHeader)
        XCTAssertEqual(copiedHeader.predecessors.count, 1)
        XCTAssertFalse(loop.contains(copiedHeader.predecessors.first))
        XCTAssertTrue(copiedHeader.successors[0] === copiedBody)
        XCTAssertFalse(loop.contains(copiedHeader.successors[1]), "the peeled exit test leaves the loop")
        XCTAssertTrue(copiedBody.successors[0] === loop.header)
        let test = try XCTUnwrap(copiedHeader.terminator?.inputs.first)
        XCTAssertEqual("\(test.opcode)", "NumberLessThan")
        XCTAssertEqual("\(test.inputs[0].opcode)", "Constant[0]", "i is 0 in the first iteration")
        // The header's phis: one input per back edge, the peeled body's values on its edge.
        let k = try XCTUnwrap(loop.header.predecessors.firstIndex { $0 === copiedBody })
        for phi in loop.header.phis {
            XCTAssertEqual(phi.inputs.count, 2)
            XCTAssertFalse(loop.contains(phi.inputs[k].block), "\(phi)")
        }
        // The element access's elements-kind check now runs once, in the peeled body; the
        // length load (hoisted by LICM) runs once, before the loop.
        let ops = { (blocks: [Block]) in blocks.flatMap(\.nodes).map { "\($0.opcode)" } }
        XCTAssertFalse(ops(loop.body).contains { $0.hasPrefix("CheckElementsKind") })
        XCTAssertFalse(ops(loop.body).contains { $0 == "ArrayLength" })
        XCTAssertEqual(ops([copiedBody]).filter { $0.hasPrefix("CheckElementsKind") }.count, 1)
        // After the loop, `s` is the loop's value or, when it ran zero times, 0.
        let ret = try XCTUnwrap(g.liveNodes.first { if case .return = $0.opcode { return true }; return false })
        let merged = ret.inputs[0]
        XCTAssertEqual("\(merged.opcode)", "Phi")
        XCTAssertEqual(Set(merged.inputs.map { "\($0.opcode)" }), ["Phi", "Constant[0]"])
    }

    func testPeeledNodesHaveFrameStatesOfThePeeledIteration() throws {
        let (g, _) = try peeled("sum")
        let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
        let deoptimizing = peeledBlocks(g).flatMap(\.nodes).filter { $0.opcode.canDeoptimize }
        XCTAssertGreaterThanOrEqual(deoptimizing.count, 3)
        for n in deoptimizing {
            let fs = try XCTUnwrap(n.frameState, "\(n)")
            XCTAssertFalse(fs.referencedNodes.contains { loop.contains($0.block) }, "\(n) refers to the loop")
        }
        // The element load's frame state has i = 0 (the entry value), not the loop's phi.
        let check = try XCTUnwrap(deoptimizing.first { "\($0.opcode)" == "CheckElementsKind[PACKED_SMI_ELEMENTS]" })
        XCTAssertTrue(check.frameState?.registers.contains { $0.map { "\($0.opcode)" } == "Constant[0]" } == true)
        // Each peeled node has its own frame state object, not the original's.
        let originals = loop.body.flatMap(\.nodes).compactMap(\.frameState).map(ObjectIdentifier.init)
        XCTAssertFalse(deoptimizing.contains { n in n.frameState.map { originals.contains(ObjectIdentifier($0)) } == true })
    }

    func testValuesUsedAfterALoopWithBreakMergeBothIterations() throws {
        let (g, log) = try peeled("find")
        XCTAssertEqual(IRVerifier.check(g), [])
        XCTAssertEqual(rules(log).first, "peel-first-iteration")
        let ret = try XCTUnwrap(g.liveNodes.first { if case .return = $0.opcode { return true }; return false })
        let merged = ret.inputs[0]
        let exit = try XCTUnwrap(ret.block)
        // The exit is reached from the loop's test, from the peeled test, and from the break
        // block, which both the loop and the peeled iteration enter: i merges there first.
        XCTAssertEqual(exit.predecessors.count, 3)
        XCTAssertEqual(merged.inputs.count, 3)
        XCTAssertEqual(merged.inputs.map { "\($0.opcode)" }, ["Phi", "Phi", "Constant[0]"])
        let loopPhi = merged.inputs[0], breakPhi = merged.inputs[1]
        XCTAssertTrue(loopPhi.block?.isLoopHeader == true)
        XCTAssertEqual(breakPhi.block?.predecessors.count, 2)
        XCTAssertTrue(breakPhi.inputs[0] === loopPhi)
        XCTAssertEqual("\(breakPhi.inputs[1].opcode)", "Constant[0]")
    }

    func testOnlySmallInnermostLoopsArePeeled() throws {
        let (g, log) = try peeled("nested")
        XCTAssertEqual(rules(log).filter { $0 == "peel-first-iteration" }.count, 1)
        let loops = LoopAnalysis(g).loops
        XCTAssertEqual(loops.count, 2)
        let outer = try XCTUnwrap(loops.last)
        XCTAssertEqual(peeledBlocks(g).count, 2)
        XCTAssertTrue(peeledBlocks(g).allSatisfy { outer.contains($0) }, "the inner loop's first iteration stays in the outer loop")

        let unpeeled = try peeled("big", flags: ["--no-loop-peeling"]).graph
        let bigLoop = try XCTUnwrap(LoopAnalysis(unpeeled).loops.first)
        XCTAssertGreaterThan(bigLoop.body.flatMap(\.nodes).count, LoopPeeling.maxLoopNodes)
        XCTAssertEqual(rules(try peeled("big").log), [])
    }

    func testMapChecksStayWhenTheLoopMayChangeMaps() throws {
        let (g, log) = try peeled("calls")
        XCTAssertEqual(rules(log), ["peel-first-iteration", "remove-peeled-invariant-check"])
        let removed = try XCTUnwrap(log.rewrites.last)
        XCTAssertTrue(removed.before[0].contains("CheckCallTarget"), "the callee is the same in every iteration")
        let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
        XCTAssertTrue(loop.body.flatMap(\.nodes).contains { "\($0.opcode)".hasPrefix("CheckElementsKind") },
                      "g() may change the array's elements kind")
    }

    func testRuleLimitStopsPeeling() throws {
        let (g, log) = try peeled("sum", flags: ["--rule-rewrite-limit", "peel-first-iteration=0"])
        let unpeeled = try peeled("sum", flags: ["--no-loop-peeling"]).graph
        XCTAssertEqual(g.blocks.count, unpeeled.blocks.count)
        XCTAssertEqual(log.rewrites.filter { $0.phase == "loop-peeling" }.map(\.applied), [false])
    }

    // MARK: - Behaviour

    /// Runs `program` interpreted and with each of `flags` (plus `common`): same output, normal end.
    func expectSameOutput(_ program: String, flags: [[String]], common: [String] = [], file: StaticString = #filePath,
                          line: UInt = #line) throws {
        let reference = try OptimizerTestSupport.run(program, flags: ["--no-opt"] + common)
        XCTAssertEqual(reference.ending, .normal, file: file, line: line)
        for f in flags {
            let optimized = try OptimizerTestSupport.run(program, flags: f + common)
            XCTAssertEqual(optimized.ending, .normal, "\(f)", file: file, line: line)
            XCTAssertEqual(optimized.output, reference.output, "\(f)", file: file, line: line)
        }
    }

    func testZeroTripLoopsStillRunZeroTimes() throws {
        XCTAssertTrue(rules(try peeled("count").log).contains("peel-first-iteration"))
        XCTAssertTrue(rules(try peeled("each").log).contains("peel-first-iteration"))
        let program = Self.functions + """

        print(count(0), count(-3), count(1), count(5), sum([]), find([], 1));
        each(0, print); each(-1, print); each(2, print);
        """
        let reference = try OptimizerTestSupport.run(program, flags: ["--no-opt"])
        XCTAssertEqual(reference.output, "0 0 1 5 0 0\n0\n1\n")
        try expectSameOutput(program, flags: [["--eager", "--verify-ir"], ["--jit-threshold=2", "--verify-ir"]])
    }

    func testDeoptimizationInThePeeledIterationTheLoopAndAfterIt() throws {
        let program = """
        function dbl(a, x) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s * x; }
        function warm() { dbl([1, 2, 3], 2); dbl([4, 5], 3); }
        %PrepareFunctionForOptimization(dbl); warm();
        %OptimizeFunctionOnNextCall(dbl); print(dbl([1, 2, 2147483647], 1));
        warm(); %OptimizeFunctionOnNextCall(dbl); print(dbl([1.5, 2], 2));
        warm(); %OptimizeFunctionOnNextCall(dbl); print(dbl([1, 2], 'x'));
        """
        let traced = try OptimizerTestSupport.run(program, flags: ["--allow-natives-syntax", "--trace-deopt"])
        let deopts = traced.output.split(separator: "\n").filter { $0.hasPrefix("[deoptimizing dbl") }
        XCTAssertEqual(deopts.count, 3, traced.output)
        XCTAssertTrue(deopts.first?.contains("int32 overflow") == true, "in the loop, i = 2")
        XCTAssertTrue(deopts.dropFirst().first?.contains("wrong elements kind") == true, "in the peeled iteration")
        XCTAssertEqual(traced.output.split(separator: "\n").filter { !$0.hasPrefix("[") }, ["2147483650", "7", "NaN"])
        try expectSameOutput(program, flags: [["--verify-ir"], ["--no-loop-peeling"]], common: ["--allow-natives-syntax"])
    }

    func testLoopShapesKeepTheirBehaviour() throws {
        let program = """
        function ret(a, x) { for (let i = 0; i < a.length; i++) { if (a[i] === x) return i * 10; } return -1; }
        function doWhile(a) { let i = 0, s = 0; do { s += a[i] | 0; i++; } while (i < a.length); return s; }
        function skipOdd(a) { let s = 0; for (let i = 0; i < a.length; i++) { if (a[i] % 2) continue; s += a[i]; } return s; }
        function untilEnd(a) { let i = 0; while (true) { if (i >= a.length) break; i += 2; } return i; }
        function nested(m) { let s = 0; for (let i = 0; i < m.length; i++) { const r = m[i]; for (let j = 0; j < r.length; j++) s += r[j] * i; } return s; }
        function insertion(a) { for (var i = 1; i < a.length; i++) { var v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; } return a; }
        for (let k = 0; k < 6; k++) {
          print(ret([1, 2, 3], k), doWhile(k > 3 ? [] : [1, 2]), skipOdd([1, 2, 3, 4, k]), untilEnd([1, 2, 3, 4, 5]));
          print(nested([[1, 2], [3], [], [k, 1]]), insertion([5, k, 1, 3]).join());
        }
        """
        try expectSameOutput(program, flags: [["--jit-threshold=2", "--verify-ir"], ["--eager", "--verify-ir"],
                                              ["--jit-threshold=2", "--no-scheduling", "--no-register-allocation"]])
    }
}
