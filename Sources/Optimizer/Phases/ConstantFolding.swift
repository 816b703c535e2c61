import Foundation
import JSEngine

/// Constant folding and algebraic simplification of typed operations: evaluates pure
/// operations on constants with exact JS semantics (int32 results only when they are
/// int32, shift counts masked by 31, -0 and NaN exact), removes speculation checks whose
/// input's type already satisfies them, decides comparisons from operand ranges (and
/// SameValue from operand types, as V8's typer does for `Object.is(x, -0)`; and a value
/// compared with itself: `x <= x` holds unless x may be NaN), simplifies identities
/// (x+(-0), x*1, x|0, x&-1 ...) only where -0/NaN cannot tell them apart, strength-reduces
/// (x*2^k -> x<<k without overflow, x%2^k -> x&(2^k-1) for x>=0) and folds branches on
/// decided conditions (dropping the dead edge and unreachable blocks). Mirrors V8
/// TurboFan's `ConstantFoldingReducer`, `MachineOperatorReducer` and
/// `CommonOperatorReducer` (branch folding), and LLVM's InstCombine / SCCP folding.
public struct ConstantFoldingPhase: OptimizationPhase {
    public let id = "constant-folding"
    public init() {}

    static let maxRounds = 4

    public func run(_ ctx: PhaseContext) {
        let g = ctx.graph
        // Types as the typer would give them now (typed lowering's new nodes make them narrower).
        Typer.typeGraph(g, onlyChanged: true)
        for _ in 0..<ConstantFoldingPhase.maxRounds {
            var changed = false
            let blocks = g.blocks
            for b in blocks {
                for n in b.nodes where !n.isDead && n.block != nil {
                    if fold(n, ctx) { changed = true }
                }
            }
            if !changed { break }
            // New constants narrow the types of their users: type again for the next round.
            Typer.typeGraph(g, onlyChanged: true)
        }
    }

    // MARK: - Helpers

    private func make(_ op: Opcode, _ inputs: [Node], before at: Node, _ g: Graph) -> Node {
        g.addTyped(op, inputs, before: at)
    }

    private func replace(_ n: Node, with x: Node, _ g: Graph) {
        g.bypassEffect(n)
        g.replaceAllUses(of: n, with: x)
        g.kill(n)
    }

    static func numberConstant(_ n: Node) -> Double? {
        if case .constant(.number(let d)) = n.opcode { return d }
        return nil
    }

    static func isMinusZero(_ d: Double) -> Bool { d == 0 && d.sign == .minus }
    static func isPlusZero(_ d: Double) -> Bool { d == 0 && d.sign == .plus }

    static func isInt32Value(_ d: Double) -> Bool {
        d >= -2147483648 && d <= 2147483647 && d.rounded(.towardZero) == d && !isMinusZero(d)
    }

    /// `Int32Add` -> "int32-add", `NumberLessThan` -> "number-less-than".
    static func kebab(_ op: Opcode) -> String {
        if case .mathCall(let name) = op { return "math-" + name.lowercased().replacingOccurrences(of: "math.", with: "") }
        var out = ""
        var prev: Character = " "
        for c in "\(op)" {
            if c.isUppercase && (prev.isLowercase || prev.isNumber) { out.append("-") }
            out += c.lowercased()
            prev = c
        }
        return out
    }

    // MARK: - Evaluation with JS semantics

