import XCTest
@testable import JSEngine
@testable import Optimizer

/// A hand-built graph for phase tests: an entry block with a start node, helpers that keep
/// the effect chain and give every node that can deoptimize a frame state.
final class HandGraph {
    let g = Graph(code: CodeBlock(name: "t"), name: "t")
    let entry: Block
    var effect: Node

    init() {
        entry = g.newBlock()
        effect = g.add(.start, in: entry)
    }

    func frameState(_ regs: [Node?] = []) -> FrameState {
        FrameState(code: g.code, pc: 0, registers: regs, context: nil, parent: nil)
    }

    func block() -> Block { g.newBlock() }

    /// Adds a node; effectful ones join the effect chain, ones that can deoptimize get a frame state.
    @discardableResult
    func add(_ op: Opcode, _ inputs: [Node] = [], in block: Block? = nil, registers: [Node?] = []) -> Node {
        let n = g.add(op, inputs, effect: op.isEffectful ? effect : nil, in: block ?? entry)
        if op.canDeoptimize || op.isEffectful { n.frameState = frameState(registers) }
        if op.isEffectful { effect = n }
        return n
    }

    func param(_ i: Int) -> Node { g.add(.parameter(i), in: entry) }
    func const(_ d: Double, in block: Block? = nil) -> Node { g.add(.constant(.number(d)), in: block ?? entry) }

    @discardableResult
    func ret(_ v: Node, in block: Block? = nil) -> Node {
        g.add(.return, [v], effect: effect, in: block ?? entry)
    }

    @discardableResult
    func goto(_ from: Block, _ to: Block) -> Node {
        g.connect(from, to)
        return g.add(.goto, in: from)
    }

    @discardableResult
    func branch(_ cond: Node, from: Block, _ t: Block, _ f: Block) -> Node {
        g.connect(from, t)
        g.connect(from, f)
        return g.add(.branch, [cond], in: from)
    }

    /// Runs `phase` on the graph with `options`, returning the rewrite log.
    @discardableResult
    func run(_ phase: OptimizationPhase, options: EngineOptions = EngineOptions()) -> RewriteLog {
        let log = RewriteLog(options: options)
        g.currentPhase = phase.id
        phase.run(PhaseContext(graph: g, log: log, options: options, phase: phase.id))
        return log
    }

    var problems: [String] { IRVerifier.check(g) }
    var liveOps: [String] { g.liveNodes.map { "\($0.opcode)" } }
    func count(_ name: String) -> Int { liveOps.filter { $0 == name }.count }

    static var noRewrites: EngineOptions {
        var o = EngineOptions()
        o.optBisectLimit = 0
        return o
    }
}

final class GVNTests: XCTestCase {
    func testMergesEqualPureNodesAndCommutativeOperands() {
        let h = HandGraph()
        let a = h.param(1), b = h.param(2)
        let add1 = h.add(.int32Add, [a, b])
        let add2 = h.add(.int32Add, [b, a])
        let mul1 = h.add(.float64Mul, [a, b])
        let mul2 = h.add(.float64Mul, [b, a])
        let sum = h.add(.int32BitXor, [add1, add2])
        let sum2 = h.add(.float64Add, [mul1, mul2])
        h.ret(h.add(.int32BitOr, [sum, sum2]))
        XCTAssertEqual(h.problems, [])
        let log = h.run(GlobalValueNumbering())
        XCTAssertEqual(log.rewrites.map(\.rule), ["merge-equivalent-value", "merge-equivalent-value"])
        XCTAssertTrue(add2.isDead)
        XCTAssertTrue(mul2.isDead)
        XCTAssertTrue(sum.inputs.allSatisfy { $0 === add1 })
        XCTAssertTrue(sum2.inputs.allSatisfy { $0 === mul1 })
        XCTAssertEqual(h.problems, [])
    }

    func testNonCommutativeOperationsStayDistinct() {
        let h = HandGraph()
        let a = h.param(1), b = h.param(2)
        var nodes: [Node] = []
        for op in [Opcode.int32Sub, .int32Div, .int32Mod, .float64Sub, .float64Div, .float64Mod, .int32Shl,
                   .numberLessThan, .stringConcat] {
            nodes.append(h.add(op, [a, b]))
            nodes.append(h.add(op, [b, a]))
        }
        h.ret(nodes[0])
        let log = h.run(GlobalValueNumbering())
        XCTAssertEqual(log.rewrites.count, 0)
        XCTAssertTrue(nodes.allSatisfy { !$0.isDead })
    }

