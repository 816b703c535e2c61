import XCTest
@testable import JSEngine
@testable import Optimizer

/// Typed lowering of generic JS operators on int32/number/string-typed inputs.
final class TypedLoweringTests: XCTestCase {
    /// Builds `name` from `source`, runs the typer then typed lowering; returns graph and log.
    private func lowered(_ name: String, _ source: String, options: EngineOptions = EngineOptions(),
                         typeFirst: Bool = true) throws -> (Graph, RewriteLog) {
        let g = try OptimizerTestSupport.graph(of: name, in: source)
        let log = RewriteLog(options: options)
        if typeFirst {
            g.currentPhase = "typer"
            TyperPhase().run(PhaseContext(graph: g, log: log, options: options, phase: "typer"))
        }
        g.currentPhase = "typed-lowering"
        TypedLoweringPhase().run(PhaseContext(graph: g, log: log, options: options, phase: "typed-lowering"))
        XCTAssertEqual(IRVerifier.check(g), [])
        return (g, log)
    }

    private func ops(_ g: Graph) -> [String] { g.liveNodes.map { "\($0.opcode)" } }

    func testInt32AddBecomesInt32AddWithOverflowGuard() throws {
        let (g, log) = try lowered("add", "function add(a, b) { return a + b; } for (var i = 0; i < 5; i++) add(i, 2);")
        let o = ops(g)
        XCTAssertFalse(o.contains("JS[+]"), "\(o)")
        XCTAssertTrue(o.contains("Int32Add"), "\(o)")
        let guardNode = try XCTUnwrap(g.liveNodes.first { if case .checkInt32NoOverflow = $0.opcode { return true }; return false })
        XCTAssertNotNil(guardNode.frameState)
        XCTAssertEqual("\(guardNode.inputs[0].opcode)", "Int32Add")
        // The return reads the guard and its effect input skipped the removed JS node.
        let ret = try XCTUnwrap(g.liveNodes.last)
        XCTAssertTrue(ret.inputs[0] === guardNode)
        if case .start = ret.effect?.opcode {} else { XCTFail("effect \(String(describing: ret.effect))") }
        XCTAssertEqual(log.rewrites.map(\.rule), ["lower-int32-add"])
        XCTAssertEqual(guardNode.type, .int32)
    }

    func testNumberArithmeticBecomesFloat64() throws {
        let (g, _) = try lowered("f", "function f(a, b) { return (a - b) * (a / b) + a % b; } f(0.5, 1.5); f(2.5, 1);")
        let o = ops(g)
        for expected in ["Float64Sub", "Float64Div", "Float64Mul", "Float64Mod", "Float64Add"] {
            XCTAssertTrue(o.contains(expected), "\(expected) in \(o)")
        }
        XCTAssertFalse(o.contains { $0.hasPrefix("JS[") }, "\(o)")
    }

    func testStringConcatAndStringEquality() throws {
        let (g, _) = try lowered("f", "function f(a, b) { return a + b; } f('a', 'b'); f('c', 'd');", typeFirst: true)
        // String feedback guards both inputs: the add is a concatenation.
        XCTAssertTrue(ops(g).contains("StringConcat"), "\(ops(g))")
        XCTAssertFalse(ops(g).contains("JS[+]"), "\(ops(g))")
        let h = Graph(code: CodeBlock(name: "t"), name: "t")
        let b = h.newBlock()
        let start = h.add(.start, in: b)
        let fs = FrameState(code: h.code, pc: 0, registers: [], context: nil, parent: nil)
        let p1 = h.add(.checkString, [h.add(.parameter(1), in: b)], in: b); p1.frameState = fs
        let p2 = h.add(.checkString, [h.add(.parameter(2), in: b)], in: b); p2.frameState = fs
        let add = h.add(.jsBinary(.add), [p1, p2], effect: start, in: b); add.frameState = fs
        let ne = h.add(.jsBinary(.strictNotEqual), [p1, p2], effect: add, in: b); ne.frameState = fs
        h.add(.return, [add], effect: ne, in: b)
        let log = RewriteLog(options: EngineOptions())
        TypedLoweringPhase().run(PhaseContext(graph: h, log: log, options: EngineOptions(), phase: "typed-lowering"))
        XCTAssertEqual(ops(h), ["Start", "Parameter[1]", "CheckString", "Parameter[2]", "CheckString", "StringConcat",
                                "StringEqual", "BooleanNot", "Return"])
        XCTAssertEqual(IRVerifier.check(h), [])
    }

