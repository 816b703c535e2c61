import Foundation
import JSEngine

/// The typer: gives every live node an `IRType` (kinds of values, an integer or real
/// interval, and whether -0 and NaN are possible) by abstract interpretation over the
/// graph, iterating over the blocks in order to a fixed point, with widening of loop
/// phis whose bounds keep growing. Mirrors V8 TurboFan's `Typer` (and its
/// `OperationTyper` range rules) and LLVM's range analysis (LazyValueInfo / ConstantRange).
/// Typing is not a graph change: it sets `type` and `typedBy` and records no rewrite.
public struct TyperPhase: OptimizationPhase {
    public let id = Typer.phaseID
    public init() {}

    public func run(_ context: PhaseContext) {
        // The typing rules are the typer's: its faults stay in them for every later retyping.
        context.graph.typingFaults = context.faults
        Typer.typeGraph(context.graph)
    }
}

/// The typing rules, shared by the phases that need a node's type (typed lowering and
/// constant folding type the nodes they create with `Typer.type(of:)`).
public enum Typer {
    /// The typer's phase id, also what `Node.typedBy` says of types its rules computed.
    public static let phaseID = "typer"
    static let int32Min = -2147483648.0
    static let int32Max = 2147483647.0
    /// Passes after which a loop phi's growing bound is widened.
    static let widenAfter = 3
    static let maxPasses = 60

    /// Types every live node of `g` (to a fixed point) with the typer's rules, so `typedBy`
    /// becomes "typer" whichever phase asks (with `onlyChanged`, only on nodes whose type
    /// changed or that were not typed yet: other phases re-typing after their changes).
    public static func typeGraph(_ g: Graph, onlyChanged: Bool = false) {
        // Node ids index the graph's node list, so per-node state lives in arrays.
        var types = [IRType?](repeating: nil, count: g.nodes.count)
        var phiPasses = [Int](repeating: 0, count: g.nodes.count)
        func lookup(_ n: Node) -> IRType { n.id < types.count ? types[n.id] ?? .none : .none }
        // Read once: the switch carries the engine options, and copying them per node is costly.
        let faults = g.typingFaults
        var pass = 0
        var changed = true
        while changed && pass < maxPasses {
            changed = false
            pass += 1
            for b in g.blocks {
                for n in b.nodes {
                    var t: IRType
                    if case .phi = n.opcode {
                        var u = types[n.id] ?? .none
                        for i in n.inputs { u = u.union(lookup(i)) }
                        if let prev = types[n.id], b.isLoopHeader {
                            let count = phiPasses[n.id] + 1
                            phiPasses[n.id] = count
                            if count >= widenAfter { u = widen(prev, u) }
                        }
                        if pass >= maxPasses - 1, types[n.id] != nil, types[n.id] != u {
                            // Safety net for irreducible cycles: give up on precision.
                            u = u.union(IRType.number)
                        }
                        t = u
                    } else {
                        t = type(of: n, lookup, faults: faults)
                    }
                    if types[n.id] != t {
                        types[n.id] = t
                        changed = true
                    }
                }
            }
        }
        // Narrowing: from the (widened) fixed point, recompute without widening a few times
        // (each pass stays above the least fixed point, so the types stay sound).
        if pass < maxPasses {
            let widened = types
            for _ in 0..<2 {
                for b in g.blocks {
                    for n in b.nodes {
                        if case .phi = n.opcode {
                            types[n.id] = n.inputs.reduce(IRType.none) { $0.union(lookup($1)) }
                        } else {
                            types[n.id] = type(of: n, lookup, faults: faults)
                        }
                    }
                }
            }
            // Keep the narrowed types only if they are still a post-fixed point (every node's
            // rule gives a type within it), which is what makes them sound.
            var stable = true
            for b in g.blocks {
                for n in b.nodes {
                    let current = types[n.id] ?? .none
                    let again: IRType
                    if case .phi = n.opcode { again = n.inputs.reduce(IRType.none) { $0.union(lookup($1)) } }
                    else { again = type(of: n, lookup, faults: faults) }
                    if !isSubtype(again, of: current) { stable = false }
                }
            }
            if !stable { types = widened }
        }
        for b in g.blocks {
            for n in b.nodes {
                let t = types[n.id] ?? .any
                if !onlyChanged || n.type != t || n.typedBy == "graph-builder" {
                    n.type = t
                    n.typedBy = Typer.phaseID
                }
            }
        }
    }