    func testConstantsMergeByBitPattern() {
        let h = HandGraph()
        let one1 = h.const(1), one2 = h.const(1)
        let zero = h.const(0), minusZero = h.const(-0.0)
        let s1 = h.g.add(.constant(.string(JSString("ab"))), in: h.entry)
        let s2 = h.g.add(.constant(.string(JSString("ab"))), in: h.entry)
        let s3 = h.g.add(.constant(.string(JSString("b"))), in: h.entry)
        let u1 = h.g.add(.constant(.undefined), in: h.entry)
        let u2 = h.g.add(.constant(.undefined), in: h.entry)
        let n = h.add(.float64Add, [one1, one2])
        let m = h.add(.float64Add, [zero, minusZero])
        let c = h.add(.stringConcat, [s1, s2])
        let c2 = h.add(.stringConcat, [c, s3])
        let all = h.add(.sameValue, [u1, u2])
        h.ret(h.add(.float64Add, [h.add(.float64Add, [n, m]), h.add(.sameValue, [c2, all])]))
        let log = h.run(GlobalValueNumbering())
        XCTAssertEqual(log.rewrites.count, 3)
        XCTAssertTrue(one2.isDead && s2.isDead && u2.isDead)
        XCTAssertFalse(zero.isDead || minusZero.isDead || s3.isDead)
        XCTAssertEqual(h.problems, [])
    }

    /// Strings that differ only in lone surrogates (which a Swift String maps to one
    /// replacement character) are different constants.
    func testStringConstantsDifferingInLoneSurrogatesStayApart() {
        let h = HandGraph()
        let a = h.g.add(.constant(.string(JSString([0xDE00]))), in: h.entry)
        let b = h.g.add(.constant(.string(JSString([0xD834]))), in: h.entry)
        h.ret(h.add(.stringConcat, [a, b]))
        let log = h.run(GlobalValueNumbering())
        XCTAssertEqual(log.rewrites.count, 0)
        XCTAssertFalse(a.isDead || b.isDead)
    }