    /// The value of pure operation `op` on constant numbers, or nil when it does not fold
    /// (`faults`: the compilation's fault switch).
    static func evaluate(_ op: Opcode, _ v: [Double], faults: FaultSwitch? = nil) -> Double? {
        func i32(_ d: Double) -> Int32 { NumberConversion.toInt32(d) }
        func int32Result(_ d: Double) -> Double? { isInt32Value(d) ? d : nil }
        switch (op, v.count) {
        case (.int32Add, 2): return int32Result(v[0] + v[1])
        case (.int32Sub, 2): return int32Result(v[0] - v[1])
        case (.int32Mul, 2): return int32Result(v[0] * v[1])
        case (.int32Div, 2): return int32Result(v[0] / v[1])
        case (.int32Mod, 2): return int32Result(v[0].truncatingRemainder(dividingBy: v[1]))
        case (.int32BitAnd, 2): return Double(i32(v[0]) & i32(v[1]))
        case (.int32BitOr, 2): return Double(i32(v[0]) | i32(v[1]))
        case (.int32BitXor, 2): return Double(i32(v[0]) ^ i32(v[1]))
        case (.int32Shl, 2), (.int32Sar, 2), (.uint32Shr, 2): return shift(op, v[0], v[1], faults: faults)
        case (.float64Add, 2): return v[0] + v[1]
        case (.float64Sub, 2): return v[0] - v[1]
        case (.float64Mul, 2): return v[0] * v[1]
        case (.float64Div, 2): return v[0] / v[1]
        case (.float64Mod, 2): return v[0].truncatingRemainder(dividingBy: v[1])
        case (.float64Pow, 2): return JSMath.pow(v[0], v[1])
        case (.float64Negate, 1): return -v[0]
        case (.changeInt32ToFloat64, 1): return isInt32Value(v[0]) ? v[0] : nil
        case (.changeUint32ToFloat64, 1):
            return v[0] >= 0 && v[0] <= 4294967295 && v[0].rounded(.towardZero) == v[0] && !isMinusZero(v[0]) ? v[0] : nil
        case (.truncateFloat64ToInt32, 1): return Double(i32(v[0]))
        case (.mathCall(let name), let count):
            let f = name.hasPrefix("Math.") ? String(name.dropFirst(5)) : name
            switch (f, count) {
            case ("abs", 1): return JSMath.abs(v[0])
            case ("floor", 1): return JSMath.floor(v[0])
            case ("ceil", 1): return JSMath.ceil(v[0])
            case ("round", 1): return JSMath.round(v[0])
            case ("trunc", 1): return JSMath.trunc(v[0])
            case ("sign", 1): return JSMath.sign(v[0])
            case ("sqrt", 1): return JSMath.sqrt(v[0])
            case ("expm1", 1): return JSMath.expm1(v[0])
            case ("min", _): return JSMath.min(v)
            case ("max", _): return JSMath.max(v)
            default: return nil
            }
        default: return nil
        }
    }

    /// A shift of constant `x` by constant `count`: JS uses the count's low five bits
    /// (`1 << 32` is 1, `-8 >> 33` is -4).
    static func shift(_ op: Opcode, _ x: Double, _ count: Double, faults: FaultSwitch?) -> Double? {
        let k = NumberConversion.toUint32(count)
        // Fault constant-folding.shift-count-unmasked: the count used whole, so 32 or more shifts every bit out.
        let unmasked = k > 31 && faults?.injected(.constantFoldingShiftCountUnmasked) == true
        let signed = NumberConversion.toInt32(x)
        switch op {
        case .int32Shl: return unmasked ? 0 : Double(signed &<< (k & 31))
        case .int32Sar: return unmasked ? (signed < 0 ? -1 : 0) : Double(signed &>> (k & 31))
        case .uint32Shr: return unmasked ? 0 : Double(NumberConversion.toUint32(x) &>> (k & 31))
        default: return nil
        }
    }

    /// The boolean result of a comparison on constant numbers.
    static func compare(_ op: Opcode, _ a: Double, _ b: Double) -> Bool? {
        switch op {
        case .numberLessThan: return a < b
        case .numberLessThanOrEqual: return a <= b
        case .numberEqual: return a == b
        case .sameValue: return (a.isNaN && b.isNaN) || (a == b && a.sign == b.sign)
        default: return nil
        }
    }

    /// A comparison decided by its operands' ranges (-0 counts as 0; NaN makes it false).
    static func compareByRange(_ op: Opcode, _ at: IRType, _ bt: IRType) -> Bool? {
        guard at.isNumberOnly, bt.isNumberOnly else { return nil }
        let a = Typer.Num(at), b = Typer.Num(bt)
        let noNaN = !a.nan && !b.nan
        if !a.zHasRange || !b.zHasRange {
            // Only NaN (or nothing) on one side: every comparison is false.
            return false
        }
        switch op {
        case .numberLessThan:
            if noNaN && a.zhi < b.zlo { return true }
            if a.zlo >= b.zhi { return false }
        case .numberLessThanOrEqual:
            if noNaN && a.zhi <= b.zlo { return true }
            if a.zlo > b.zhi { return false }
        case .numberEqual:
            if a.zhi < b.zlo || b.zhi < a.zlo { return false }
            if noNaN && a.zlo == a.zhi && b.zlo == b.zhi && a.zlo == b.zlo { return true }
        default: break
        }
        return nil
    }