    /// Whether every value of `a` is a value of `b`.
    public static func isSubtype(_ a: IRType, of b: IRType) -> Bool {
        guard a.kinds.isSubset(of: b.kinds) else { return false }
        guard a.kinds.contains(.number) else { return true }
        if a.maybeMinusZero && !b.maybeMinusZero { return false }
        if a.maybeNaN && !b.maybeNaN { return false }
        if a.min <= a.max {
            if b.min > a.min || b.max < a.max { return false }
            if b.integral && !a.integral { return false }
        }
        return true
    }

    /// Widens the bounds of `new` that grew since `old` to the int32 limits (when the
    /// values were integral within int32) or to infinity.
    static func widen(_ old: IRType, _ new: IRType) -> IRType {
        guard old.kinds.contains(.number), old.min <= old.max, new.min <= new.max else { return new }
        var t = new
        if new.min < old.min { t.min = (new.integral && new.min >= int32Min) ? int32Min : -.infinity }
        if new.max > old.max { t.max = (new.integral && new.max <= int32Max) ? int32Max : .infinity }
        return t
    }

    /// The type of a (non-phi) node from its inputs' types (`faults`: the typer's fault
    /// switch, see `Graph.typingFaults`).
    public static func type(of n: Node, faults: FaultSwitch? = nil) -> IRType {
        type(of: n, { $0.type }, faults: faults)
    }

    // MARK: - Numeric helpers

    /// The numeric content of a type, as used by the interval rules.
    struct Num {
        var lo: Double
        var hi: Double
        var integral: Bool
        var mz: Bool
        var nan: Bool
        /// Whether there are ordinary numbers (beyond -0 / NaN).
        var hasRange: Bool { lo <= hi }
        /// The interval including 0 when -0 is possible (for rules that treat -0 as 0).
        var zlo: Double { mz ? Swift.min(lo, 0) : lo }
        var zhi: Double { mz ? Swift.max(hi, 0) : hi }
        var zHasRange: Bool { hasRange || mz }
        var mayBeZero: Bool { mz || (hasRange && lo <= 0 && hi >= 0) }
        var mayBeNegative: Bool { hasRange && lo < 0 }
        var mayBePositive: Bool { hasRange && hi > 0 }

        static let full = Num(lo: -.infinity, hi: .infinity, integral: false, mz: true, nan: true)

        init(lo: Double, hi: Double, integral: Bool, mz: Bool, nan: Bool) {
            self.lo = lo; self.hi = hi; self.integral = integral; self.mz = mz; self.nan = nan
        }

        /// The number part of `t`; a type that may hold non-numbers converts to any number.
        init(_ t: IRType) {
            if t.kinds != .number {
                if t.kinds.isEmpty { self.init(lo: .infinity, hi: -.infinity, integral: true, mz: false, nan: false) }
                else { self = .full }
                return
            }
            self.init(lo: t.min, hi: t.max, integral: t.integral, mz: t.maybeMinusZero, nan: t.maybeNaN)
        }

        var type: IRType {
            if !hasRange && !mz && !nan { return IRType(kinds: .number, min: .infinity, max: -.infinity, integral: true, maybeMinusZero: false, maybeNaN: false) }
            var l = lo, h = hi
            if integral && hasRange { l = l.rounded(.up); h = h.rounded(.down) }
            return IRType(kinds: .number, min: hasRange ? l : .infinity, max: hasRange ? h : -.infinity,
                          integral: integral, maybeMinusZero: mz, maybeNaN: nan)
        }

