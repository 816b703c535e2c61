/// Builds JavaScript expressions of a requested `ValueType` from the visible variables,
/// literals (edge values among them) and operators chosen to exercise the optimizer's
/// typing, lowering and folding rules. Every expression it returns is parenthesised where
/// needed and evaluates without throwing when its variables hold values of their types.
struct ExpressionGenerator {
    let context: GenerationContext

    /// An expression of `type`.
    func expression(_ type: ValueType) -> String {
        let ctx = context
        if ctx.expressionBudget <= 0 { return leaf(type) }
        ctx.expressionBudget -= 1
        defer { ctx.expressionBudget += 1 }
        if ctx.chance(1, in: 4) { return leaf(type) }
        switch type {
        case .int, .number, .boolean:
            // Some operands are idioms (whose value may be a number, an int or a boolean: all
            // three mix without throwing), and some intermediate values go through a probe, so a
            // wrong -0 or NaN shows even when the surrounding arithmetic would hide it.
            let inner = ctx.chance(1, in: 6) ? JITIdioms(expressions: self).expression()
                : type == .int ? intExpression() : type == .number ? numberExpression() : booleanExpression()
            return ctx.chance(1, in: 5) ? "__probe(\(inner))" : inner
        case .string: return stringExpression()
        case .intArray: return ctx.chance(1, in: 2) ? leaf(type) : "\(expression(.intArray)).slice(\(ctx.int(0...2)))"
        case .object: return objectLiteral()
        case .typedArray: return typedArrayLiteral()
        }
    }

    /// An expression of `type` one operator deep over variables and literals (`p1 * 0`,
    /// `Math.min(p1, v2)`): where a wrong fold or lowering is least likely to be hidden.
    func shallow(_ type: ValueType) -> String {
        let ctx = context
        let saved = ctx.expressionBudget
        ctx.expressionBudget = 1
        defer { ctx.expressionBudget = saved }
        return expression(type)
    }

    /// A variable or literal of `type`; parameters and locals are preferred to globals, since
    /// their values change from call to call (edge values reach optimized code through them).
    func leaf(_ type: ValueType) -> String {
        let ctx = context
        // An int variable is a number too.
        let locals = ctx.scope.localVariables(of: type) + (type == .number ? ctx.scope.localVariables(of: .int) : [])
        if !locals.isEmpty && ctx.chance(2, in: 3) { return ctx.pick(locals).name }
        let variables = ctx.scope.variables(of: type)
        if !variables.isEmpty && ctx.chance(3, in: 4) { return ctx.pick(variables).name }
        return literal(type)
    }

    /// The name of a visible variable of `type`, parameters preferred, then locals (their
    /// values change between calls); nil when none is visible.
    func variable(_ type: ValueType) -> String? {
        let ctx = context
        let parameters = ctx.scope.localVariables(of: type).filter(\.isParameter)
        if !parameters.isEmpty && ctx.chance(2, in: 3) { return ctx.pick(parameters).name }
        let locals = ctx.scope.localVariables(of: type)
        if !locals.isEmpty && ctx.chance(3, in: 4) { return ctx.pick(locals).name }
        return ctx.random.element(of: ctx.scope.variables(of: type))?.name
    }

    /// A parameter of `type` three times in four when there is one (for a number, an int
    /// parameter will do), otherwise a `leaf`: the operand of an idiom, which should see the
    /// changed arguments.
    func argument(_ type: ValueType) -> String {
        let ctx = context
        let parameters = (ctx.scope.localVariables(of: type) + (type == .number ? ctx.scope.localVariables(of: .int) : []))
            .filter(\.isParameter)
        if !parameters.isEmpty && ctx.chance(3, in: 4) { return ctx.pick(parameters).name }
        return leaf(type)
    }

    /// A literal of `type`, an edge value one time in three.
    func literal(_ type: ValueType) -> String {
        let ctx = context
        switch type {
        case .int:
            return ctx.chance(1, in: 3) ? ctx.pick(EdgeValues.ints) : String(ctx.int(-8...64))
        case .number:
            return ctx.chance(1, in: 2) ? ctx.pick(EdgeValues.numbers) : "\(ctx.int(-100...100)).\(ctx.int(1...9))"
        case .boolean: return ctx.chance(1, in: 2) ? "true" : "false"
        case .string: return ctx.pick(EdgeValues.strings)
        case .intArray: return ctx.pick(EdgeValues.arrays)
        case .object: return objectLiteral()
        case .typedArray: return typedArrayLiteral()
        }
    }

