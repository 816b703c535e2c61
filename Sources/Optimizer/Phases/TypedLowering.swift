import JSEngine

/// Typed lowering: replaces generic JS operators whose inputs the typer proved (or the
/// speculation guards made) numbers or strings by typed, pure operations: int32
/// arithmetic followed by an overflow guard, float64 arithmetic, int32 bitwise ops,
/// number comparisons, string concatenation, and `===` / `!==` as identity (ReferenceEqual)
/// when one operand is an object, null, undefined or a boolean (the graph builder's
/// CheckReceiver on receiver compare feedback gives it that type). A `SpeculativeNumberAdd`
/// gets guards on the operands its hint needs (int32 or number) and becomes an int32 or
/// float64 addition. The property-key conversion of a number or a string disappears.
/// An int32 addition or subtraction whose every use truncates it to int32 (bitwise
/// operators) needs no overflow guard: its uses read the wrapped result (TurboFan's
/// truncation analysis), frame states the exact one. Mirrors V8 TurboFan's
/// `TypedOptimization`, `JSTypedLowering` and the speculative-number part of
/// `SimplifiedLowering`. Every change is one numbered rewrite; the replaced JS node
/// leaves the effect chain.
public struct TypedLoweringPhase: OptimizationPhase {
    public let id = "typed-lowering"
    public init() {}

    public func run(_ ctx: PhaseContext) {
        let g = ctx.graph
        // The typer runs first in the pipeline; type the graph if it did not.
        if g.liveNodes.contains(where: { $0.typedBy == "graph-builder" }) {
            Typer.typeGraph(g, onlyChanged: true)
        }
        for b in g.blocks {
            for n in b.nodes where !n.isDead {
                lower(n, ctx)
            }
        }
    }

    private func make(_ op: Opcode, _ inputs: [Node], before at: Node, _ g: Graph) -> Node {
        g.addTyped(op, inputs, before: at)
    }

    private func constant(_ d: Double, before at: Node, _ g: Graph) -> Node {
        make(.constant(.number(d)), [], before: at, g)
    }

    /// Makes `result` stand for the JS node `js`: its effect users follow its effect input,
    /// its value uses and frame-state references move to `result`, and it dies.
    private func replace(_ js: Node, with result: Node, _ g: Graph) {
        g.bypassEffect(js)
        g.replaceAllUses(of: js, with: result)
        g.kill(js)
    }

    /// An int32 operation guarded against leaving int32 (the guard deoptimizes to the JS node's frame state).
    private func int32Checked(_ op: Opcode, _ l: Node, _ r: Node, _ js: Node, _ g: Graph) -> [Node] {
        let raw = make(op, [l, r], before: js, g)
        let guardNode = make(.checkInt32NoOverflow, [raw], before: js, g)
        guardNode.frameState = js.frameState
        replace(js, with: guardNode, g)
        return [raw, guardNode]
    }

    private func simple(_ op: Opcode, _ inputs: [Node], _ js: Node, _ g: Graph) -> [Node] {
        let n = make(op, inputs, before: js, g)
        replace(js, with: n, g)
        return [n]
    }

    /// How an int32 addition or subtraction is lowered.
    private enum Int32Lowering {
        /// Guarded against leaving int32 (the guard deoptimizes to the JS operation).
        case checked
        /// Every use truncates the result to int32: the wrapped result, unguarded.
        case wrapping
    }

    /// What a value use does with the value.
    private enum UseKind { case truncating, comparison, other }

    private func useKind(_ u: Node) -> UseKind {
        switch u.opcode {
        case .jsBinary(let op):
            switch op {
            case .bitAnd, .bitOr, .bitXor, .shl, .sar, .shr: return .truncating
            case .less, .greater, .lessEqual, .greaterEqual, .equal, .notEqual, .strictEqual, .strictNotEqual:
                return .comparison
            default: return .other
            }
        case .int32BitAnd, .int32BitOr, .int32BitXor, .int32Shl, .int32Sar, .uint32Shr, .truncateFloat64ToInt32:
            return .truncating
        case .numberLessThan, .numberLessThanOrEqual, .numberEqual:
            return .comparison
        default:
            return .other
        }
    }