        /// The int32 values ToInt32 gives, as an interval (only precise for int32-ranged input
        /// and constants: 0xFFFFFF00 is -256).
        var int32Range: (Double, Double) {
            if let c = constant {
                let v = Double(NumberConversion.toInt32(c))
                return (v, v)
            }
            if hasRange && integral && lo >= Typer.int32Min && hi <= Typer.int32Max && !nan {
                return (mz ? Swift.min(lo, 0) : lo, mz ? Swift.max(hi, 0) : hi)
            }
            if !hasRange && !nan && mz { return (0, 0) }
            if !hasRange && nan && !mz { return (0, 0) }
            return (Typer.int32Min, Typer.int32Max)
        }

        var constant: Double? { hasRange && lo == hi && !mz && !nan ? lo : nil }
    }

    static func bound(_ d: Double, _ ifNaN: Double) -> Double { d.isNaN ? ifNaN : d }

    static func range(_ lo: Double, _ hi: Double) -> IRType { .range(lo, hi) }

    /// Intersects `t` with an integral interval (used by checks).
    static func intersectIntegral(_ t: IRType, _ lo: Double, _ hi: Double) -> IRType {
        // Only the ordinary numbers of `t` can be integers of the interval (not -0, NaN or other kinds).
        guard t.kinds.contains(.number), t.min <= t.max else { return .none }
        let l = Swift.max(t.min.rounded(.up), lo), h = Swift.min(t.max.rounded(.down), hi)
        if l > h { return .none }
        return range(l, h)
    }

    static func add(_ a: Num, _ b: Num) -> Num {
        guard a.zHasRange || a.nan, b.zHasRange || b.nan else { return Num(IRType.none) }
        var r = Num(lo: .infinity, hi: -.infinity, integral: a.integral && b.integral, mz: a.mz && b.mz,
                    nan: a.nan || b.nan)
        if a.zHasRange && b.zHasRange {
            if (a.zhi == .infinity && b.zlo == -.infinity) || (a.zlo == -.infinity && b.zhi == .infinity) { r.nan = true }
            // Only -0 + -0 stays -0: the range needs at least one ordinary operand.
            if a.hasRange || b.hasRange {
                r.lo = bound(a.zlo + b.zlo, -.infinity)
                r.hi = bound(a.zhi + b.zhi, .infinity)
            }
        }
        return r
    }

    static func negate(_ a: Num) -> Num {
        // -x: +0 becomes -0 and -0 becomes +0.
        var r = Num(lo: .infinity, hi: -.infinity, integral: a.integral, mz: a.hasRange && a.lo <= 0 && a.hi >= 0, nan: a.nan)
        if a.hasRange {
            r.lo = -a.hi + 0.0
            r.hi = -a.lo + 0.0
            if a.integral {
                // The zero in the result's range is -0 (tracked by `mz`), not +0.
                if r.hi == 0 { r.hi = -1 }
                if r.lo == 0 { r.lo = 1 }
                if r.lo > r.hi { r.lo = .infinity; r.hi = -.infinity }
            }
        }
        if a.mz {
            if r.hasRange { r.lo = Swift.min(r.lo, 0); r.hi = Swift.max(r.hi, 0) } else { r.lo = 0; r.hi = 0 }
        }
        return r
    }

    static func sub(_ a: Num, _ b: Num) -> Num {
        // a - b == a + (-b), except that -0 - 0 is -0 (and -0 - -0 is 0): negate's
        // -0 <-> 0 swap gives exactly that.
        add(a, negate(b))
    }

    static func mulSafe(_ x: Double, _ y: Double) -> Double { (x == 0 || y == 0) ? 0 : x * y }