    private func intExpression() -> String {
        let ctx = context
        switch ctx.int(0...12) {
        case 0, 1:
            let op = ctx.pick(["+", "-", "*", "&", "|", "^"])
            return "(\(expression(.int)) \(op) \(expression(.int)))"
        case 2: return "(\(expression(.int)) & \(ctx.pick(EdgeValues.masks)))"
        case 3:
            let op = ctx.pick(["<<", ">>", ">>>"])
            return "(\(expression(.int)) \(op) \(ctx.chance(1, in: 2) ? ctx.pick(EdgeValues.masks) : expression(.int)))"
        case 4: return "(\(expression(.number)) | 0)"
        case 5: return "Math.\(ctx.pick(["min", "max"]))(\(expression(.int)), \(expression(.int)))"
        case 6: return "\(leaf(.intArray)).length"
        case 7: return "(\(leaf(.intArray))[\(index())] | 0)"
        case 8: return "(\(leaf(.string)).\(ctx.pick(["length", "indexOf(\"a\")", "lastIndexOf(\"b\")", "charCodeAt(0) | 0"])))"
        case 9: return "(\(leaf(.object)).x | 0)"
        case 10: return "(\(leaf(.typedArray))[\(index())] | 0)"
        case 11: return "(\(expression(.boolean)) ? \(expression(.int)) : \(expression(.int)))"
        default: return "(\(leaf(.intArray)).indexOf(\(expression(.int))))"
        }
    }

    private func numberExpression() -> String {
        let ctx = context
        switch ctx.int(0...10) {
        case 0: return expression(.int)
        case 1, 2:
            let op = ctx.pick(["+", "-", "*", "/", "%"])
            return "(\(expression(.number)) \(op) \(expression(ctx.chance(1, in: 2) ? .int : .number)))"
        case 3: return "(\(expression(.number)) * 0)"
        case 4:
            let f = ctx.pick(["expm1", "abs", "floor", "ceil", "round", "sqrt", "sign", "trunc", "fround", "log1p"])
            return "Math.\(f)(\(expression(.number)))"
        case 5: return "Math.\(ctx.pick(["min", "max"]))(\(expression(.number)), \(expression(.number)))"
        case 6: return "(-(\(expression(.number))))"
        case 7: return "(\(expression(.int)) >>> 0)"
        case 8: return "\(leaf(.typedArray))[\(index())]"
        case 9: return "\(leaf(.object)).y"
        default: return "(\(expression(.boolean)) ? \(expression(.number)) : \(expression(.number)))"
        }
    }

    private func booleanExpression() -> String {
        let ctx = context
        switch ctx.int(0...6) {
        case 0, 1:
            let t: ValueType = ctx.chance(1, in: 2) ? .int : .number
            return "(\(expression(t)) \(ctx.pick(["<", "<=", ">", ">=", "===", "!==", "==", "!="])) \(expression(t)))"
        case 2:
            let v = leaf(.number)
            return "(\(v) \(ctx.pick(["===", "!==", "<=", ">="])) \(v))"
        case 3: return "(!\(expression(.boolean)))"
        case 4: return "Object.is(\(expression(.number)), \(ctx.pick(["-0", "0", "NaN"])))"
        case 5: return "\(leaf(.intArray)).includes(\(expression(.int)))"
        default: return "(\(expression(.boolean)) \(ctx.pick(["&&", "||"])) \(expression(.boolean)))"
        }
    }

    private func stringExpression() -> String {
        let ctx = context
        switch ctx.int(0...3) {
        case 0: return "(\(expression(.string)) + \(expression(ctx.pick([.int, .number, .string]))))"
        case 1: return "String(\(expression(.number)))"
        case 2: return "\(leaf(.string)).slice(\(ctx.int(0...2)), \(expression(.int)))"
        default: return "\(leaf(.string)).charAt(\(index()))"
        }
    }

    /// An object literal with an int `x` and a number `y`, sometimes through a getter (which
    /// counts its calls in `calls`) or with an extra property (another shape).
    func objectLiteral() -> String {
        let ctx = context
        let x = ctx.chance(1, in: 5) ? "get x() { calls++; return \(literal(.int)); }" : "x: \(leaf(.int))"
        let extra = ctx.chance(1, in: 4) ? ", z: \(literal(.number))" : ""
        return ctx.chance(1, in: 3) ? "{y: \(leaf(.number)), \(x)\(extra)}" : "{\(x), y: \(leaf(.number))\(extra)}"
    }

    /// A typed array of some kind, from a length or from an array literal.
    func typedArrayLiteral() -> String {
        let ctx = context
        let kind = ctx.pick(EdgeValues.typedArrayKinds)
        return ctx.chance(1, in: 2) ? "new \(kind)(\(ctx.int(0...8)))" : "new \(kind)(\(ctx.pick(EdgeValues.arrays)))"
    }

    /// An index expression: a loop counter or an int, sometimes masked or shifted by one.
    func index() -> String {
        let ctx = context
        let counters = ctx.scope.variables(of: .int).filter { !$0.isWritable }
        if let counter = counters.last, ctx.chance(3, in: 4) {
            return ctx.pick([counter.name, counter.name, "\(counter.name) + 1", "\(counter.name) - 1", "\(counter.name) & 3"])
        }
        return ctx.chance(1, in: 2) ? String(ctx.int(-1...8)) : "(\(leaf(.int)) & 7)"
    }
}