    /// The kinds of the value uses of `v`, looking through the int32 and number guards that
    /// later operators put on their operands (a wrapped int32 passes them).
    private func valueUseKinds(of v: Node, depth: Int = 0) -> [UseKind] {
        var kinds: [UseKind] = []
        for u in v.uses where u.inputs.contains(where: { $0 === v }) {
            switch u.opcode {
            case .checkInt32, .checkNumber: kinds += depth < 8 ? valueUseKinds(of: u, depth: depth + 1) : [.other]
            default: kinds.append(useKind(u))
            }
        }
        return kinds
    }

    /// Wrapping when every value use of `js` truncates the result to int32, else checked. A
    /// comparison needs the exact value: `a - b < 0` is false for the wrapped difference
    /// when a - b overflows below int32.
    private func int32Lowering(of js: Node, subtraction: Bool, _ ctx: PhaseContext) -> Int32Lowering {
        let kinds = valueUseKinds(of: js)
        guard !kinds.isEmpty, !kinds.contains(.other) else { return .checked }
        if !kinds.contains(.comparison) { return .wrapping }
        // Fault typed-lowering.sub-overflow-compare: the comparisons of a difference taken as truncating uses.
        return subtraction && ctx.faults.injected(.typedLoweringSubOverflowCompare) ? .wrapping : .checked
    }

    /// An int32 operation lowered as `lowering` says. Wrapping: value uses read the result
    /// truncated to int32, frame states the exact result (the interpreter resumes with it).
    private func int32Arithmetic(_ op: Opcode, _ l: Node, _ r: Node, _ js: Node, _ lowering: Int32Lowering,
                                 _ g: Graph) -> [Node] {
        guard lowering == .wrapping else { return int32Checked(op, l, r, js, g) }
        let exact = make(op, [l, r], before: js, g)
        let wrapped = make(.truncateFloat64ToInt32, [exact], before: js, g)
        let users = js.uses.filter { u in u.inputs.contains { $0 === js } }
        replace(js, with: exact, g)
        for u in users {
            for i in u.inputs.indices where u.inputs[i] === exact { g.setInput(u, i, wrapped) }
        }
        return [exact, wrapped]
    }

    /// Whether values of type `t` need no guard for `hint`.
    private func satisfies(_ t: IRType, _ hint: NumberHint) -> Bool {
        hint == .int32 ? t.isInt32 : t.isNumberOnly
    }

    /// `x` guarded as `hint` says (itself when its type already satisfies it); a new guard
    /// deoptimizes to `js` and is appended to `made`.
    private func speculated(_ x: Node, _ hint: NumberHint, for js: Node, _ g: Graph, _ made: inout [Node]) -> Node {
        if satisfies(x.type, hint) { return x }
        let guardNode = make(hint == .int32 ? .checkInt32 : .checkNumber, [x], before: js, g)
        guardNode.frameState = js.frameState
        made.append(guardNode)
        return guardNode
    }

    /// Whether every value of type `t` is strictly equal only to itself (objects, functions,
    /// null, undefined, booleans; not numbers or strings): `===` with it is identity
    /// (V8's ReferenceEqual on a Unique operand).
    private func comparesByIdentity(_ t: IRType) -> Bool {
        !t.isEmpty && IRType.Kinds([.object, .function, .null, .undefined, .boolean]).isSuperset(of: t.kinds)
    }

    /// Whether a shift count of type `t` is known to shift by zero bits (its low five bits are 0).
    private func isZeroShiftCount(_ t: IRType) -> Bool {
        t.isNumberOnly && t.integral && t.min == t.max && !t.maybeNaN && !t.maybeMinusZero
            && NumberConversion.toUint32(t.min) & 31 == 0
    }

    /// `x` as an int32 operand: itself when int32-typed, else truncated.
    private func int32Operand(_ x: Node, before js: Node, _ g: Graph) -> Node {
        x.type.isInt32 ? x : make(.truncateFloat64ToInt32, [x], before: js, g)
    }

