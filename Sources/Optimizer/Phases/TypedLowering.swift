import JSEngine

/// Typed lowering: replaces generic JS operators whose inputs the typer proved (or the
/// speculation guards made) numbers or strings by typed, pure operations: int32
/// arithmetic followed by an overflow guard, float64 arithmetic, int32 bitwise ops,
/// number comparisons, string concatenation. Mirrors V8 TurboFan's `TypedOptimization`
/// and the speculative-number part of `SimplifiedLowering` (JSTypedLowering).
/// Every change is one numbered rewrite; the replaced JS node leaves the effect chain.
public struct TypedLoweringPhase: OptimizationPhase {
    public let id = "typed-lowering"
    public init() {}

    public func run(_ ctx: PhaseContext) {
        let g = ctx.graph
        // The typer runs first in the pipeline; type the graph if it did not.
        if g.liveNodes.contains(where: { $0.typedBy == "graph-builder" }) {
            Typer.typeGraph(g, by: id, onlyChanged: true)
        }
        for b in g.blocks {
            for n in b.nodes where !n.isDead {
                lower(n, ctx)
            }
        }
    }

    private func make(_ op: Opcode, _ inputs: [Node], before at: Node, _ g: Graph) -> Node {
        g.addTyped(op, inputs, before: at, typedBy: id)
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
                    ctx.rewrite(rule, at: n) { int32Checked(typed, l, r, n, g) }
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
                if bothNumber { (typed, rule) = (.numberEqual, "lower-number-equal") }
                else if lt.kinds == .string && rt.kinds == .string { (typed, rule) = (.stringEqual, "lower-string-equal") }
                else { return }
                ctx.rewrite(rule, at: n) {
                    if !negated { return simple(typed, [l, r], n, g) }
                    let eq = make(typed, [l, r], before: n, g)
                    return [eq] + simple(.booleanNot, [eq], n, g)
                }
            case .in, .instanceof:
                return
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
        default:
            return
        }
    }
}
