import JSEngine

/// Expression printing (part of `JSPrinter`): operators with minimal parentheses, calls, member
/// chains, literals and templates.
extension JSPrinter {
    /// `e` printed for a position that requires at least `minimum`, parenthesised if it binds
    /// more loosely (or is an `in` expression inside a `for (init;` head).
    func expression(_ e: Expression, _ ctx: PrintContext, minimum: ExpressionPrecedence = .sequence) -> String {
        let level = ExpressionPrecedence.of(e)
        if level < minimum || (ctx.forbidIn && isInOperator(e)) {
            return "(" + bare(e, ctx.bracketed) + ")"
        }
        return bare(e, ctx)
    }

    private func isInOperator(_ e: Expression) -> Bool {
        if case .binary(.in, _, _) = e.kind { return true }
        return false
    }

    /// The expression's own text without surrounding parentheses.
    private func bare(_ e: Expression, _ ctx: PrintContext) -> String {
        switch e.kind {
        case .number(let value):
            return LiteralText.number(value)
        case .string(let units):
            return LiteralText.string(units)
        case .template(let quasis, let expressions):
            var text = "`"
            for (i, chunk) in quasis.enumerated() {
                text += LiteralText.templateChunk(chunk)
                if i < expressions.count { text += "${" + expression(expressions[i], ctx.bracketed) + "}" }
            }
            return text + "`"
        case .boolean(let value):
            return value ? "true" : "false"
        case .null:
            return "null"
        case .this:
            return "this"
        case .identifier(let name):
            return name
        case .array(let elements):
            return arrayLiteral(elements, ctx.bracketed)
        case .object(let properties):
            return objectLiteral(properties, ctx.bracketed)
        case .function(let fn):
            return function(fn, ctx)
        case .class(let node):
            return classText(node, ctx)
        case .unary(let op, let operand):
            return unary(op, operand, ctx)
        case .update(let op, let prefix, let operand):
            let target = expression(operand, ctx, minimum: .member)
            if prefix { return op.rawValue + target }
            return target + op.rawValue
        case .binary(let op, let left, let right):
            return binary(op, left, right, ctx)
        case .logical(let op, let left, let right):
            return logical(op, left, right, ctx)
        case .assignment(let op, let target, let value):
            return pattern(target, ctx) + " " + op.text + " " + expression(value, ctx, minimum: .assignment)
        case .conditional(let test, let consequent, let alternate):
            return expression(test, ctx, minimum: .nullish) + " ? "
                + expression(consequent, ctx.bracketed, minimum: .assignment) + " : "
                + expression(alternate, ctx, minimum: .assignment)
        case .call(let callee, let arguments, let optional):
            return chainObject(callee, ctx) + (optional ? "?." : "") + argumentList(arguments, ctx.bracketed)
        case .new(let callee, let arguments):
            // Every form that needs the extra parentheses is member-level, so the precedence rule
            // alone never adds them.
            let calleeText = JSPrinter.needsParenthesesAsNewCallee(callee)
                ? "(" + bare(callee, ctx.bracketed) + ")"
                : expression(callee, ctx, minimum: .member)
            return "new " + calleeText + argumentList(arguments, ctx.bracketed)
        case .member(let object, let name, let optional):
            return chainObject(object, ctx) + (optional ? "?." : ".") + name
        case .index(let object, let index, let optional):
            return chainObject(object, ctx) + (optional ? "?.[" : "[") + expression(index, ctx.bracketed) + "]"
        case .optionalChain(let chain):
            return bare(chain, ctx)
        case .superCall(let arguments):
            return "super" + argumentList(arguments, ctx.bracketed)
        case .superMember(let name):
            return "super." + name
        case .superIndex(let index):
            return "super[" + expression(index, ctx.bracketed) + "]"
        case .sequence(let items):
            return items.map { expression($0, ctx, minimum: .assignment) }.joined(separator: ", ")
        case .nativeCall(let name, let arguments):
            let items = arguments.map { expression($0, ctx.bracketed, minimum: .assignment) }
            return "%" + name + "(" + items.joined(separator: ", ") + ")"
        }
    }

    /// The object of a member access or the callee of a call: a member-level expression, but a
    /// finished optional chain and a number literal (`1.x`) need parentheses.
    private func chainObject(_ object: Expression, _ ctx: PrintContext) -> String {
        switch object.kind {
        case .optionalChain, .number:
            return "(" + bare(object, ctx.bracketed) + ")"
        default:
            return expression(object, ctx, minimum: .member)
        }
    }

    /// Whether a `new` callee must be parenthesised because a call (or a nested `new` or a
    /// finished optional chain) in its member chain would otherwise take the argument list.
    static func needsParenthesesAsNewCallee(_ callee: Expression) -> Bool {
        switch callee.kind {
        case .call, .new, .optionalChain, .superCall:
            return true
        case .member(let object, _, _), .index(let object, _, _):
            return needsParenthesesAsNewCallee(object)
        default:
            return false
        }
    }

