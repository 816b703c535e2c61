import XCTest
@testable import JSEngine
@testable import Optimizer

/// Graph building from bytecode and feedback, the IR's bookkeeping, and rewrite numbering.
final class GraphBuilderTests: XCTestCase {
    func graph(of name: String, in source: String) throws -> Graph {
        try OptimizerTestSupport.graph(of: name, in: source)
    }

    func ops(_ g: Graph) -> [String] { g.liveNodes.map { "\($0.opcode)" } }

    func testStraightLineArithmeticSpeculatesFromFeedback() throws {
        let g = try graph(of: "sub", in: "function sub(a, b) { return a - b; } for (var i = 0; i < 5; i++) sub(i, 2);")
        XCTAssertEqual(g.blocks.count, 2)   // the entry block and the body
        let o = ops(g)
        XCTAssertEqual(o.filter { $0 == "CheckInt32" }.count, 2, "\(o)")
        XCTAssertTrue(o.contains("JS[-]"))
        XCTAssertEqual(o.last, "Return")
        // Every guard carries a frame state that resumes at the add instruction.
        for n in g.liveNodes where n.opcode.canDeoptimize {
            XCTAssertNotNil(n.frameState)
        }
    }

    /// `+` with number feedback is a SpeculativeNumberAdd (typed lowering guards its
    /// operands); it deoptimizes, so it has a frame state resuming at the add.
    func testAddWithNumberFeedbackIsASpeculativeNumberAdd() throws {
        let g = try graph(of: "add", in: "function add(a, b) { return a + b; } for (var i = 0; i < 5; i++) add(i, 2);")
        let o = ops(g)
        XCTAssertEqual(o.filter { $0.hasPrefix("Check") }, [], "\(o)")
        let add = try XCTUnwrap(g.liveNodes.first { "\($0.opcode)" == "SpeculativeNumberAdd[int32]" }, "\(o)")
        XCTAssertNil(add.effect, "pure")
        XCTAssertEqual(add.frameState?.pc, add.bytecodeOffset)
        let d = try graph(of: "add", in: "function add(a, b) { return a + b; } add(0.5, 1); add(1, 2);")
        XCTAssertTrue(ops(d).contains("SpeculativeNumberAdd[number]"), "\(ops(d))")
    }

    func testDoubleFeedbackGivesNumberChecksAndStringsNone() throws {
        let g = try graph(of: "sub", in: "function sub(a, b) { return a - b; } sub(0.5, 1); sub(1, 2);")
        XCTAssertEqual(ops(g).filter { $0 == "CheckNumber" }.count, 2)
        let s = try graph(of: "cat", in: "function cat(a, b) { return a + b; } cat('a', 1);")
        XCTAssertFalse(ops(s).contains { $0.hasPrefix("Check") }, "\(ops(s))")
    }

    func testLoopGetsPhisAndNoTrivialPhis() throws {
        let g = try graph(of: "sum", in: """
        function sum(n) { let s = 0; for (let i = 0; i < n; i++) s = s + i; return s; }
        sum(10);
        """)
        let header = try XCTUnwrap(g.blocks.first { $0.isLoopHeader })
        let phis = header.phis
        // s and i change in the loop, plus the effect chain; n does not.
        XCTAssertEqual(phis.filter { if case .phi = $0.opcode { return true }; return false }.count, 2, "\(phis)")
        XCTAssertEqual(phis.filter { if case .effectPhi = $0.opcode { return true }; return false }.count, 1)
        for phi in phis {
            XCTAssertEqual(phi.inputs.count, header.predecessors.count)
            XCTAssertFalse(phi.inputs.allSatisfy { $0 === phi.inputs[0] })
        }
    }

    func testMonomorphicPropertyLoadBecomesShapeCheckAndFieldLoad() throws {
        let g = try graph(of: "getX", in: """
        function P(x) { this.y = 0; this.x = x; }
        function getX(p) { return p.x; }
        for (var i = 0; i < 5; i++) getX(new P(i));
        """)
        let o = ops(g)
        XCTAssertTrue(o.contains { $0.hasPrefix("CheckShape") }, "\(o)")
        XCTAssertTrue(o.contains("LoadField[1]"), "\(o)")
        let poly = try graph(of: "getX", in: """
        function getX(p) { return p.x; }
        getX({x: 1}); getX({y: 2, x: 1});
        """)
        XCTAssertTrue(ops(poly).contains("JSGetNamed[x]"), "\(ops(poly))")
    }

