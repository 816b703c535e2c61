import XCTest
@testable import JSEngine
@testable import Optimizer

/// The typer: singleton constants, JS operator results, check narrowing, interval
/// arithmetic with -0/NaN tracking, bitwise/shift rules, Math calls and loop widening.
final class TyperTests: XCTestCase {
    private func run(_ g: Graph, options: EngineOptions = EngineOptions()) -> RewriteLog {
        let log = RewriteLog(options: options)
        g.currentPhase = "typer"
        TyperPhase().run(PhaseContext(graph: g, log: log, options: options, phase: "typer"))
        return log
    }

    /// A one-block graph: `build` adds nodes (the block, the start node), then a return of the last one.
    private func snippet(_ build: (Graph, Block, Node) -> Node) -> (Graph, Node) {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b = g.newBlock()
        let start = g.add(.start, in: b)
        let result = build(g, b, start)
        g.add(.return, [result], effect: start, in: b)
        return (g, result)
    }

    private func num(_ g: Graph, _ b: Block, _ d: Double) -> Node { g.add(.constant(.number(d)), in: b) }

    /// A parameter narrowed by `check` (with a frame state so the verifier accepts it).
    private func checked(_ g: Graph, _ b: Block, _ check: Opcode, _ index: Int = 1) -> Node {
        let p = g.add(.parameter(index), in: b)
        let c = g.add(check, [p], in: b)
        c.frameState = FrameState(code: g.code, pc: 0, registers: [], context: nil, parent: nil)
        return c
    }

    /// The type of `op` applied to nodes made by `inputs`.
    private func typeOf(_ op: Opcode, _ inputs: @escaping (Graph, Block) -> [Node]) -> IRType {
        let (g, n) = snippet { g, b, _ in g.add(op, inputs(g, b), in: b) }
        for x in g.liveNodes where x.opcode.canDeoptimize && x.frameState == nil {
            x.frameState = FrameState(code: g.code, pc: 0, registers: [], context: nil, parent: nil)
        }
        _ = run(g)
        XCTAssertEqual(IRVerifier.check(g), [])
        return n.type
    }

    func testConstantsGetSingletonTypes() {
        XCTAssertEqual(typeOf(.float64Add) { g, b in [self.num(g, b, 3), self.num(g, b, 4)] }.description, "7")
        XCTAssertEqual(IRType.constant(.number(-0.0)).description, "MinusZero")
        XCTAssertEqual(IRType.constant(.number(.nan)).description, "NaN")
        XCTAssertEqual(IRType.constant(.number(1.5)).description, "Number[1.5, 1.5]")
    }