    static func mul(_ a: Num, _ b: Num) -> Num {
        var r = Num(lo: .infinity, hi: -.infinity, integral: a.integral && b.integral, mz: false, nan: a.nan || b.nan)
        guard a.zHasRange, b.zHasRange else { return r }
        let c = [mulSafe(a.zlo, b.zlo), mulSafe(a.zlo, b.zhi), mulSafe(a.zhi, b.zlo), mulSafe(a.zhi, b.zhi)]
        r.lo = c.min() ?? -.infinity
        r.hi = c.max() ?? .infinity
        // 0 * Infinity is NaN.
        if (a.mayBeZero && (b.zlo == -.infinity || b.zhi == .infinity)) ||
            (b.mayBeZero && (a.zlo == -.infinity || a.zhi == .infinity)) { r.nan = true }
        // -0 comes from a zero times a negative number (or -0 times a positive one), and, for
        // non-integers, from underflow of a negative product.
        // Signs: +0 and positives are "plus", -0 and negatives are "minus"; a zero product
        // of operands with different signs is -0.
        let aPlusZero = a.hasRange && a.lo <= 0 && a.hi >= 0, bPlusZero = b.hasRange && b.lo <= 0 && b.hi >= 0
        let aNeg = a.mayBeNegative || a.mz, bNeg = b.mayBeNegative || b.mz
        let aZeroOrPos = aPlusZero || a.mayBePositive, bZeroOrPos = bPlusZero || b.mayBePositive
        if (aPlusZero && bNeg) || (bPlusZero && aNeg) || (a.mz && bZeroOrPos) || (b.mz && aZeroOrPos) { r.mz = true }
        if !(a.integral && b.integral) && ((a.mayBeNegative && bZeroOrPos) || (b.mayBeNegative && aZeroOrPos)) { r.mz = true }
        if r.mz { r.lo = Swift.min(r.lo, 0); r.hi = Swift.max(r.hi, 0) }
        return r
    }

    static func div(_ a: Num, _ b: Num) -> Num {
        var r = Num.full
        if a.zHasRange && b.zHasRange && a.zlo >= 0 && b.zlo > 0 && !a.mz { r = Num(lo: 0, hi: .infinity, integral: false, mz: false, nan: a.nan || b.nan || (a.hi == .infinity && b.hi == .infinity)) }
        return r
    }

    static func mod(_ a: Num, _ b: Num) -> Num {
        guard a.zHasRange, b.zHasRange else { return Num(lo: .infinity, hi: -.infinity, integral: true, mz: false, nan: true) }
        let m = Swift.max(Swift.abs(b.zlo), Swift.abs(b.zhi))
        var r = Num(lo: a.zlo < 0 ? Swift.max(a.zlo, -m) : 0, hi: a.zhi > 0 ? Swift.min(a.zhi, m) : 0,
                    integral: a.integral && b.integral, mz: a.mz || a.mayBeNegative,
                    nan: a.nan || b.nan || a.zlo == -.infinity || a.zhi == .infinity || b.mayBeZero)
        if r.lo > 0 { r.lo = 0 }
        if r.hi < 0 { r.hi = 0 }
        return r
    }

    static func nextPow2Minus1(_ x: Double) -> Double {
        var p = 1.0
        while p - 1 < x { p *= 2 }
        return p - 1
    }

