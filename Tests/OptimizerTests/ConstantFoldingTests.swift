import XCTest
@testable import JSEngine
@testable import Optimizer

/// Constant folding: exact JS semantics on constants, redundant checks, range-decided
/// comparisons, -0/NaN-safe identities, strength reduction and branch folding.
final class ConstantFoldingTests: XCTestCase {
    private let fs = { (g: Graph) in FrameState(code: g.code, pc: 0, registers: [], context: nil, parent: nil) }

    /// A one-block graph returning the node `build` makes; types it and runs constant folding.
    @discardableResult
    private func fold(options: EngineOptions = EngineOptions(), _ build: (Graph, Block) -> Node) -> (Graph, Node, RewriteLog) {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b = g.newBlock()
        let start = g.add(.start, in: b)
        let result = build(g, b)
        let ret = g.add(.return, [result], effect: start, in: b)
        for n in g.liveNodes where n.opcode.canDeoptimize && n.frameState == nil { n.frameState = fs(g) }
        let log = RewriteLog(options: options)
        Typer.typeGraph(g)
        g.currentPhase = "constant-folding"
        ConstantFoldingPhase().run(PhaseContext(graph: g, log: log, options: options, phase: "constant-folding"))
        XCTAssertEqual(IRVerifier.check(g), [])
        return (g, ret.inputs[0], log)
    }

    private func num(_ g: Graph, _ b: Block, _ d: Double) -> Node { g.add(.constant(.number(d)), in: b) }
    private func param(_ g: Graph, _ b: Block, _ check: Opcode, _ i: Int = 1) -> Node {
        g.add(check, [g.add(.parameter(i), in: b)], in: b)
    }
    private func value(_ n: Node) -> Double? {
        if case .constant(.number(let d)) = n.opcode { return d }
        return nil
    }
    private func binary(_ op: Opcode, _ a: Double, _ b: Double) -> Node {
        fold { g, blk in g.add(op, [self.num(g, blk, a), self.num(g, blk, b)], in: blk) }.1
    }

    func testShiftsMaskTheirCount() {
        XCTAssertEqual(value(binary(.int32Shl, 1, 32)), 1)
        XCTAssertEqual(value(binary(.int32Shl, 1, 31)), -2147483648)
        XCTAssertEqual(value(binary(.uint32Shr, -1, 0)), 4294967295)
        XCTAssertEqual(value(binary(.int32Sar, -8, 33)), -4)
        XCTAssertEqual(value(binary(.int32BitAnd, -1, 255)), 255)
    }

    func testInt32FoldsOnlyInt32Results() {
        let overflow = binary(.int32Add, 2147483647, 1)
        XCTAssertEqual("\(overflow.opcode)", "Int32Add", "overflow must not wrap")
        XCTAssertEqual(value(binary(.int32Add, 2147483646, 1)), 2147483647)
        XCTAssertEqual("\(binary(.int32Mul, 0, -5).opcode)", "Int32Mul", "0 * -5 is -0, not an int32")
        XCTAssertEqual(value(binary(.int32Sub, 3, 10)), -7)
    }

    func testFloatFoldingKeepsMinusZeroAndNaN() throws {
        let mz = try XCTUnwrap(value(binary(.float64Mul, 0, -5)))
        XCTAssertTrue(mz == 0 && mz.sign == .minus)
        XCTAssertTrue(try XCTUnwrap(value(binary(.float64Div, 0, 0))).isNaN)
        XCTAssertEqual(value(binary(.float64Mod, -7, 2)), -1)
        let modMZ = try XCTUnwrap(value(binary(.float64Mod, -4, 2)))
        XCTAssertTrue(modMZ == 0 && modMZ.sign == .minus)
        XCTAssertTrue(try XCTUnwrap(value(binary(.float64Pow, 1, .infinity))).isNaN)
        let round = try XCTUnwrap(value(fold { g, b in g.add(.mathCall("round"), [self.num(g, b, -0.4)], in: b) }.1))
        XCTAssertTrue(round == 0 && round.sign == .minus)
        let expm1 = try XCTUnwrap(value(fold { g, b in g.add(.mathCall("expm1"), [self.num(g, b, -0.0)], in: b) }.1))
        XCTAssertTrue(expm1 == 0 && expm1.sign == .minus)
    }