    func testEveryLiveNodeIsTypedByTheTyperAndNothingIsRewritten() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: "function f(a, b) { var d = a - b; return a + b; } f(1, 2); f(3, 4);")
        let log = run(g)
        XCTAssertEqual(log.total, 0)
        for n in g.liveNodes { XCTAssertEqual(n.typedBy, "typer", "\(n)") }
        let add = try XCTUnwrap(g.liveNodes.first { "\($0.opcode)" == "SpeculativeNumberAdd[int32]" })
        XCTAssertEqual(add.type, .range(-4294967296, 4294967294))
        let checks = g.liveNodes.filter { if case .checkInt32 = $0.opcode { return true }; return false }
        XCTAssertEqual(checks.count, 2, "the subtraction's operand guards")
        for c in checks { XCTAssertEqual(c.type, .int32) }
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    func testGenericOperatorResults() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: """
        function f(a, b) { return [a + b, a - b, a | b, a >>> b, a < b]; }
        f({}, 'x'); f(1, null);
        """)
        _ = run(g)
        func typeOfOp(_ s: String) -> String? { g.liveNodes.first { "\($0.opcode)" == s }?.type.description }
        XCTAssertEqual(typeOfOp("JS[+]"), "Number|MinusZero|NaN|String")
        XCTAssertEqual(typeOfOp("JS[-]"), "Number|MinusZero|NaN")
        XCTAssertEqual(typeOfOp("JS[|]"), "Range(-2147483648, 2147483647)")
        XCTAssertEqual(typeOfOp("JS[>>>]"), "Range(0, 4294967295)")
        XCTAssertEqual(typeOfOp("JS[<]"), "Boolean")
    }

    func testChecksNarrow() {
        XCTAssertEqual(typeOf(.checkInt32) { g, b in [self.num(g, b, 5)] }.description, "5")
        XCTAssertEqual(typeOf(.checkInt32) { g, b in [g.add(.parameter(1), in: b)] }, .int32)
        XCTAssertEqual(typeOf(.checkNumber) { g, b in [g.add(.parameter(1), in: b)] }, .number)
        XCTAssertEqual(typeOf(.checkString) { g, b in [g.add(.parameter(1), in: b)] }, .string)
    }

    func testInt32ArithmeticKeepsTheRealRangeOnOverflow() {
        let t = typeOf(.int32Add) { g, b in [self.checked(g, b, .checkInt32), self.num(g, b, 1)] }
        XCTAssertEqual(t.description, "Range(-2147483647, 2147483648)")
        XCTAssertFalse(t.isInt32)
        let m = typeOf(.int32Mul) { g, b in [self.checked(g, b, .checkInt32), self.num(g, b, 0)] }
        XCTAssertTrue(m.maybeMinusZero, "int32 * 0 is -0 for negative int32")
    }

    func testFloatMinusZeroAndNaNTracking() {
        // x * y may be -0 when one side may be 0 and the other negative.
        let mul = typeOf(.float64Mul) { g, b in [self.checked(g, b, .checkInt32), self.num(g, b, 0)] }
        XCTAssertTrue(mul.maybeMinusZero)
        XCTAssertFalse(mul.maybeNaN)
        let pos = typeOf(.float64Mul) { g, b in [self.num(g, b, 3), self.num(g, b, 0)] }
        XCTAssertEqual(pos.description, "0")
        // x + y is -0 only if both may be -0.
        let add = typeOf(.float64Add) { g, b in [self.checked(g, b, .checkNumber), self.num(g, b, 0)] }
        XCTAssertFalse(add.maybeMinusZero)
        XCTAssertTrue(add.maybeNaN)
        let addMZ = typeOf(.float64Add) { g, b in [self.checked(g, b, .checkNumber), self.num(g, b, -0.0)] }
        XCTAssertTrue(addMZ.maybeMinusZero)
        // Infinity - Infinity is NaN.
        let sub = typeOf(.float64Sub) { g, b in [self.num(g, b, .infinity), self.num(g, b, .infinity)] }
        XCTAssertTrue(sub.maybeNaN)
        let neg = typeOf(.float64Negate) { g, b in [self.num(g, b, 0)] }
        XCTAssertEqual(neg.description, "MinusZero")
    }

    func testBitwiseAndShiftRules() {
        let and7 = typeOf(.int32BitAnd) { g, b in [self.checked(g, b, .checkNumber), self.num(g, b, 7)] }
        XCTAssertEqual(and7.description, "Range(0, 7)")
        // x & -8 may be any negative int32 multiple of 8: int32, not [-8, 0].
        let andNeg = typeOf(.int32BitAnd) { g, b in [self.checked(g, b, .checkInt32), self.num(g, b, -8)] }
        XCTAssertEqual(andNeg, .int32)
        let sar = typeOf(.int32Sar) { g, b in [self.checked(g, b, .checkInt32), self.num(g, b, 16)] }
        XCTAssertEqual(sar.description, "Range(-32768, 32767)")
        let shr = typeOf(.uint32Shr) { g, b in [self.checked(g, b, .checkInt32), self.checked(g, b, .checkInt32, 2)] }
        XCTAssertEqual(shr, .uint32)
        let shr28 = typeOf(.uint32Shr) { g, b in [self.checked(g, b, .checkInt32), self.num(g, b, 28)] }
        XCTAssertEqual(shr28.description, "Range(0, 15)")
        let shl = typeOf(.int32Shl) { g, b in [self.num(g, b, 1), self.num(g, b, 32)] }
        XCTAssertEqual(shl.description, "1")
        let cmp = typeOf(.numberLessThan) { g, b in [self.num(g, b, 1), self.num(g, b, 2)] }
        XCTAssertEqual(cmp, .boolean)
        let change = typeOf(.changeInt32ToFloat64) { g, b in [self.num(g, b, 12)] }
        XCTAssertEqual(change.description, "12")
    }

    func testMathCalls() {
        let abs = typeOf(.mathCall("abs")) { g, b in [self.checked(g, b, .checkInt32)] }
        XCTAssertEqual(abs.description, "Range(0, 2147483648)")
        let expm1 = typeOf(.mathCall("expm1")) { g, b in [self.checked(g, b, .checkNumber)] }
        XCTAssertTrue(expm1.maybeMinusZero, "expm1(-0) is -0")
        let ceil = typeOf(.mathCall("ceil")) { g, b in [self.checked(g, b, .checkNumber)] }
        XCTAssertTrue(ceil.maybeMinusZero, "ceil(-0.5) is -0")
        let floor = typeOf(.mathCall("floor")) { g, b in [self.num(g, b, 2.5)] }
        XCTAssertEqual(floor.description, "2")
        let sign = typeOf(.mathCall("sign")) { g, b in [self.checked(g, b, .checkInt32)] }
        XCTAssertEqual(sign.description, "Range(-1, 1)")
        let max = typeOf(.mathCall("max")) { g, b in [self.num(g, b, 3), self.checked(g, b, .checkInt32)] }
        XCTAssertEqual(max.description, "Range(3, 2147483647)")
        let cat = typeOf(.stringConcat) { g, b in [self.checked(g, b, .checkString), self.checked(g, b, .checkString, 2)] }
        XCTAssertEqual(cat, .string)
    }

    /// indexOf / lastIndexOf on a receiver of known length n: [-1, n - 1] for a needle known
    /// to be non-empty, [-1, n] otherwise ("abc".lastIndexOf("") is 3).
    func testStringIndexOfRange() {
        func string(_ g: Graph, _ b: Block, _ s: String) -> Node { g.add(.constant(.string(JSString(s))), in: b) }
        let known = typeOf(.stringIndexOf(last: false)) { g, b in [string(g, b, "abcdef"), string(g, b, "f")] }
        XCTAssertEqual(known.description, "Range(-1, 5)")
        let empty = typeOf(.stringIndexOf(last: true)) { g, b in [string(g, b, "abcdef"), string(g, b, "")] }
        XCTAssertEqual(empty.description, "Range(-1, 6)")
        let unknown = typeOf(.stringIndexOf(last: true)) { g, b in
            let needle = g.add(.checkString, [g.add(.parameter(1), in: b)], in: b)
            needle.frameState = FrameState(code: g.code, pc: 0, registers: [], context: nil, parent: nil)
            return [g.add(.checkString, [string(g, b, "abcdef")], in: b), needle]
        }
        XCTAssertEqual(unknown.description, "Range(-1, 6)", "through the receiver's guard")
    }

    /// Math.min / Math.max may return -0 when an operand may be -0, even with 0 in range.
    func testMinMaxKeepMinusZero() {
        let minMZ = typeOf(.mathCall("min")) { g, b in [self.checked(g, b, .checkNumber), self.num(g, b, 0)] }
        XCTAssertTrue(minMZ.maybeMinusZero, "Math.min(-0, 0) is -0")
        let maxMZ = typeOf(.mathCall("max")) { g, b in [self.checked(g, b, .checkNumber), self.num(g, b, -1)] }
        XCTAssertTrue(maxMZ.maybeMinusZero, "Math.max(-0, -1) is -0")
        let ints = typeOf(.mathCall("min")) { g, b in [self.checked(g, b, .checkInt32), self.num(g, b, 0)] }
        XCTAssertFalse(ints.maybeMinusZero)
    }

    func testLoopPhisReachAFixedPointWithWidening() throws {
        let g = try OptimizerTestSupport.graph(of: "sum", in: """
        function sum(n) { let s = 0; for (let i = 0; i < n; i++) s = s + (i & 255); return s; }
        sum(10); sum(20);
        """)
        _ = run(g)
        let header = try XCTUnwrap(g.blocks.first { $0.isLoopHeader })
        let phis = header.phis.filter {
            if case .phi = $0.opcode, case .constant(.number(0)) = $0.inputs[0].opcode { return true }
            return false
        }
        XCTAssertEqual(phis.count, 2)
        for phi in phis {
            // Both start at 0 and only grow; widening and narrowing keep them finite-below and sound.
            XCTAssertEqual(phi.type.min, 0, "\(phi) \(phi.type)")
            XCTAssertTrue(phi.type.integral)
            XCTAssertFalse(phi.type.maybeNaN)
            XCTAssertFalse(phi.type.maybeMinusZero)
        }
        let and = try XCTUnwrap(g.liveNodes.first { "\($0.opcode)" == "JS[&]" })
        XCTAssertEqual(and.type.description, "Range(0, 255)")
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    func testWideningGoesToInt32LimitsOrInfinity() {
        let old = IRType.range(0, 10), grown = IRType.range(0, 11)
        XCTAssertEqual(Typer.widen(old, grown).description, "Range(0, 2147483647)")
        XCTAssertEqual(Typer.widen(IRType.range(0, 2147483647), IRType.range(0, 2147483648)).description, "Range(0, inf)")
        XCTAssertEqual(Typer.widen(IRType.range(-3, 0), IRType.range(-4, 0)).description, "Range(-2147483648, 0)")
    }

    /// Soundness: for random sets of sample values, the type of each typed operation on the
    /// sets' types contains the JS result of the operation on every pair of members.
    func testTypesAreSoundOnSampledValues() {
        let samples: [Double] = [-0.0, 0, 1, -1, 0.5, -0.5, -0.4, 2.5, -3, 7, 8, -8, 31, 32, 33, 255, 2147483647,
                                 -2147483648, 4294967295, 1e300, -1e300, .infinity, -.infinity, .nan, 1e-320, -1e-320,
                                 0.9999, -0.9999, 1073741824, -2147483649, 2147483648, 0.49999999999999994, -1.5, 3]
        func js(_ op: Opcode, _ v: [Double]) -> Double {
            func i32(_ d: Double) -> Int32 { NumberConversion.toInt32(d) }
            switch op {
            case .int32Add, .float64Add: return v[0] + v[1]
            case .int32Sub, .float64Sub: return v[0] - v[1]
            case .int32Mul, .float64Mul: return v[0] * v[1]
            case .int32Div, .float64Div: return v[0] / v[1]
            case .int32Mod, .float64Mod: return v[0].truncatingRemainder(dividingBy: v[1])
            case .float64Negate: return -v[0]
            case .truncateFloat64ToInt32: return Double(i32(v[0]))
            case .mathCall(let name):
                switch name {
                case "abs": return JSMath.abs(v[0])
                case "floor": return JSMath.floor(v[0])
                case "ceil": return JSMath.ceil(v[0])
                case "round": return JSMath.round(v[0])
                case "trunc": return JSMath.trunc(v[0])
                case "sign": return JSMath.sign(v[0])
                case "expm1": return JSMath.expm1(v[0])
                case "sqrt": return JSMath.sqrt(v[0])
                case "min": return JSMath.min(v)
                default: return JSMath.max(v)
                }
            default:
                if let r = ConstantFoldingPhase.evaluate(op, v) { return r }
                XCTFail("no semantics for \(op)")
                return .nan
            }
        }
        let binary: [Opcode] = [.int32Add, .int32Sub, .int32Mul, .int32Div, .int32Mod, .int32BitAnd, .int32BitOr,
                                .int32BitXor, .int32Shl, .int32Sar, .uint32Shr, .float64Add, .float64Sub, .float64Mul,
                                .float64Div, .float64Mod, .mathCall("min"), .mathCall("max")]
        let unary: [Opcode] = [.float64Negate, .truncateFloat64ToInt32, .mathCall("abs"), .mathCall("floor"),
                               .mathCall("ceil"), .mathCall("round"), .mathCall("trunc"), .mathCall("sign"),
                               .mathCall("expm1"), .mathCall("sqrt")]
        var rng = SystemRandomNumberGenerator()
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        _ = rng.next()
        func subset() -> [Double] { (0..<(1 + next() % 4)).map { _ in samples[next() % samples.count] } }
        func typeOf(_ vs: [Double]) -> IRType { vs.reduce(IRType.none) { $0.union(IRType.constant(.number($1))) } }
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b = g.newBlock()
        let p1 = g.add(.parameter(1), in: b), p2 = g.add(.parameter(2), in: b)
        var failures: [String] = []
        for _ in 0..<5000 {
            let a = subset(), c = subset()
            let ta = typeOf(a), tc = typeOf(c)
            let lookup: (Node) -> IRType = { $0 === p1 ? ta : tc }
            for op in binary {
                let n = g.add(op, [p1, p2], in: nil)
                let t = Typer.type(of: n, lookup)
                for x in a { for y in c {
                    let r = js(op, [x, y])
                    if !t.contains(.number(r)) { failures.append("\(op)(\(x), \(y)) = \(r) not in \(t) [\(ta), \(tc)]") }
                } }
            }
            for op in [Opcode.numberLessThan, .numberLessThanOrEqual, .numberEqual] {
                guard let decided = ConstantFoldingPhase.compareByRange(op, ta, tc) else { continue }
                for x in a { for y in c where ConstantFoldingPhase.compare(op, x, y) != decided {
                    failures.append("\(op)(\(x), \(y)) decided \(decided) by range [\(ta), \(tc)]")
                } }
            }
            for op in unary {
                let n = g.add(op, [p1], in: nil)
                let t = Typer.type(of: n, lookup)
                for x in a {
                    let r = js(op, [x])
                    if !t.contains(.number(r)) { failures.append("\(op)(\(x)) = \(r) not in \(t) [\(ta)]") }
                }
            }
        }
        XCTAssertTrue(failures.isEmpty, "\(failures.count) unsound: " + failures.prefix(15).joined(separator: "\n"))
    }
}