    /// A comparison of a value with itself (both operands guard the same value): `x < x` is
    /// false, and `x === x`, `x <= x` are true unless x may be NaN; SameValue is true.
    static func selfComparison(_ op: Opcode, _ at: IRType, _ bt: IRType, faults: FaultSwitch?) -> Bool? {
        // Both guards passed the same value: it is NaN only if both types allow it.
        let mayBeNaN = at.maybeNaN && bt.maybeNaN
        switch op {
        case .numberLessThan: return false
        case .sameValue: return true
        case .numberLessThanOrEqual: return mayBeNaN ? nil : true
        case .numberEqual:
            // Fault constant-folding.self-compare-nan: NaN forgotten, x === x taken as always true.
            return !mayBeNaN || faults?.injected(.constantFoldingSelfCompareNaN) == true ? true : nil
        default: return nil
        }
    }

    /// SameValue decided by its operands' types: false when no value belongs to both (a
    /// number range and -0, NaN and a range without it, integers and a fraction...).
    static func sameValueByType(_ at: IRType, _ bt: IRType) -> Bool? {
        let common = at.kinds.intersection(bt.kinds)
        if !common.subtracting(.number).isEmpty { return nil }   // strings, objects, undefined... may be equal
        if common.contains(.number) {
            if (at.maybeNaN && bt.maybeNaN) || (at.maybeMinusZero && bt.maybeMinusZero) { return nil }
            if at.min <= at.max && bt.min <= bt.max {
                let lo = Swift.max(at.min, bt.min), hi = Swift.min(at.max, bt.max)
                // The ranges meet; when one holds only integers, the meeting part must hold one.
                if lo <= hi && (!(at.integral || bt.integral) || lo.rounded(.up) <= hi.rounded(.down)) { return nil }
            }
        }
        return false
    }

    /// Truthiness of a branch condition known from its type (nil: unknown).
    static func truthiness(_ n: Node) -> Bool? {
        if case .constant(let v) = n.opcode {
            switch v {
            case .bool(let b): return b
            case .number(let d): return !(d == 0 || d.isNaN)
            case .undefined, .null: return false
            case .object: return true
            default: return nil
            }
        }
        let t = n.type
        if t.isEmpty { return nil }
        if t.kinds.isSubset(of: [.undefined, .null]) { return false }
        if t.kinds.isSubset(of: [.object, .function]) { return true }
        if t.isNumberOnly {
            let x = Typer.Num(t)
            if !x.nan && !x.mayBeZero && x.hasRange { return true }
            if !x.hasRange || (x.lo == 0 && x.hi == 0) { return false }
        }
        return nil
    }

    // MARK: - Rules

