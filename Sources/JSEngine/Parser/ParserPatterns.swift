/// Binding patterns (declarations, parameters, catch) and the conversion of cover expressions to
/// assignment or binding patterns (destructuring assignment, arrow parameters) (part of `Parser`).
extension Parser {
    // MARK: - Binding patterns

    /// BindingIdentifier or a `[...]`/`{...}` binding pattern.
    mutating func parseBindingTarget() throws -> Pattern {
        try enterNesting()
        defer { depth -= 1 }
        switch token.kind {
        case .leftBracket: return try parseArrayBindingPattern()
        case .leftBrace: return try parseObjectBindingPattern()
        default: return try parseBindingIdentifier()
        }
    }

    mutating func parseBindingIdentifier() throws -> Pattern {
        let tok = token
        guard tok.kind == .identifier else { throw unexpected() }
        try checkIdentifierReference(tok)
        try checkBindingName(tok.value, at: tok.position, strict: function.isStrict)
        try advance()
        return .identifier(tok.value, tok.position)
    }

    /// A binding target with an optional `= default`.
    mutating func parseBindingElement() throws -> PatternElement {
        let target = try parseBindingTarget()
        var defaultValue: Expression?
        if try eat(.assign) {
            let savedIn = inAllowed
            inAllowed = true
            defaultValue = try parseAssignment()
            inAllowed = savedIn
        }
        return PatternElement(target: target, defaultValue: defaultValue)
    }

    private mutating func parseArrayBindingPattern() throws -> Pattern {
        try advance()
        var elements: [PatternElement?] = []
        var rest: Pattern?
        while token.kind != .rightBracket {
            if try eat(.comma) {
                elements.append(nil)
                continue
            }
            if try eat(.ellipsis) {
                rest = try parseBindingTarget()
                if token.kind != .rightBracket { throw error("Rest element must be last element") }
                break
            }
            elements.append(try parseBindingElement())
            if token.kind != .rightBracket { try expect(.comma) }
        }
        try advance()
        return .array(elements, rest: rest)
    }

    private mutating func parseObjectBindingPattern() throws -> Pattern {
        try advance()
        var properties: [PatternProperty] = []
        var rest: Pattern?
        while token.kind != .rightBrace {
            if try eat(.ellipsis) {
                rest = try parseBindingIdentifier()
                if token.kind != .rightBrace { throw error("Rest element must be last element") }
                break
            }
            let (key, keyToken) = try parsePropertyKey()
            if try eat(.colon) {
                properties.append(PatternProperty(key: key, value: try parseBindingElement()))
            } else {
                guard keyToken.kind == .identifier else { throw unexpected(keyToken) }
                try checkIdentifierReference(keyToken)
                try checkBindingName(keyToken.value, at: keyToken.position, strict: function.isStrict)
                var defaultValue: Expression?
                if try eat(.assign) {
                    defaultValue = try parseAssignment()
                }
                let element = PatternElement(target: .identifier(keyToken.value, keyToken.position), defaultValue: defaultValue)
                properties.append(PatternProperty(key: key, value: element))
            }
            if token.kind != .rightBrace { try expect(.comma) }
        }
        try advance()
        return .object(properties, rest: rest)
    }

    /// The names a pattern binds, in source order.
    func boundNames(of pattern: Pattern) -> [(String, SourcePosition)] {
        var names: [(String, SourcePosition)] = []
        collectBoundNames(pattern, into: &names)
        return names
    }

    private func collectBoundNames(_ pattern: Pattern, into names: inout [(String, SourcePosition)]) {
        switch pattern {
        case .identifier(let name, let position):
            names.append((name, position))
        case .expression:
            break
        case .array(let elements, let rest):
            for element in elements { if let element { collectBoundNames(element.target, into: &names) } }
            if let rest { collectBoundNames(rest, into: &names) }
        case .object(let properties, let rest):
            for property in properties { collectBoundNames(property.value.target, into: &names) }
            if let rest { collectBoundNames(rest, into: &names) }
        }
    }

    // MARK: - Cover grammar conversion