    static func bitwise(_ op: BinaryOperator, _ a: Num, _ b: Num, faults: FaultSwitch? = nil) -> IRType {
        let (al, ah) = a.int32Range, (bl, bh) = b.int32Range
        switch op {
        case .bitAnd:
            // An operand known non-negative bounds the result by [0, its maximum] (the result
            // keeps only its bits); a negative constant mask bounds nothing: x & -8 is any
            // int32 whose three low bits are zero.
            let mask: Double? = bl == bh ? bl : (al == ah ? al : nil)
            // Fault typer.and-mask-range: a constant mask taken as a bound whatever its sign ([m, 0] for m < 0).
            if let m = mask, m < 0, faults?.injected(.typerAndMaskRange) == true { return range(m, 0) }
            if al >= 0 && bl >= 0 { return range(0, Swift.min(ah, bh)) }
            if al >= 0 { return range(0, ah) }
            if bl >= 0 { return range(0, bh) }
            return .int32
        case .bitOr:
            if bl == 0 && bh == 0 { return range(al, ah) }
            if al == 0 && ah == 0 { return range(bl, bh) }
            if al >= 0 && bl >= 0 { return range(Swift.max(al, bl), nextPow2Minus1(Swift.max(ah, bh))) }
            if ah < 0 || bh < 0 { return range(int32Min, -1) }
            return .int32
        case .bitXor:
            if bl == 0 && bh == 0 { return range(al, ah) }
            if al == 0 && ah == 0 { return range(bl, bh) }
            if al >= 0 && bl >= 0 { return range(0, nextPow2Minus1(Swift.max(ah, bh))) }
            return .int32
        case .shl:
            if bl == bh {
                let k = Double(Int(bl) & 31)
                let f = Foundation.pow(2.0, k)
                let lo = al * f, hi = ah * f
                if lo >= int32Min && hi <= int32Max { return range(lo, hi) }
            }
            return .int32
        case .sar:
            if bl == bh {
                let f = Foundation.pow(2.0, Double(Int(bl) & 31))
                return range((al / f).rounded(.down), (ah / f).rounded(.down))
            }
            return range(Swift.min(al, 0), Swift.max(ah, 0))
        case .shr:
            // Shifts of the uint32 reinterpretation.
            var (ul, uh) = al >= 0 ? (al, ah) : (0.0, 4294967295.0)
            if bl == bh {
                let f = Foundation.pow(2.0, Double(Int(bl) & 31))
                ul = (ul / f).rounded(.down); uh = (uh / f).rounded(.down)
                return range(ul, uh)
            }
            return range(0, uh)
        default:
            return .int32
        }
    }

    static func isAllNumber(_ t: IRType) -> Bool { t.kinds == .number }

    /// The values of `t` that pass a guard speculating `hint` (`checkInt32` / `checkNumber`).
    static func speculated(_ t: IRType, _ hint: NumberHint) -> IRType {
        switch hint {
        case .int32: return intersectIntegral(t, int32Min, int32Max)
        case .number:
            guard t.kinds.contains(.number) else { return .none }
            var r = t
            r.kinds = .number
            return r
        }
    }

    /// The result of a JS arithmetic operator when both inputs are (known) numbers.
    static func arithmetic(_ op: BinaryOperator, _ a: Num, _ b: Num, faults: FaultSwitch?) -> IRType {
        switch op {
        case .add: return add(a, b).type
        case .sub: return sub(a, b).type
        case .mul: return mul(a, b).type
        case .div: return div(a, b).type
        case .mod: return mod(a, b).type
        case .bitAnd, .bitOr, .bitXor, .shl, .sar, .shr: return bitwise(op, a, b, faults: faults)
        default: return .number
        }
    }

