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

    /// A SpeculativeNumberAdd gets a guard on each operand its type does not already prove
    /// (deoptimizing to the add), then an int32 addition with its overflow guard or a
    /// float64 one.
    func testSpeculativeAddGuardsBothOperands() throws {
        let (g, _) = try lowered("add", "function add(a, b) { return a + b; } add(1, 2); add(3, 4);")
        let add = try XCTUnwrap(g.liveNodes.first { "\($0.opcode)" == "Int32Add" })
        XCTAssertEqual(add.inputs.map { "\($0.opcode)" }, ["CheckInt32", "CheckInt32"])
        XCTAssertEqual(add.inputs.map { "\($0.inputs[0].opcode)" }, ["Parameter[1]", "Parameter[2]"])
        XCTAssertTrue(add.inputs.allSatisfy { $0.frameState?.pc == 0 }, "the guards resume at the add")
        let (d, _) = try lowered("add", "function add(a, b) { return a + b; } add(0.5, 2); add(3, 4.5);")
        let fadd = try XCTUnwrap(d.liveNodes.first { "\($0.opcode)" == "Float64Add" })
        XCTAssertEqual(fadd.inputs.map { "\($0.opcode)" }, ["CheckNumber", "CheckNumber"])
        // An operand already an int32 (x | 0) needs no guard.
        let (k, _) = try lowered("f", "function f(a, b) { return (a | 0) + b; } f(1, 2); f(3, 4);")
        let kadd = try XCTUnwrap(k.liveNodes.first { "\($0.opcode)" == "Int32Add" })
        XCTAssertEqual(kadd.inputs.map { "\($0.opcode)" }, ["Int32BitOr", "CheckInt32"])
    }

    /// An int32 addition or subtraction whose every use truncates it to int32 is wrapped, not
    /// guarded against overflow; a comparison of it needs the exact value and keeps the guard.
    func testTruncatedInt32ArithmeticWrapsAndComparisonsDoNot() throws {
        let (g, log) = try lowered("f", "function f(a, b) { return (a - b) | 0; } f(1, 2); f(3, 4);")
        XCTAssertEqual(log.rewrites.first?.rule, "lower-int32-sub-truncated")
        let o = ops(g)
        XCTAssertFalse(o.contains("CheckInt32NoOverflow"), "\(o)")
        let wrapped = try XCTUnwrap(g.liveNodes.first { "\($0.opcode)" == "TruncateFloat64ToInt32" })
        XCTAssertEqual("\(wrapped.inputs[0].opcode)", "Int32Sub")
        let (c, clog) = try lowered("f", "function f(a, b) { return a - b < 0; } f(1, 2); f(3, 4);")
        XCTAssertEqual(clog.rewrites.first?.rule, "lower-int32-sub")
        XCTAssertTrue(ops(c).contains("CheckInt32NoOverflow"), "\(ops(c))")
        // Both compute what the interpreter computes when the difference overflows.
        let src = """
        function t(a, b) { return ((a - b) | 0) + ":" + ((a + b) >> 1) + ":" + (a - b < 0); }
        for (let i = 0; i < 30; i++) t(i, 3);
        console.log(t(-2147483648, 1), t(2147483647, 2147483647));
        """
        let (reference, _, _) = OptimizerTestSupport.run(src, ["--no-opt"])
        let (optimized, _, compiler) = OptimizerTestSupport.run(src, ["--jit-threshold=5", "--verify-ir"])
        XCTAssertEqual(optimized, reference)
        XCTAssertEqual(reference, "2147483647:-1073741824:true 0:-1:false\n")
        XCTAssertTrue(compiler?.log.rewrites.contains { $0.rule == "lower-int32-sub-truncated" } == true)
    }

    /// x >>> 0 is x when x is already a uint32 (a non-negative int32); a negative int32 is not.
    func testUnsignedShiftByZeroOfAUint32IsTheValue() throws {
        let (g, log) = try lowered("f", "function f(a) { return (a & 255) >>> 0; } f(1); f(2);")
        XCTAssertTrue(log.rewrites.contains { $0.rule == "eliminate-unsigned-shift" }, "\(log.rewrites.map(\.rule))")
        XCTAssertFalse(ops(g).contains("Uint32Shr"), "\(ops(g))")
        let (s, slog) = try lowered("f", "function f(a) { return a >>> 0; } f(1); f(2);")
        XCTAssertFalse(slog.rewrites.contains { $0.rule == "eliminate-unsigned-shift" })
        XCTAssertTrue(ops(s).contains("Uint32Shr"), "\(ops(s))")
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