    /// A target of `op=`, `++`/`--`: an identifier or a (non-optional) property reference.
    func toSimpleTarget(_ e: Expression, message: String) throws -> Pattern {
        switch e.kind {
        case .identifier(let name):
            if function.isStrict && (name == "eval" || name == "arguments") {
                throw error("Unexpected eval or arguments in strict mode", at: e.position)
            }
            return .identifier(name, e.position)
        case .member(_, _, optional: false), .index(_, _, optional: false), .superMember, .superIndex:
            return .expression(e)
        default:
            throw error(message, at: e.position)
        }
    }

    /// Reinterprets an expression as an assignment target (destructuring allowed).
    func toAssignmentTarget(_ e: Expression, nested: Bool, message: String) throws -> Pattern {
        try toPattern(e, binding: false, message: nested ? "Invalid destructuring assignment target" : message)
    }

    /// An array/object element: `target` or `target = default`.
    func toPatternElement(_ e: Expression, binding: Bool) throws -> PatternElement {
        if case .assignment(.assign, let target, let value) = e.kind, !isParenthesized(e) {
            if binding { try checkBindingPattern(target) }
            return PatternElement(target: target, defaultValue: value)
        }
        return PatternElement(target: try toPattern(e, binding: binding, message: "Invalid destructuring assignment target"),
                              defaultValue: nil)
    }

    private func toPattern(_ e: Expression, binding: Bool, message: String) throws -> Pattern {
        let nestedMessage = "Invalid destructuring assignment target"
        switch e.kind {
        case .identifier(let name):
            if binding {
                if isParenthesized(e) { throw error(nestedMessage, at: e.position) }
                try checkBindingName(name, at: e.position, strict: function.isStrict)
            }
            return try toSimpleTarget(e, message: message)
        case .member, .index, .superMember, .superIndex:
            if binding { throw error(nestedMessage, at: e.position) }
            return try toSimpleTarget(e, message: message)
        case .array(let elements) where !isParenthesized(e):
            var result: [PatternElement?] = []
            var rest: Pattern?
            for (i, element) in elements.enumerated() {
                switch element {
                case .hole: result.append(nil)
                case .expression(let item): result.append(try toPatternElement(item, binding: binding))
                case .spread(let item):
                    if i != elements.count - 1 || literalsWithCommaAfterSpread.contains(e.position.offset) {
                        throw error("Rest element must be last element", at: item.position)
                    }
                    rest = try toPattern(item, binding: binding, message: nestedMessage)
                }
            }
            return .array(result, rest: rest)
        case .object(let properties) where !isParenthesized(e):
            var result: [PatternProperty] = []
            var rest: Pattern?
            for (i, property) in properties.enumerated() {
                switch property {
                case .property(let key, let value):
                    result.append(PatternProperty(key: key, value: try toPatternElement(value, binding: binding)))
                case .spread(let item):
                    if i != properties.count - 1 || literalsWithCommaAfterSpread.contains(e.position.offset) { throw error("Rest element must be last element", at: item.position) }
                    let target = try toPattern(item, binding: binding, message: nestedMessage)
                    switch target {
                    case .array, .object:
                        throw error("`...` must be followed by an assignable reference in assignment contexts", at: item.position)
                    case .identifier, .expression:
                        rest = target
                    }
                case .method, .getter, .setter:
                    throw error("Invalid destructuring assignment target", at: e.position)
                }
            }
            return .object(result, rest: rest)
        default:
            throw error(message, at: e.position)
        }
    }

    /// A pattern produced by assignment conversion, re-checked as a binding (arrow parameters).
    private func checkBindingPattern(_ pattern: Pattern) throws {
        switch pattern {
        case .identifier(let name, let position):
            try checkBindingName(name, at: position, strict: function.isStrict)
        case .expression(let e):
            throw error("Invalid destructuring assignment target", at: e.position)
        case .array(let elements, let rest):
            for element in elements { if let element { try checkBindingPattern(element.target) } }
            if let rest { try checkBindingPattern(rest) }
        case .object(let properties, let rest):
            for property in properties { try checkBindingPattern(property.value.target) }
            if let rest { try checkBindingPattern(rest) }
        }
    }
}