    private func lower(_ n: Node, _ ctx: PhaseContext) {
        let g = ctx.graph
        switch n.opcode {
        case .jsBinary(let op):
            guard n.inputs.count == 2 else { return }
            let l = n.inputs[0], r = n.inputs[1]
            let lt = l.type, rt = r.type
            let bothInt32 = lt.isInt32 && rt.isInt32
            let bothNumber = lt.isNumberOnly && rt.isNumberOnly
            switch op {
            case .add, .sub, .mul:
                if bothInt32 {
                    let (rule, typed): (String, Opcode) = op == .add ? ("lower-int32-add", .int32Add)
                        : op == .sub ? ("lower-int32-sub", .int32Sub) : ("lower-int32-mul", .int32Mul)
                    // A wrapped product is not ToInt32 of the exact one beyond 2^53: multiplications stay checked.
                    let lowering = op == .mul ? .checked : int32Lowering(of: n, subtraction: op == .sub, ctx)
                    ctx.rewrite(lowering == .wrapping ? rule + "-truncated" : rule, at: n) {
                        int32Arithmetic(typed, l, r, n, lowering, g)
                    }
                } else if bothNumber {
                    let (rule, typed): (String, Opcode) = op == .add ? ("lower-float64-add", .float64Add)
                        : op == .sub ? ("lower-float64-sub", .float64Sub) : ("lower-float64-mul", .float64Mul)
                    ctx.rewrite(rule, at: n) { simple(typed, [l, r], n, g) }
                } else if op == .add && lt.kinds == .string && rt.kinds == .string {
                    ctx.rewrite("lower-string-concat", at: n) { simple(.stringConcat, [l, r], n, g) }
                }
            case .div, .mod, .exp:
                guard bothNumber else { return }
                let (rule, typed): (String, Opcode) = op == .div ? ("lower-float64-div", .float64Div)
                    : op == .mod ? ("lower-float64-mod", .float64Mod) : ("lower-float64-pow", .float64Pow)
                ctx.rewrite(rule, at: n) { simple(typed, [l, r], n, g) }
            case .bitAnd, .bitOr, .bitXor, .shl, .sar, .shr:
                guard bothNumber else { return }
                // x >>> 0 only converts x to uint32: nothing to do when x is one already.
                // Fault typed-lowering.ushr-as-identity: any int32 x taken as its own uint32 conversion.
                if op == .shr, isZeroShiftCount(rt),
                   lt.isUint32 || ctx.faults.injected(.typedLoweringUshrAsIdentity, applies: lt.isInt32) {
                    ctx.rewrite("eliminate-unsigned-shift", at: n) {
                        replace(n, with: l, g)
                        return [l]
                    }
                    return
                }
                let typed: Opcode
                switch op {
                case .bitAnd: typed = .int32BitAnd
                case .bitOr: typed = .int32BitOr
                case .bitXor: typed = .int32BitXor
                case .shl: typed = .int32Shl
                case .sar: typed = .int32Sar
                default: typed = .uint32Shr
                }
                ctx.rewrite(op == .shr ? "lower-uint32-shr" : "lower-int32-bitwise", at: n) {
                    let a = int32Operand(l, before: n, g), c = int32Operand(r, before: n, g)
                    var made: [Node] = [a, c].filter { $0 !== l && $0 !== r }
                    made += simple(typed, [a, c], n, g)
                    return made
                }
            case .less, .greater, .lessEqual, .greaterEqual:
                guard bothNumber else { return }
                let (typed, args): (Opcode, [Node])
                switch op {
                case .less: (typed, args) = (.numberLessThan, [l, r])
                case .greater: (typed, args) = (.numberLessThan, [r, l])
                case .lessEqual: (typed, args) = (.numberLessThanOrEqual, [l, r])
                default: (typed, args) = (.numberLessThanOrEqual, [r, l])
                }
                ctx.rewrite("lower-number-compare", at: n) { simple(typed, args, n, g) }
            case .equal, .strictEqual, .notEqual, .strictNotEqual:
                let negated = op == .notEqual || op == .strictNotEqual
                let typed: Opcode
                let rule: String
                let strict = op == .strictEqual || op == .strictNotEqual
                if bothNumber { (typed, rule) = (.numberEqual, "lower-number-equal") }
                else if lt.kinds == .string && rt.kinds == .string { (typed, rule) = (.stringEqual, "lower-string-equal") }
                else if strict && (comparesByIdentity(lt) || comparesByIdentity(rt)) {
                    (typed, rule) = (.referenceEqual, "lower-reference-equal")
                } else {
                    return
                }
                ctx.rewrite(rule, at: n) {
                    if !negated { return simple(typed, [l, r], n, g) }
                    let eq = make(typed, [l, r], before: n, g)
                    return [eq] + simple(.booleanNot, [eq], n, g)
                }
            case .in, .instanceof:
                return
            }
        case .speculativeNumberAdd(let hint):
            guard n.inputs.count == 2 else { return }
            let l = n.inputs[0], r = n.inputs[1]
            let lowering = hint == .int32 ? int32Lowering(of: n, subtraction: false, ctx) : .checked
            let rule = hint == .number ? "lower-float64-add" : lowering == .wrapping ? "lower-int32-add-truncated" : "lower-int32-add"
            ctx.rewrite(rule, at: n) {
                var made: [Node] = []
                let left = speculated(l, hint, for: n, g, &made)
                // Fault typed-lowering.add-checks-one-side: the right operand taken to be a number, unguarded.
                let right = ctx.faults.injected(.typedLoweringAddChecksOneSide, applies: !satisfies(r.type, hint))
                    ? r : speculated(r, hint, for: n, g, &made)
                if hint == .number { return made + simple(.float64Add, [left, right], n, g) }
                return made + int32Arithmetic(.int32Add, left, right, n, lowering, g)
            }
        case .jsIncrement, .jsDecrement:
            guard n.inputs.count == 1 else { return }
            let x = n.inputs[0]
            let inc: Bool
            if case .jsIncrement = n.opcode { inc = true } else { inc = false }
            if x.type.isInt32 {
                ctx.rewrite(inc ? "lower-int32-increment" : "lower-int32-decrement", at: n) {
                    let one = constant(1, before: n, g)
                    return [one] + int32Checked(inc ? .int32Add : .int32Sub, x, one, n, g)
                }
            } else if x.type.isNumberOnly {
                ctx.rewrite(inc ? "lower-float64-increment" : "lower-float64-decrement", at: n) {
                    let one = constant(1, before: n, g)
                    return [one] + simple(inc ? .float64Add : .float64Sub, [x, one], n, g)
                }
            }
        case .jsNegate:
            guard n.inputs.count == 1, n.inputs[0].type.isNumberOnly else { return }
            let x = n.inputs[0]
            ctx.rewrite("lower-float64-negate", at: n) { simple(.float64Negate, [x], n, g) }
        case .jsBitNot:
            guard n.inputs.count == 1, n.inputs[0].type.isNumberOnly else { return }
            let x = n.inputs[0]
            ctx.rewrite("lower-bit-not", at: n) {
                let minusOne = constant(-1, before: n, g)
                let a = int32Operand(x, before: n, g)
                return [minusOne] + (a === x ? [] : [a]) + simple(.int32BitXor, [a, minusOne], n, g)
            }
        case .jsToNumber:
            guard n.inputs.count == 1, n.inputs[0].type.isNumberOnly else { return }
            let x = n.inputs[0]
            ctx.rewrite("eliminate-to-number", at: n) {
                replace(n, with: x, g)
                return [x]
            }
        case .jsGeneric(.toPropertyKey):
            // A number or a string is its own property key (keyed accesses take numbers as
            // indices): the key of `a[i]` is then the int32 index the element access checks.
            guard n.inputs.count == 1, n.inputs[0].type.isNumberOnly || n.inputs[0].type.kinds == .string else { return }
            let x = n.inputs[0]
            ctx.rewrite("eliminate-to-property-key", at: n) {
                replace(n, with: x, g)
                return [x]
            }
        default:
            return
        }
    }
}