    /// Only dominating nodes are reused: siblings of a diamond stay apart, the join reuses the entry's.
    func testDominatorScoping() {
        let h = HandGraph()
        let a = h.param(1), b = h.param(2)
        let top = h.add(.int32Add, [a, b])
        let cond = h.add(.numberLessThan, [a, b])
        let left = h.block(), right = h.block(), join = h.block()
        h.branch(cond, from: h.entry, left, right)
        let l = h.add(.int32Mul, [a, b], in: left)
        h.goto(left, join)
        let r = h.add(.int32Mul, [a, b], in: right)
        h.goto(right, join)
        let phi = h.g.addPhi([l, r], in: join)
        let again = h.add(.int32Add, [b, a], in: join)
        let phi2 = h.g.addPhi([l, r], in: join)
        h.ret(h.add(.int32Add, [h.add(.int32Add, [phi, phi2], in: join), again], in: join), in: join)
        XCTAssertEqual(h.problems, [])
        let log = h.run(GlobalValueNumbering())
        XCTAssertFalse(l.isDead || r.isDead)
        XCTAssertTrue(again.isDead)
        XCTAssertTrue(phi2.isDead, "phis of one block with the same inputs merge")
        XCTAssertEqual(log.rewrites.count, 2)
        XCTAssertFalse(top.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func testEffectfulNodesAndGuardsAreNotMerged() {
        let h = HandGraph()
        let a = h.param(1)
        let c1 = h.add(.checkInt32, [a]), c2 = h.add(.checkInt32, [a])
        let call1 = h.add(.jsCall(argc: 0), [a, a]), call2 = h.add(.jsCall(argc: 0), [a, a])
        let l1 = h.add(.loadField(slot: 0), [a]), l2 = h.add(.loadField(slot: 0), [a])
        let r1 = h.add(.mathCall("random")), r2 = h.add(.mathCall("random"))
        h.ret(h.add(.float64Add, [h.add(.float64Add, [c1, c2]), h.add(.float64Add, [call1, call2])]))
        _ = (l1, l2, r1, r2)
        let log = h.run(GlobalValueNumbering())
        XCTAssertEqual(log.rewrites.count, 0)
        XCTAssertEqual(h.problems, [])
    }

    func testValueNumberingKeys() {
        XCTAssertNil(valueNumberingKey(.checkInt32))
        XCTAssertNil(valueNumberingKey(.jsCall(argc: 1)))
        XCTAssertNil(valueNumberingKey(.loadField(slot: 1)))
        XCTAssertNil(valueNumberingKey(.mathCall("random")))
        XCTAssertNotEqual(valueNumberingKey(.mathCall("sin")), valueNumberingKey(.mathCall("cos")))
        XCTAssertNotEqual(valueNumberingKey(.constant(.number(0))), valueNumberingKey(.constant(.number(-0.0))))
        XCTAssertNotEqual(valueNumberingKey(.constant(.number(1))), valueNumberingKey(.constant(.string(JSString("1")))))
        XCTAssertNotEqual(valueNumberingKey(.parameter(1)), valueNumberingKey(.parameter(2)))
        let o1 = JSObject(proto: nil), o2 = JSObject(proto: nil)
        XCTAssertEqual(valueNumberingKey(.constant(.object(o1))), valueNumberingKey(.constant(.object(o1))))
        XCTAssertNotEqual(valueNumberingKey(.constant(.object(o1))), valueNumberingKey(.constant(.object(o2))))
        XCTAssertTrue(GlobalValueNumbering.isCommutative(.int32Add))
        XCTAssertFalse(GlobalValueNumbering.isCommutative(.int32Sub))
        XCTAssertFalse(GlobalValueNumbering.isCommutative(.float64Div))
    }

    func makeRedundant() -> HandGraph {
        let h = HandGraph()
        let a = h.param(1), b = h.param(2)
        let x = h.add(.int32Add, [a, b]), y = h.add(.int32Add, [a, b])
        let p = h.add(.int32Sub, [x, y]), q = h.add(.int32Sub, [x, y])
        h.ret(h.add(.int32Mul, [p, q]))
        return h
    }

    func testBisectLimitZeroLeavesGraphUnchanged() {
        let h = makeRedundant()
        let before = h.liveOps
        let log = h.run(GlobalValueNumbering(), options: HandGraph.noRewrites)
        XCTAssertEqual(h.liveOps, before)
        XCTAssertGreaterThan(log.total, 0)
        XCTAssertEqual(log.appliedCount, 0)
        XCTAssertEqual(h.problems, [])
    }

    func testDeterministicRewrites() {
        let a = makeRedundant().run(GlobalValueNumbering())
        let b = makeRedundant().run(GlobalValueNumbering())
        XCTAssertEqual(a.rewrites, b.rewrites)
        XCTAssertEqual(a.rewrites.map(\.number), [1, 2])
    }

    /// Runs the four phases (gvn, load-elimination, check-elimination, dead-code-elimination)
    /// on the graphs of every hot function of the conformance corpus with the verifier on.
    func testCorpusGraphsStayVerifiedThroughTheRedundancyPhases() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpora/conformance")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".js") }.sorted()
        var failures: [String] = []
        var rewrites = 0
        var graphs = 0
        for f in files {
            let source = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            var options = EngineOptions()
            options.jitThreshold = 2
            options.osrThreshold = 2
            options.verifyIR = true
            options.explicitPhases = ["gvn", "load-elimination", "check-elimination", "dead-code-elimination"]
            let compiler = OptimizingCompiler(options: options)
            _ = Engine.onLargeStack {
                Engine.run(sources: [(name: f, text: source)], options: options, output: CapturedOutput()) { $0.tierUp = compiler }
            }
            if let v = compiler.verifierFailure { failures.append("\(f): \(v)") }
            rewrites += compiler.log.appliedCount
            graphs += compiler.graphs.count
        }
        XCTAssertGreaterThan(graphs, 100)
        XCTAssertGreaterThan(rewrites, 0)
        XCTAssertTrue(failures.isEmpty, failures.prefix(5).joined(separator: "\n"))
    }

    func testDominatorTree() {
        let h = HandGraph()
        let c = h.param(1)
        let b1 = h.block(), b2 = h.block(), b3 = h.block(), dead = h.block()
        h.branch(c, from: h.entry, b1, b2)
        h.goto(b1, b3)
        h.goto(b2, b3)
        h.ret(c, in: b3)
        h.ret(c, in: dead)
        let t = DominatorTree(h.g)
        XCTAssertTrue(t.immediateDominator(of: b3) === h.entry)
        XCTAssertTrue(t.immediateDominator(of: b1) === h.entry)
        XCTAssertFalse(t.isReachable(dead))
        XCTAssertTrue(t.dominates(h.entry, b3))
        XCTAssertFalse(t.dominates(b1, b3))
        XCTAssertEqual(t.preorder.map(\.id), [0, 1, 2, 3])
    }
}