    func testMonomorphicCallGetsTargetCheck() throws {
        let g = try graph(of: "f", in: "function g() { return 1; } function f() { return g(); } f(); f();")
        XCTAssertTrue(ops(g).contains("CheckCallTarget[g]"), "\(ops(g))")
    }

    func testEffectChainIsLinearInStraightLineCode() throws {
        let g = try graph(of: "f", in: "function f(o) { o.a = 1; o.b = o.a; return o.b; } f({});")
        var effectful = g.liveNodes.filter { $0.opcode.isEffectful }
        // Each effectful node's effect input is the previous effectful node (or Start).
        let start = try XCTUnwrap(g.liveNodes.first { if case .start = $0.opcode { return true }; return false })
        var previous = start
        for n in effectful {
            XCTAssertTrue(n.effect === previous, "\(n) follows \(n.effect?.description ?? "nil"), expected \(previous)")
            previous = n
        }
        effectful.removeAll()
    }

    func testTryCatchIsNotOptimizedYet() {
        XCTAssertThrowsError(try graph(of: "f", in: "function f() { try { return 1; } catch (e) { return 2; } } f();"))
    }

    func testEventsRecordCreationAndKills() throws {
        let g = try graph(of: "sum", in: "function sum(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; } sum(3);")
        XCTAssertTrue(g.events.contains { $0.kind == .created })
        // Trivial loop phis were removed: their removal is recorded.
        XCTAssertTrue(g.events.contains { $0.kind == .killed })
        XCTAssertTrue(g.events.allSatisfy { $0.phase == "graph-builder" })
    }
}

/// The rewrite log's numbering and limits.
final class RewriteLogTests: XCTestCase {
    func makeGraph() -> (Graph, [Node]) {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b = g.newBlock()
        let nodes = (0..<5).map { g.add(.constant(.number(Double($0))), in: b) }
        return (g, nodes)
    }

    func apply(_ options: EngineOptions) -> RewriteLog {
        let (g, nodes) = makeGraph()
        let log = RewriteLog(options: options)
        for (i, n) in nodes.enumerated() {
            let ctx = PhaseContext(graph: g, log: log, options: options, phase: i < 3 ? "constant-folding" : "gvn")
            ctx.rewrite(i % 2 == 0 ? "even" : "odd", at: n) { [n] }
        }
        return log
    }

    func testNumberingIsDeterministicAndCountsEveryAttempt() {
        let a = apply(EngineOptions()), b = apply(EngineOptions())
        XCTAssertEqual(a.rewrites, b.rewrites)
        XCTAssertEqual(a.rewrites.map(\.number), [1, 2, 3, 4, 5])
        XCTAssertEqual(a.appliedCount, 5)
    }

    func testBisectLimitStopsLaterRewrites() {
        var o = EngineOptions()
        o.optBisectLimit = 2
        let log = apply(o)
        XCTAssertEqual(log.rewrites.map(\.applied), [true, true, false, false, false])
        XCTAssertEqual(log.total, 5)
    }

    func testPhaseAndRuleLimits() {
        var o = EngineOptions()
        o.phaseRewriteLimits = ["constant-folding": 1]
        XCTAssertEqual(apply(o).rewrites.map(\.applied), [true, false, false, true, true])
        var r = EngineOptions()
        r.ruleRewriteLimits = ["even": 1]
        XCTAssertEqual(apply(r).rewrites.map(\.applied), [true, true, false, true, false])
    }

    func testReportListsEveryRewriteAndTotals() {
        let text = apply(EngineOptions()).report()
        XCTAssertTrue(text.contains("rewrite 1: constant-folding even in t"))
        XCTAssertTrue(text.hasSuffix("rewrites: 5 numbered, 5 applied; constant-folding: 3; gvn: 2\n"), text)
    }
}