    private func unary(_ op: UnaryOperator, _ operand: Expression, _ ctx: PrintContext) -> String {
        let text = expression(operand, ctx, minimum: .unary)
        switch op {
        case .typeof, .void, .delete:
            return op.rawValue + " " + text
        case .minus, .plus:
            // `- -x` and `+ ++x` must not fuse into `--` / `++`.
            return op.rawValue + (text.hasPrefix(op.rawValue) ? " " : "") + text
        case .not, .bitNot:
            return op.rawValue + text
        }
    }

    private func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, _ ctx: PrintContext) -> String {
        let level = ExpressionPrecedence.of(op)
        let leftText: String
        let rightText: String
        if op == .exp {
            // Right-associative, and a unary operand is allowed on the right only: on the left it
            // is a syntax error without parentheses.
            leftText = expression(left, ctx, minimum: .postfix)
            rightText = expression(right, ctx, minimum: .exponent)
        } else {
            leftText = expression(left, ctx, minimum: level)
            rightText = expression(right, ctx, minimum: level.tighter)
        }
        return leftText + " " + op.rawValue + " " + rightText
    }

    private func logical(_ op: LogicalOperator, _ left: Expression, _ right: Expression, _ ctx: PrintContext) -> String {
        let level = ExpressionPrecedence.of(op)
        // `??` may not be mixed with a bare `||` / `&&`: on its left they bind tighter, so the
        // precedence rule keeps them bare and they are wrapped here; on its right the minimum
        // (bitwise-or level, as the parser requires) already wraps them.
        let leftText = op == .nullish && isAndOr(left)
            ? "(" + bare(left, ctx.bracketed) + ")"
            : expression(left, ctx, minimum: level)
        let rightMinimum: ExpressionPrecedence = op == .nullish || op == .and ? .bitwiseOr : .logicalAnd
        return leftText + " " + op.rawValue + " " + expression(right, ctx, minimum: rightMinimum)
    }

    private func isAndOr(_ e: Expression) -> Bool {
        if case .logical(let op, _, _) = e.kind { return op != .nullish }
        return false
    }

    func argumentList(_ arguments: [Argument], _ ctx: PrintContext) -> String {
        let items = arguments.map { argument -> String in
            switch argument {
            case .expression(let e): return expression(e, ctx, minimum: .assignment)
            case .spread(let e): return "..." + expression(e, ctx, minimum: .assignment)
            }
        }
        return "(" + items.joined(separator: ", ") + ")"
    }

    private func arrayLiteral(_ elements: [ArrayElement], _ ctx: PrintContext) -> String {
        let items = elements.map { element -> String in
            switch element {
            case .hole: return ""
            case .expression(let e): return expression(e, ctx, minimum: .assignment)
            case .spread(let e): return "..." + expression(e, ctx, minimum: .assignment)
            }
        }
        var text = items.joined(separator: ", ")
        if case .hole? = elements.last { text += "," }     // `[a, ,]`: a trailing hole needs its comma
        return "[" + text + "]"
    }

    private func objectLiteral(_ properties: [ObjectProperty], _ ctx: PrintContext) -> String {
        guard !properties.isEmpty else { return "{}" }
        let multiline = properties.contains { property in
            switch property {
            case .method, .getter, .setter: return true
            case .property(_, let value):
                if case .function = value.kind { return true }
                if case .class = value.kind { return true }
                return false
            case .spread: return false
            }
        }
        var inner = ctx
        if multiline { inner.indent += 1 }
        let items = properties.map { objectProperty($0, inner) }
        if multiline {
            let lines = items.map { pad(inner.indent) + $0 }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + pad(ctx.indent) + "}"
        }
        return "{ " + items.joined(separator: ", ") + " }"
    }

    private func objectProperty(_ property: ObjectProperty, _ ctx: PrintContext) -> String {
        switch property {
        case .property(let key, let value):
            if case .identifier(let name) = key, case .identifier(name) = value.kind,
               LiteralText.isIdentifierName(name) {
                return name
            }
            return propertyKey(key, ctx) + ": " + expression(value, ctx, minimum: .assignment)
        case .method(let key, let fn):
            return method(prefix: "", key: key, fn, ctx)
        case .getter(let key, let fn):
            return method(prefix: "get ", key: key, fn, ctx)
        case .setter(let key, let fn):
            return method(prefix: "set ", key: key, fn, ctx)
        case .spread(let e):
            return "..." + expression(e, ctx, minimum: .assignment)
        }
    }

    func propertyKey(_ key: PropertyName, _ ctx: PrintContext) -> String {
        switch key {
        case .identifier(let name): return LiteralText.propertyKey(name)
        case .computed(let e): return "[" + expression(e, ctx.bracketed, minimum: .assignment) + "]"
        }
    }
}