    /// Tries the rules on `n`; true when a rewrite applied.
    private func fold(_ n: Node, _ ctx: PhaseContext) -> Bool {
        let g = ctx.graph
        let op = n.opcode
        switch op {
        case .branch:
            return foldBranch(n, ctx)
        case .checkInt32, .checkInt32NoOverflow, .checkNumber, .checkString, .checkBoolean, .checkNotHole, .checkReceiver:
            guard let x = n.inputs.first else { return false }
            let t = x.type
            let satisfied: Bool
            switch op {
            case .checkInt32, .checkInt32NoOverflow: satisfied = t.isInt32
            case .checkNumber: satisfied = t.isNumberOnly
            case .checkString: satisfied = t.kinds == .string
            case .checkBoolean: satisfied = t.kinds == .boolean
            case .checkReceiver(let orNullish):
                let allowed: IRType.Kinds = orNullish ? [.object, .function, .null, .undefined] : [.object, .function]
                satisfied = !t.isEmpty && allowed.isSuperset(of: t.kinds)
            default: satisfied = !t.isEmpty && !t.kinds.contains(.hole)
            }
            guard satisfied else { return false }
            return ctx.rewrite("eliminate-redundant-check", at: n) { replace(n, with: x, g); return [x] }
        case .booleanNot:
            guard let x = n.inputs.first else { return false }
            if case .constant(.bool(let b)) = x.opcode {
                return ctx.rewrite("fold-boolean-not", at: n) {
                    let c = make(.constant(.bool(!b)), [], before: n, g); replace(n, with: c, g); return [c]
                }
            }
            if case .booleanNot = x.opcode, let y = x.inputs.first, y.type.kinds == .boolean {
                return ctx.rewrite("simplify-double-not", at: n) { replace(n, with: y, g); return [y] }
            }
            return false
        case .numberLessThan, .numberLessThanOrEqual, .numberEqual, .sameValue:
            guard n.inputs.count == 2 else { return false }
            let a = n.inputs[0], b = n.inputs[1]
            var result: Bool?
            var rule = "fold-" + ConstantFoldingPhase.kebab(op)
            if let x = ConstantFoldingPhase.numberConstant(a), let y = ConstantFoldingPhase.numberConstant(b) {
                result = ConstantFoldingPhase.compare(op, x, y)
            } else if let root = guardedRoot(a), root === guardedRoot(b) {
                result = ConstantFoldingPhase.selfComparison(op, a.type, b.type, faults: ctx.faults)
                rule = "fold-self-compare"
            } else if case .sameValue = op {
                result = ConstantFoldingPhase.sameValueByType(a.type, b.type)
                rule = "fold-same-value-by-type"
            } else {
                result = ConstantFoldingPhase.compareByRange(op, a.type, b.type)
                rule = "fold-compare-by-range"
            }
            guard let r = result else { return false }
            return ctx.rewrite(rule, at: n) {
                // The answer rests on the operands' types: keep them checkable.
                if rule != "fold-" + ConstantFoldingPhase.kebab(op) { ctx.relyOnTypes(of: [a, b]) }
                let c = make(.constant(.bool(r)), [], before: n, g); replace(n, with: c, g); return [c]
            }
        case .int32Add, .int32Sub, .int32Mul, .int32Div, .int32Mod, .int32BitAnd, .int32BitOr, .int32BitXor,
             .int32Shl, .int32Sar, .uint32Shr, .float64Add, .float64Sub, .float64Mul, .float64Div, .float64Mod,
             .float64Pow, .float64Negate, .changeInt32ToFloat64, .changeUint32ToFloat64, .truncateFloat64ToInt32,
             .mathCall:
            let values = n.inputs.compactMap(ConstantFoldingPhase.numberConstant)
            if values.count == n.inputs.count, let r = ConstantFoldingPhase.evaluate(op, values, faults: ctx.faults) {
                return ctx.rewrite("fold-" + ConstantFoldingPhase.kebab(op), at: n) {
                    let c = make(.constant(.number(r)), [], before: n, g); replace(n, with: c, g); return [c]
                }
            }
            return simplify(n, ctx)
        default:
            return false
        }
    }

