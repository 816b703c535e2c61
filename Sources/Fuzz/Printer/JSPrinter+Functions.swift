import JSEngine

/// Functions, classes and binding/assignment patterns (part of `JSPrinter`).
extension JSPrinter {
    /// A function declaration, function expression or arrow function.
    func function(_ fn: FunctionNode, _ ctx: PrintContext) -> String {
        let parameters = parameterList(fn, ctx)
        if fn.kind == .arrow {
            if fn.isExpressionBody, fn.body.count == 1, case .return(let value?) = fn.body[0].kind {
                // The body keeps the surrounding `for (init;` restriction, as the parser applies it.
                let text = expression(value, ctx, minimum: .assignment)
                return parameters + " => " + (text.hasPrefix("{") ? "(" + text + ")" : text)
            }
            return parameters + " => " + block(fn.body, indent: ctx.indent)
        }
        let name = fn.name.map { "function " + $0 } ?? "function "
        return name + parameters + " " + block(fn.body, indent: ctx.indent)
    }

    /// An object-literal or class method, getter or setter: `prefix key(params) { body }`.
    func method(prefix: String, key: PropertyName, _ fn: FunctionNode, _ ctx: PrintContext) -> String {
        prefix + propertyKey(key, ctx) + parameterList(fn, ctx) + " " + block(fn.body, indent: ctx.indent)
    }

    private func parameterList(_ fn: FunctionNode, _ ctx: PrintContext) -> String {
        var items = fn.parameters.map { patternElement($0, ctx.bracketed) }
        if let rest = fn.rest { items.append("..." + pattern(rest, ctx.bracketed)) }
        return "(" + items.joined(separator: ", ") + ")"
    }

    /// A class declaration or expression; members one per line.
    func classText(_ node: ClassNode, _ ctx: PrintContext) -> String {
        var text = "class"
        if let name = node.name { text += " " + name }
        if let heritage = node.heritage { text += " extends " + expression(heritage, ctx.bracketed, minimum: .member) }
        var members: [String] = []
        var inner = ctx.bracketed
        inner.indent += 1
        if let constructor = node.constructor {
            members.append(method(prefix: "", key: .identifier("constructor"), constructor, inner))
        }
        for member in node.members {
            var prefix = member.isStatic ? "static " : ""
            switch member.kind {
            case .method: break
            case .getter: prefix += "get "
            case .setter: prefix += "set "
            }
            members.append(method(prefix: prefix, key: member.key, member.function, inner))
        }
        guard !members.isEmpty else { return text + " {}" }
        return text + " {\n" + members.map { pad(inner.indent) + $0 }.joined(separator: "\n") + "\n" + pad(ctx.indent) + "}"
    }

    /// A binding or assignment target.
    func pattern(_ p: Pattern, _ ctx: PrintContext) -> String {
        switch p {
        case .identifier(let name, _):
            return name
        case .expression(let e):
            return expression(e, ctx, minimum: .member)
        case .array(let elements, let rest):
            var items = elements.map { element in element.map { patternElement($0, ctx.bracketed) } ?? "" }
            if let rest { items.append("..." + pattern(rest, ctx.bracketed)) }
            var text = items.joined(separator: ", ")
            if rest == nil, let last = elements.last, last == nil { text += "," }
            return "[" + text + "]"
        case .object(let properties, let rest):
            var items = properties.map { property -> String in
                if case .identifier(let key) = property.key, case .identifier(key, _) = property.value.target,
                   LiteralText.isIdentifierName(key) {
                    return key + defaultText(property.value.defaultValue, ctx.bracketed)
                }
                return propertyKey(property.key, ctx.bracketed) + ": " + patternElement(property.value, ctx.bracketed)
            }
            if let rest { items.append("..." + pattern(rest, ctx.bracketed)) }
            return items.isEmpty ? "{}" : "{ " + items.joined(separator: ", ") + " }"
        }
    }

    private func patternElement(_ element: PatternElement, _ ctx: PrintContext) -> String {
        pattern(element.target, ctx) + defaultText(element.defaultValue, ctx)
    }

    private func defaultText(_ value: Expression?, _ ctx: PrintContext) -> String {
        value.map { " = " + expression($0, ctx, minimum: .assignment) } ?? ""
    }
}