    func testMulByZeroNeedsANonNegativeOperand() {
        // x * 0 for an arbitrary number (or int32) x may be -0 or NaN: not folded.
        let any = fold { g, b in g.add(.float64Mul, [self.param(g, b, .checkNumber), self.num(g, b, 0)], in: b) }.1
        XCTAssertEqual("\(any.opcode)", "Float64Mul")
        let int = fold { g, b in g.add(.int32Mul, [self.param(g, b, .checkInt32), self.num(g, b, 0)], in: b) }.1
        XCTAssertEqual("\(int.opcode)", "Int32Mul")
        let (_, nonNeg, log) = fold { g, b in
            let x = g.add(.int32BitAnd, [self.param(g, b, .checkInt32), self.num(g, b, 255)], in: b)
            return g.add(.int32Mul, [x, self.num(g, b, 0)], in: b)
        }
        XCTAssertEqual(value(nonNeg), 0)
        XCTAssertTrue(log.rewrites.contains { $0.rule == "simplify-mul-zero" })
    }

    func testAdditiveIdentitiesRespectMinusZero() {
        let plusZero = fold { g, b in g.add(.float64Add, [self.param(g, b, .checkNumber), self.num(g, b, 0)], in: b) }.1
        XCTAssertEqual("\(plusZero.opcode)", "Float64Add", "-0 + 0 is 0")
        let minusZero = fold { g, b in g.add(.float64Add, [self.param(g, b, .checkNumber), self.num(g, b, -0.0)], in: b) }.1
        XCTAssertEqual("\(minusZero.opcode)", "CheckNumber")
        let int = fold { g, b in g.add(.int32Add, [self.num(g, b, 0), self.param(g, b, .checkInt32)], in: b) }.1
        XCTAssertEqual("\(int.opcode)", "CheckInt32")
        let mulOne = fold { g, b in g.add(.float64Mul, [self.param(g, b, .checkNumber), self.num(g, b, 1)], in: b) }.1
        XCTAssertEqual("\(mulOne.opcode)", "CheckNumber")
        let or0 = fold { g, b in g.add(.int32BitOr, [self.param(g, b, .checkInt32), self.num(g, b, 0)], in: b) }.1
        XCTAssertEqual("\(or0.opcode)", "CheckInt32")
        let andM1 = fold { g, b in g.add(.int32BitAnd, [self.param(g, b, .checkInt32), self.num(g, b, -1)], in: b) }.1
        XCTAssertEqual("\(andM1.opcode)", "CheckInt32")
        // x | 0 on a non-int32 number truncates: kept.
        let orNum = fold { g, b in g.add(.int32BitOr, [self.param(g, b, .checkNumber), self.num(g, b, 0)], in: b) }.1
        XCTAssertEqual("\(orNum.opcode)", "Int32BitOr")
    }

    func testStrengthReduction() {
        let (_, shl, _) = fold { g, b in
            let x = g.add(.int32BitAnd, [self.param(g, b, .checkInt32), self.num(g, b, 1023)], in: b)
            return g.add(.int32Mul, [x, self.num(g, b, 8)], in: b)
        }
        XCTAssertEqual("\(shl.opcode)", "Int32Shl")
        XCTAssertEqual(shl.type.description, "Range(0, 8184)")
        // May overflow: stays a multiplication.
        let mul = fold { g, b in g.add(.int32Mul, [self.param(g, b, .checkInt32), self.num(g, b, 8)], in: b) }.1
        XCTAssertEqual("\(mul.opcode)", "Int32Mul")
        let (_, mask, _) = fold { g, b in
            let x = g.add(.uint32Shr, [self.param(g, b, .checkInt32), self.num(g, b, 1)], in: b)
            return g.add(.float64Mod, [x, self.num(g, b, 16)], in: b)
        }
        XCTAssertEqual("\(mask.opcode)", "Int32BitAnd")
        // A possibly negative dividend keeps its sign: no mask.
        let mod = fold { g, b in g.add(.float64Mod, [self.param(g, b, .checkInt32), self.num(g, b, 16)], in: b) }.1
        XCTAssertEqual("\(mod.opcode)", "Float64Mod")
    }