    /// Algebraic identities and strength reduction on a typed binary operation.
    private func simplify(_ n: Node, _ ctx: PhaseContext) -> Bool {
        let g = ctx.graph
        guard n.inputs.count == 2 else { return false }
        let a = n.inputs[0], b = n.inputs[1]
        let ca = ConstantFoldingPhase.numberConstant(a), cb = ConstantFoldingPhase.numberConstant(b)
        func to(_ x: Node, _ rule: String) -> Bool {
            ctx.rewrite(rule, at: n) { replace(n, with: x, g); return [x] }
        }
        /// (the other operand, the constant) for a commutative operation.
        var pairs: [(Node, Double)] = []
        if let c = cb { pairs.append((a, c)) }
        var commutative = false
        switch n.opcode {
        case .int32Add, .int32Mul, .float64Add, .float64Mul, .int32BitAnd, .int32BitOr, .int32BitXor: commutative = true
        default: break
        }
        if commutative, let c = ca { pairs.append((b, c)) }
        typealias CF = ConstantFoldingPhase
        for (x, c) in pairs {
            let t = x.type
            switch n.opcode {
            case .int32Add where CF.isPlusZero(c) || CF.isMinusZero(c):
                if t.isInt32 { return to(x, "simplify-add-zero") }
            case .int32Sub where c == 0:
                if t.isInt32 { return to(x, "simplify-sub-zero") }
            case .float64Add:
                // x + -0 is x for every x; x + 0 is not when x is -0.
                if CF.isMinusZero(c) && t.isNumberOnly { return to(x, "simplify-add-zero") }
                if CF.isPlusZero(c) && t.isNumberOnly && !t.maybeMinusZero { return to(x, "simplify-add-zero") }
            case .float64Sub:
                if CF.isPlusZero(c) && t.isNumberOnly { return to(x, "simplify-sub-zero") }
                if CF.isMinusZero(c) && t.isNumberOnly && !t.maybeMinusZero { return to(x, "simplify-sub-zero") }
            case .int32Mul, .float64Mul:
                if c == 1 && t.isNumberOnly { return to(x, "simplify-mul-one") }
                // x * 0 is +0 only for finite x >= 0 (-0 for negatives, NaN for infinities).
                let plusZeroProduct = !t.maybeNaN && !t.maybeMinusZero && t.min >= 0 && t.max < .infinity
                // Fault constant-folding.mul-zero: x * 0 taken as +0 for every number x.
                if CF.isPlusZero(c) && t.isNumberOnly
                    && (plusZeroProduct || ctx.faults.injected(.constantFoldingMulZero)) {
                    return ctx.rewrite("simplify-mul-zero", at: n) {
                        let z = make(.constant(.number(0)), [], before: n, g); replace(n, with: z, g); return [z]
                    }
                }
                if case .int32Mul = n.opcode, t.isInt32, c >= 2, c <= 1073741824, c.rounded() == c {
                    let k = Foundation.log2(c)
                    if k.rounded() == k && t.min * c >= Typer.int32Min && t.max * c <= Typer.int32Max {
                        return ctx.rewrite("reduce-mul-to-shift", at: n) {
                            let kc = make(.constant(.number(k)), [], before: n, g)
                            let s = make(.int32Shl, [x, kc], before: n, g)
                            replace(n, with: s, g)
                            return [kc, s]
                        }
                    }
                }
            case .int32Div, .float64Div:
                if x === a && c == 1 && t.isNumberOnly { return to(x, "simplify-div-one") }
            case .int32Mod, .float64Mod:
                if x === a && t.isInt32 && t.min >= 0 && c >= 1 && c <= 1073741824 && c.rounded() == c {
                    let k = Foundation.log2(c)
                    if k.rounded() == k {
                        return ctx.rewrite("reduce-mod-to-mask", at: n) {
                            let m = make(.constant(.number(c - 1)), [], before: n, g)
                            let s = make(.int32BitAnd, [x, m], before: n, g)
                            replace(n, with: s, g)
                            return [m, s]
                        }
                    }
                }
            case .int32BitOr, .int32BitXor:
                if CF.isPlusZero(c) && t.isInt32 { return to(x, "simplify-bitwise-identity") }
            case .int32BitAnd:
                if c == -1 && t.isInt32 { return to(x, "simplify-bitwise-identity") }
                // x & (2^k - 1) is x when 0 <= x <= 2^k - 1.
                if c >= 0 && c <= Typer.int32Max && t.isInt32 && t.min >= 0 && t.max <= c {
                    let k = Foundation.log2(c + 1)
                    if k.rounded() == k { return to(x, "simplify-bitwise-identity") }
                }
            case .int32Shl, .int32Sar:
                if x === a && NumberConversion.toUint32(c) & 31 == 0 && t.isInt32 { return to(x, "simplify-bitwise-identity") }
            case .uint32Shr:
                if x === a && NumberConversion.toUint32(c) & 31 == 0 && t.isUint32 { return to(x, "simplify-bitwise-identity") }
            default:
                break
            }
        }
        return false
    }

    /// Loop headers whose back edges all went are no longer loop headers.
    static func clearBrokenLoopHeaders(_ g: Graph) {
        for h in g.blocks where h.isLoopHeader {
            var seen: Set<ObjectIdentifier> = []
            var work = h.successors
            var cycle = false
            while let b = work.popLast() {
                if b === h { cycle = true; break }
                if seen.insert(ObjectIdentifier(b)).inserted { work += b.successors }
            }
            if !cycle { h.isLoopHeader = false }
        }
    }

    /// A branch whose condition is decided becomes a goto to the live successor; the dead
    /// edge goes (with its phi inputs) and so do the blocks no longer reachable.
    private func foldBranch(_ n: Node, _ ctx: PhaseContext) -> Bool {
        let g = ctx.graph
        guard let cond = n.inputs.first, let block = n.block, block.successors.count == 2,
              let taken = ConstantFoldingPhase.truthiness(cond) else { return false }
        return ctx.rewrite(taken ? "fold-branch-true" : "fold-branch-false", at: n) {
            let dead = block.successors[taken ? 1 : 0]
            g.removeEdge(from: block, to: dead)
            g.changeOpcode(n, to: .goto, inputs: [])
            g.removeUnreachableBlocksAndEdges()
            ConstantFoldingPhase.clearBrokenLoopHeaders(g)
            return [n]
        }
    }
}