    func testComparisonsSwapAndNegate() throws {
        let (g, _) = try lowered("f", """
        function f(a, b) { return [a > b, a >= b, a < b, a <= b, a == b, a !== b]; }
        f(1.5, 2); f(3, 0.25);
        """)
        let cmps = g.liveNodes.filter {
            switch $0.opcode {
            case .numberLessThan, .numberLessThanOrEqual, .numberEqual, .booleanNot: return true
            default: return false
            }
        }
        XCTAssertEqual(cmps.map { "\($0.opcode)" }, ["NumberLessThan", "NumberLessThanOrEqual", "NumberLessThan",
                                                     "NumberLessThanOrEqual", "NumberEqual", "NumberEqual", "BooleanNot"])
        // a > b is b < a: the operands are swapped.
        let gt = cmps[0]
        let lt = cmps[2]
        XCTAssertTrue(gt.inputs[0] !== lt.inputs[0])
        XCTAssertEqual(gt.inputs[0].inputs.first?.opcode.description, "Parameter[2]")
    }

    func testBitwiseOnNumbersTruncates() throws {
        let (g, _) = try lowered("f", "function f(a, b) { return (a | b) + (a >>> 1); } f(1.5, 2.5); f(3.5, 4.5);")
        let o = ops(g)
        XCTAssertTrue(o.contains("TruncateFloat64ToInt32"), "\(o)")
        XCTAssertTrue(o.contains("Int32BitOr"), "\(o)")
        XCTAssertTrue(o.contains("Uint32Shr"), "\(o)")
    }

    func testIncrementNegateAndBitNot() throws {
        let (g, _) = try lowered("f", """
        function f(a, x) { let s = 0; for (let i = 0; i < a; i++) s = s + i; return [s, -x, ~x]; }
        f(3, 1.5); f(4, 2.5);
        """)
        let o = ops(g)
        XCTAssertFalse(o.contains("JSIncrement"), "\(o)")
        XCTAssertTrue(o.contains("Float64Negate"), "\(o)")
        XCTAssertTrue(o.contains("Int32BitXor"), "\(o)")
        XCTAssertGreaterThanOrEqual(o.filter { $0 == "CheckInt32NoOverflow" }.count, 2, "\(o)")
    }

    func testMissingTypesAreComputed() throws {
        let (g, _) = try lowered("add", "function add(a, b) { return a + b; } add(1, 2); add(3, 4);", typeFirst: false)
        XCTAssertTrue(ops(g).contains("Int32Add"))
    }

    func testBisectLimitZeroLeavesTheGraphUnchanged() throws {
        var options = EngineOptions()
        options.optBisectLimit = 0
        let src = "function add(a, b) { return a + b; } add(1, 2); add(3, 4);"
        let before = ops(try OptimizerTestSupport.graph(of: "add", in: src))
        let (g, log) = try lowered("add", src, options: options)
        XCTAssertEqual(ops(g), before)
        XCTAssertEqual(log.total, 1)
        XCTAssertEqual(log.appliedCount, 0)
    }

    func testEffectPhisFollowTheRemovedNodesEffectInput() throws {
        let (g, _) = try lowered("f", """
        function f(a) { let s = 0; for (let i = 0; i < a; i++) s = s + i; return s; }
        f(3); f(4);
        """)
        for n in g.liveNodes {
            guard case .effectPhi = n.opcode else { continue }
            for e in n.inputs {
                switch e.opcode {
                case .start, .effectPhi: break
                default: XCTAssertTrue(e.opcode.isEffectful, "\(n) merges non-effectful \(e)")
                }
            }
        }
    }
}