    static func mathType(_ name: String, _ args: [Num], faults: FaultSwitch?) -> IRType {
        let fname = name.hasPrefix("Math.") ? String(name.dropFirst(5)) : name
        guard let a = args.first else {
            switch fname {
            case "min": return IRType.constant(.number(.infinity))
            case "max": return IRType.constant(.number(-.infinity))
            default: return .number
            }
        }
        switch fname {
        case "abs":
            if !a.zHasRange { return Num(lo: .infinity, hi: -.infinity, integral: true, mz: false, nan: a.nan).type }
            let lo = (a.zlo <= 0 && a.zhi >= 0) ? 0 : Swift.min(Swift.abs(a.zlo), Swift.abs(a.zhi))
            return Num(lo: lo, hi: Swift.max(Swift.abs(a.zlo), Swift.abs(a.zhi)), integral: a.integral, mz: false, nan: a.nan).type
        case "floor", "ceil", "round", "trunc":
            var r = Num(lo: .infinity, hi: -.infinity, integral: true, mz: a.mz, nan: a.nan)
            if a.hasRange {
                let f: (Double) -> Double
                switch fname {
                case "floor": f = JSMath.floor
                case "ceil": f = JSMath.ceil
                case "round": f = JSMath.round
                default: f = JSMath.trunc
                }
                r.lo = f(a.lo); r.hi = f(a.hi)
                if r.lo == 0 { r.lo = 0 }   // normalise -0 bound
                if r.hi == 0 { r.hi = 0 }
                if !a.integral {
                    // Negative fractions may round to -0.
                    let limit: Double = fname == "round" ? -0.5 : -1
                    if fname != "floor" && a.lo < 0 && a.hi >= limit { r.mz = true }
                }
            }
            return r.type
        case "sign":
            var r = Num(lo: .infinity, hi: -.infinity, integral: true, mz: a.mz, nan: a.nan)
            if a.hasRange { r.lo = JSMath.sign(a.lo); r.hi = JSMath.sign(a.hi); if r.lo == 0 { r.lo = 0 }; if r.hi == 0 { r.hi = 0 } }
            return r.type
        case "min", "max":
            var r = a
            for b in args.dropFirst() {
                let lo: Double, hi: Double
                if !r.zHasRange { (lo, hi) = (b.zlo, b.zhi) }
                else if !b.zHasRange { (lo, hi) = (r.zlo, r.zhi) }
                else if fname == "min" { (lo, hi) = (Swift.min(r.zlo, b.zlo), Swift.min(r.zhi, b.zhi)) }
                else { (lo, hi) = (Swift.max(r.zlo, b.zlo), Swift.max(r.zhi, b.zhi)) }
                // -0 comes out when an operand may be -0: a +0 does not shadow it (Math.min(0, -0)
                // is -0, and Math.max(-0, -1) is -0).
                var mz = r.mz || b.mz
                let zeroInRange = (r.hasRange && r.lo <= 0 && r.hi >= 0) || (b.hasRange && b.lo <= 0 && b.hi >= 0)
                // Fault typer.minmax-ignores-minus-zero: an operand whose range includes 0 taken to shadow -0.
                if mz && zeroInRange && faults?.injected(.typerMinMaxIgnoresMinusZero) == true { mz = false }
                r = Num(lo: lo, hi: hi, integral: r.integral && b.integral, mz: mz, nan: r.nan || b.nan)
            }
            return r.type
        case "expm1":
            // Monotonic; expm1(-0) is -0.
            var r = Num(lo: .infinity, hi: -.infinity, integral: false, mz: a.mz, nan: a.nan)
            // Fault typer.expm1-not-minus-zero: -0 left out of the result.
            if a.mz && faults?.injected(.typerExpm1NotMinusZero) == true { r.mz = false }
            if a.hasRange { r.lo = JSMath.expm1(a.lo); r.hi = JSMath.expm1(a.hi) }
            if r.lo == 0 { r.lo = 0 }
            if r.hi == 0 { r.hi = 0 }
            return r.type
        case "sqrt":
            var r = Num(lo: .infinity, hi: -.infinity, integral: false, mz: a.mz, nan: a.nan || (a.hasRange && a.lo < 0))
            if a.hasRange && a.hi >= 0 { r.lo = Swift.max(a.lo, 0).squareRoot(); r.hi = a.hi.squareRoot() }
            return r.type
        default:
            return .number
        }
    }

    // MARK: - The rules