/// The type lattice.
final class IRTypeTests: XCTestCase {
    func testConstantsAndMembership() {
        XCTAssertTrue(IRType.constant(.number(3)).isInt32)
        XCTAssertFalse(IRType.constant(.number(-0.0)).contains(.number(0)))
        XCTAssertTrue(IRType.constant(.number(-0.0)).contains(.number(-0.0)))
        XCTAssertTrue(IRType.constant(.number(.nan)).contains(.number(.nan)))
        XCTAssertFalse(IRType.range(0, 10).contains(.number(11)))
        XCTAssertFalse(IRType.range(0, 10).contains(.number(0.5)))
        XCTAssertFalse(IRType.range(0, 10).contains(.number(-0.0)))
    }

    func testUnion() {
        let u = IRType.range(0, 10).union(.constant(.number(-0.0)))
        XCTAssertEqual(u.min, 0)
        XCTAssertEqual(u.max, 10)
        XCTAssertTrue(u.maybeMinusZero)
        XCTAssertFalse(u.isInt32)
        let s = IRType.range(-5, 5).union(.string)
        XCTAssertTrue(s.contains(.string(JSString("x"))))
        XCTAssertTrue(s.contains(.number(-5)))
        XCTAssertEqual(IRType.none.union(.int32), .int32)
        XCTAssertEqual(IRType.range(1, 2).description, "Range(1, 2)")
    }
}

/// Element accesses speculate from elements-kind feedback.
final class ElementSpeculationTests: XCTestCase {
    func ops(_ g: Graph) -> [String] { g.liveNodes.map { "\($0.opcode)" } }

    func testPackedArrayReadGetsKindIndexAndBoundsChecks() throws {
        let g = try OptimizerTestSupport.graph(of: "at", in: "function at(a, i) { return a[i]; } at([1, 2, 3], 1); at([4, 5], 0);")
        let o = ops(g)
        XCTAssertTrue(o.contains("CheckElementsKind[PACKED_SMI_ELEMENTS]"), "\(o)")
        XCTAssertTrue(o.contains("CheckBounds"), "\(o)")
        XCTAssertTrue(o.contains("LoadElement"), "\(o)")
        XCTAssertFalse(o.contains("CheckNotHole"), "\(o)")
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    func testHoleyReadsCheckForHolesAndOutOfBoundsStaysGeneric() throws {
        let holey = try OptimizerTestSupport.graph(of: "at", in: "function at(a, i) { return a[i]; } at([1, , 3], 0);")
        XCTAssertTrue(ops(holey).contains("CheckNotHole"), "\(ops(holey))")
        let oob = try OptimizerTestSupport.graph(of: "at", in: "function at(a, i) { return a[i]; } at([1], 5);")
        XCTAssertTrue(ops(oob).contains("JSGetKeyed"), "\(ops(oob))")
    }

    func testStoresGuardTheValueForTheKind() throws {
        let g = try OptimizerTestSupport.graph(of: "put", in: "function put(a, i, v) { a[i] = v; } put([1, 2], 0, 7);")
        let o = ops(g)
        XCTAssertTrue(o.contains("StoreElement"), "\(o)")
        XCTAssertEqual(o.filter { $0 == "CheckInt32" }.count, 2, "index and value: \(o)")
        let appending = try OptimizerTestSupport.graph(of: "push", in: "function push(a, v) { a[a.length] = v; } push([], 1);")
        XCTAssertTrue(ops(appending).contains("JSSetKeyed"), "\(ops(appending))")
    }
}

/// A loop at the very start of a function gets its own header block after the entry.
final class LoopAtEntryTests: XCTestCase {
    func testLoopStartingAtFirstBytecodeHasPhis() throws {
        let g = try OptimizerTestSupport.graph(of: "gcd", in: "function gcd(a, b) { while (b) { var t = b; b = a % b; a = t; } return a; } gcd(48, 18);")
        let header = try XCTUnwrap(g.blocks.first { $0.isLoopHeader })
        XCTAssertFalse(header === g.entry)
        XCTAssertEqual(header.phis.filter { if case .phi = $0.opcode { return true }; return false }.count, 2, "a and b (t is dead at the header)")
        XCTAssertEqual(IRVerifier.check(g), [])
    }
}