    func testRedundantChecksAndRangeComparisons() {
        let (g, _, log) = fold { g, b in
            let x = g.add(.int32BitAnd, [self.param(g, b, .checkInt32), self.num(g, b, 7)], in: b)
            let c = g.add(.checkInt32, [x], in: b)
            return g.add(.numberLessThan, [c, self.num(g, b, 8)], in: b)
        }
        XCTAssertEqual(g.liveNodes.filter { "\($0.opcode)" == "CheckInt32" }.count, 1)
        XCTAssertTrue(g.liveNodes.contains { "\($0.opcode)" == "Constant[true]" })
        XCTAssertEqual(log.rewrites.map(\.rule), ["eliminate-redundant-check", "fold-compare-by-range"])
        // NaN makes every comparison false but never true.
        let nan = fold { g, b in g.add(.numberLessThan, [self.param(g, b, .checkNumber), self.num(g, b, .infinity)], in: b) }.1
        XCTAssertEqual("\(nan.opcode)", "NumberLessThan")
    }

    func testBranchFoldingRemovesTheDeadEdgeAndPhiInputs() throws {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b0 = g.newBlock(), b1 = g.newBlock(), b2 = g.newBlock(), b3 = g.newBlock()
        let start = g.add(.start, in: b0)
        let one = g.add(.constant(.number(1)), in: b0)
        let two = g.add(.constant(.number(2)), in: b0)
        let cmp = g.add(.numberLessThan, [two, one], in: b0)
        g.add(.branch, [cmp], in: b0)
        g.connect(b0, b1); g.connect(b0, b2)
        let ten = g.add(.constant(.number(10)), in: b1)
        g.add(.goto, in: b1)
        let twenty = g.add(.constant(.number(20)), in: b2)
        g.add(.goto, in: b2)
        g.connect(b1, b3); g.connect(b2, b3)
        let phi = g.addPhi([ten, twenty], in: b3)
        let ephi = g.add(.effectPhi, [start, start], in: nil)
        g.place(ephi, in: b3, before: phi)
        g.add(.return, [phi], effect: ephi, in: b3)
        XCTAssertEqual(IRVerifier.check(g), [])
        let log = RewriteLog(options: EngineOptions())
        TyperPhase().run(PhaseContext(graph: g, log: log, options: EngineOptions(), phase: "typer"))
        XCTAssertEqual(phi.type.description, "Range(10, 20)")
        ConstantFoldingPhase().run(PhaseContext(graph: g, log: log, options: EngineOptions(), phase: "constant-folding"))
        XCTAssertEqual(IRVerifier.check(g), [])
        XCTAssertEqual(log.rewrites.map(\.rule), ["fold-number-less-than", "fold-branch-false"])
        XCTAssertEqual(g.blocks.map(\.id), [0, 2, 3])
        XCTAssertEqual(phi.inputs.count, 1)
        XCTAssertTrue(phi.inputs[0] === twenty)
        XCTAssertEqual(phi.type.description, "20")
        XCTAssertEqual(b0.terminator?.opcode.description, "Goto")
    }