    /// The type of node `n` given a lookup for its inputs' types.
    static func type(of n: Node, _ t: (Node) -> IRType, faults: FaultSwitch? = nil) -> IRType {
        func num(_ i: Int) -> Num { i < n.inputs.count ? Num(t(n.inputs[i])) : Num.full }
        func inType(_ i: Int) -> IRType { i < n.inputs.count ? t(n.inputs[i]) : .any }
        switch n.opcode {
        case .constant(.hole): return IRType(kinds: .hole)   // not Undefined: CheckNotHole must stay
        case .constant(let v): return IRType.constant(v)
        case .parameter, .context, .osrValue: return .any
        case .phi:
            return n.inputs.reduce(IRType.none) { $0.union(t($1)) }
        case .effectPhi, .start, .goto, .branch, .return, .deoptimize, .throw: return .none

        case .jsBinary(let op):
            switch op {
            case .add:
                if isAllNumber(inType(0)) && isAllNumber(inType(1)) { return add(num(0), num(1)).type }
                if inType(0).kinds == .string || inType(1).kinds == .string { return .string }
                return IRType(kinds: [.number, .string])
            case .sub, .mul, .div, .mod:
                if isAllNumber(inType(0)) && isAllNumber(inType(1)) { return arithmetic(op, num(0), num(1), faults: faults) }
                return .number
            case .exp: return .number
            case .bitAnd, .bitOr, .bitXor, .shl, .sar, .shr:
                // ToInt32 of anything that is not an int32-ranged number is any int32.
                return bitwise(op, num(0), num(1), faults: faults)
            case .equal, .notEqual, .strictEqual, .strictNotEqual, .less, .greater, .lessEqual, .greaterEqual,
                 .in, .instanceof:
                return .boolean
            }
        case .speculativeNumberAdd(let hint):
            // The addition of its operands as the speculation narrows them (it deoptimizes otherwise).
            return add(Num(speculated(inType(0), hint)), Num(speculated(inType(1), hint))).type
        case .jsIncrement, .jsDecrement:
            let one = Num(IRType.constant(.number(1)))
            if isAllNumber(inType(0)) {
                if case .jsIncrement = n.opcode { return add(num(0), one).type }
                return sub(num(0), one).type
            }
            return .number
        case .jsNegate:
            return isAllNumber(inType(0)) ? negate(num(0)).type : .number
        case .jsBitNot:
            let (l, h) = num(0).int32Range
            return range(-h - 1, -l - 1)
        case .jsToNumber:
            return isAllNumber(inType(0)) ? inType(0) : .number
        case .jsNot: return .boolean
        case .jsTypeOf: return .string
        case .jsCreateObject, .jsCreateArray, .allocateObject, .objectState: return IRType(kinds: .object)
        case .jsGetNamed, .jsSetNamed, .jsGetKeyed, .jsSetKeyed, .jsLoadGlobal, .jsStoreGlobal, .jsCall,
             .jsConstruct, .jsLoadContext, .jsStoreContext, .jsGeneric:
            return .any

        case .checkInt32, .checkInt32NoOverflow:
            return intersectIntegral(inType(0), int32Min, int32Max)
        case .checkNumber:
            return speculated(inType(0), .number)
        case .checkString: return inType(0).kinds.contains(.string) ? .string : .none
        case .checkBoolean: return inType(0).kinds.contains(.boolean) ? .boolean : .none
        case .checkTypedArray: return inType(0).kinds.contains(.object) ? IRType(kinds: .object) : .none
        case .checkReceiver(let orNullish):
            let allowed: IRType.Kinds = orNullish ? [.object, .function, .null, .undefined] : [.object, .function]
            let k = inType(0).kinds.intersection(allowed)
            return k.isEmpty ? .none : IRType(kinds: k)
        case .checkNotHole:
            var r = inType(0)
            r.kinds.remove(.hole)
            return r.kinds.isEmpty ? .none : r
        case .checkShape, .checkElementsKind, .checkCallTarget, .checkNoPrototypeElements:
            var r = inType(0)
            let k = r.kinds.intersection([.object, .function])
            if k.isEmpty { return .none }
            r = IRType(kinds: k)
            return r
        case .checkBounds:
            // 0 <= index < length, integral; -0 passes the check as well.
            let length = inType(1)
            let hi = length.isNumberOnly && length.min <= length.max ? Swift.min(4294967294, Swift.max(length.max - 1, 0)) : 4294967294
            var r = intersectIntegral(inType(0), 0, hi)
            if inType(0).kinds.contains(.number) && inType(0).maybeMinusZero {
                r = r.union(IRType.constant(.number(-0.0)))
            }
            return r

        case .int32Add: return add(num(0), num(1)).type
        case .int32Sub: return sub(num(0), num(1)).type
        case .int32Mul: return mul(num(0), num(1)).type
        case .int32Div, .float64Div: return div(num(0), num(1)).type
        case .int32Mod, .float64Mod: return mod(num(0), num(1)).type
        case .int32BitAnd: return bitwise(.bitAnd, num(0), num(1), faults: faults)
        case .int32BitOr: return bitwise(.bitOr, num(0), num(1), faults: faults)
        case .int32BitXor: return bitwise(.bitXor, num(0), num(1), faults: faults)
        case .int32Shl: return bitwise(.shl, num(0), num(1), faults: faults)
        case .int32Sar: return bitwise(.sar, num(0), num(1), faults: faults)
        case .uint32Shr: return bitwise(.shr, num(0), num(1), faults: faults)
        case .float64Add: return add(num(0), num(1)).type
        case .float64Sub: return sub(num(0), num(1)).type
        case .float64Mul: return mul(num(0), num(1)).type
        case .float64Pow: return .number
        case .float64Negate: return negate(num(0)).type
        case .numberLessThan, .numberLessThanOrEqual, .numberEqual, .sameValue, .stringEqual, .referenceEqual,
             .booleanNot:
            return .boolean
        case .stringConcat: return .string
        case .changeInt32ToFloat64:
            return intersectIntegral(inType(0), int32Min, int32Max)
        case .changeUint32ToFloat64:
            return intersectIntegral(inType(0), 0, 4294967295)
        case .truncateFloat64ToInt32:
            let (l, h) = num(0).int32Range
            return range(l, h)
        case .mathCall(let name):
            return mathType(name, n.inputs.indices.map { num($0) }, faults: faults)

        case .stringCharCodeAt:
            var r = range(0, 65535)
            r.maybeNaN = true   // an index out of range gives NaN
            return r
        case .stringIndexOf:
            // -1 or a position where the needle starts: for a receiver of known length n, at
            // most n - 1 when the needle is known to be non-empty, else n (lastIndexOf("") is n).
            guard case .constant(.string(let s)) = guardedRoot(n.inputs.first)?.opcode else {
                return range(-1, inType(0).kinds == .string ? Double(StringOperations.maxLength) : 4294967295)
            }
            var needleNonEmpty = false
            if n.inputs.count > 1, case .constant(.string(let needle)) = guardedRoot(n.inputs[1])?.opcode {
                needleNonEmpty = needle.count > 0
            }
            var upper = Double(s.count) - (needleNonEmpty ? 1 : 0)
            // Fault typer.indexof-range-off-by-one: the last position a match can start at taken one too low.
            if faults?.injected(.typerIndexOfRangeOffByOne) == true { upper -= 1 }
            return range(-1, upper)
        case .arrayPush: return range(0, 4294967295)
        case .arrayPop: return .any
        case .arraySearch(let includes):
            return includes ? .boolean : range(-1, 4294967294)
        case .loadField, .loadElement: return .any
        case .storeField, .storeElement, .storeTypedElement: return .any
        case .arrayLength, .elementsCapacity: return range(0, 4294967295)
        case .typedArrayLength: return range(0, 9007199254740991)
        case .loadTypedElement(let k):
            switch k {
            case .int8: return range(-128, 127)
            case .uint8, .uint8Clamped: return range(0, 255)
            case .int16: return range(-32768, 32767)
            case .uint16: return range(0, 65535)
            case .int32: return .int32
            case .uint32: return .uint32
            case .float32, .float64: return .number
            }
        }
    }
}

extension Graph {
    /// Adds a node just before `at` (same position and bytecode index), typed by the typer's rules.
    func addTyped(_ op: Opcode, _ inputs: [Node], before at: Node) -> Node {
        let n = add(op, inputs, in: nil, position: at.position, bytecodeOffset: at.bytecodeOffset)
        if let b = at.block { place(n, in: b, before: at) }
        n.type = Typer.type(of: n, faults: typingFaults)
        n.typedBy = Typer.phaseID
        return n
    }
}