    /// SameValue is false when the operand types share no value: an int32 is never -0, an
    /// integer never 0.5; it stays when they may meet.
    func testSameValueDecidedByTypes() {
        func sameValue(_ check: Opcode, _ d: Double) -> (Node, RewriteLog) {
            let (_, n, log) = fold { g, b in g.add(.sameValue, [self.param(g, b, check), self.num(g, b, d)], in: b) }
            return (n, log)
        }
        let (int32MinusZero, log) = sameValue(.checkInt32, -0.0)
        XCTAssertEqual("\(int32MinusZero.opcode)", "Constant[false]")
        XCTAssertEqual(log.rewrites.map(\.rule), ["fold-same-value-by-type"])
        XCTAssertEqual("\(sameValue(.checkInt32, 0.5).0.opcode)", "Constant[false]")
        XCTAssertEqual("\(sameValue(.checkInt32, 7).0.opcode)", "SameValue")
        XCTAssertEqual("\(sameValue(.checkNumber, -0.0).0.opcode)", "SameValue", "a number may be -0")
        XCTAssertEqual("\(sameValue(.checkNumber, .nan).0.opcode)", "SameValue", "a number may be NaN")
        let expm1 = fold { g, b in
            g.add(.sameValue, [g.add(.mathCall("expm1"), [self.param(g, b, .checkNumber)], in: b), self.num(g, b, -0.0)], in: b)
        }.1
        XCTAssertEqual("\(expm1.opcode)", "SameValue", "Math.expm1(-0) is -0")
        let minOfInt = fold { g, b in
            g.add(.sameValue, [g.add(.mathCall("min"), [self.param(g, b, .checkInt32), self.num(g, b, 0)], in: b),
                               self.num(g, b, -0.0)], in: b)
        }.1
        XCTAssertEqual("\(minOfInt.opcode)", "Constant[false]", "no operand is ever -0")
    }

    /// A value compared with itself (through two guards of it): `x < x` is false, `x === x`
    /// true unless x may be NaN.
    func testSelfComparisons() {
        func compare(_ op: Opcode, _ check: Opcode) -> String {
            let n = fold { g, b in
                let p = g.add(.parameter(1), in: b)
                return g.add(op, [g.add(check, [p], in: b), g.add(check, [p], in: b)], in: b)
            }.1
            return "\(n.opcode)"
        }
        XCTAssertEqual(compare(.numberEqual, .checkInt32), "Constant[true]")
        XCTAssertEqual(compare(.numberEqual, .checkNumber), "NumberEqual", "NaN !== NaN")
        XCTAssertEqual(compare(.numberLessThanOrEqual, .checkNumber), "NumberLessThanOrEqual")
        XCTAssertEqual(compare(.numberLessThanOrEqual, .checkInt32), "Constant[true]")
        XCTAssertEqual(compare(.numberLessThan, .checkNumber), "Constant[false]")
        XCTAssertEqual(compare(.sameValue, .checkNumber), "Constant[true]")
    }

    func testBisectLimitZeroLeavesTheGraphUnchanged() {
        var options = EngineOptions()
        options.optBisectLimit = 0
        let (g, n, log) = fold(options: options) { g, b in
            let x = g.add(.int32Add, [self.num(g, b, 1), self.num(g, b, 2)], in: b)
            return g.add(.checkInt32, [x], in: b)
        }
        XCTAssertEqual(g.liveNodes.map { "\($0.opcode)" }, ["Start", "Constant[1]", "Constant[2]", "Int32Add", "CheckInt32", "Return"])
        XCTAssertEqual("\(n.opcode)", "CheckInt32")
        XCTAssertEqual(log.appliedCount, 0)
        XCTAssertGreaterThan(log.total, 0)
    }

    func testPipelineOnJSIsVerifierClean() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: """
        function f(a) { let s = 0; for (let i = 0; i < a; i++) { s = s + (i & 7) * 2; } if (1 > 2) s = -1; return s + (1 << 32) + (-1 >>> 0); }
        f(5); f(6);
        """)
        let log = RewriteLog(options: EngineOptions())
        for p in [TyperPhase(), TypedLoweringPhase(), ConstantFoldingPhase()] as [OptimizationPhase] {
            g.currentPhase = p.id
            p.run(PhaseContext(graph: g, log: log, options: EngineOptions(), phase: p.id))
            XCTAssertEqual(IRVerifier.check(g), [], p.id)
        }
        let o = g.liveNodes.map { "\($0.opcode)" }
        XCTAssertTrue(o.contains("Constant[4294967295]"), "\(o)")
        XCTAssertTrue(o.contains("Int32Shl"), "(i & 7) * 2 becomes a shift: \(o)")
        XCTAssertTrue(log.rewrites.contains { $0.rule == "fold-branch-false" })
    }
}
