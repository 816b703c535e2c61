/// Primary expressions: literals, identifiers, parenthesised expressions and arrow heads,
/// array/object/template literals and natives calls (part of `Parser`).
extension Parser {
    mutating func parsePrimary() throws -> Expression {
        let tok = token
        let position = tok.position
        switch tok.kind {
        case .identifier:
            if atContextual("async") {
                let next = try peek()
                if !next.newlineBefore && (next.kind == .kwFunction || next.kind == .identifier) {
                    throw unsupported("async functions are", at: position)
                }
            }
            try checkIdentifierReference(tok)
            try advance()
            if token.kind == .arrow {
                if token.newlineBefore { throw unexpected() }
                if tok.start != arrowStart { throw error("Malformed arrow function parameter list", at: position) }
                try checkBindingName(tok.value, at: position, strict: function.isStrict)
                let parameter = PatternElement(target: .identifier(tok.value, position), defaultValue: nil)
                return try parseArrowFunction(parameters: [parameter], rest: nil, isSimple: true, start: tok)
            }
            return Expression(.identifier(tok.value), at: position)
        case .number:
            if tok.isLegacyOctal && function.isStrict {
                let isOctal = !source(of: tok).contains(where: { $0 == 0x38 || $0 == 0x39 })
                throw error(isOctal ? "Octal literals are not allowed in strict mode."
                                    : "Decimals with leading zeros are not allowed in strict mode.", at: position)
            }
            try advance()
            return Expression(.number(tok.number), at: position)
        case .string:
            if tok.isLegacyOctal && function.isStrict {
                throw error("Octal escape sequences are not allowed in strict mode.", at: position)
            }
            try advance()
            return Expression(.string(tok.cooked), at: position)
        case .template:
            return try parseTemplate()
        case .kwTrue, .kwFalse:
            try advance()
            return Expression(.boolean(tok.kind == .kwTrue), at: position)
        case .kwNull:
            try advance()
            return Expression(.null, at: position)
        case .kwThis:
            try advance()
            return Expression(.this, at: position)
        case .leftParen:
            return try parseParenthesizedOrArrow()
        case .leftBracket:
            return try parseArrayLiteral()
        case .leftBrace:
            return try parseObjectLiteral()
        case .kwFunction:
            return Expression(.function(try parseFunctionExpression()), at: position)
        case .kwClass:
            return Expression(.class(try parseClass(isExpression: true)), at: position)
        case .slash, .slashAssign:
            throw unsupported("regular expression literals are", at: position)
        case .percent where options.allowNativesSyntax:
            return try parseNativeCall()
        case .privateName:
            throw unsupported("private class members are", at: position)
        default:
            throw unexpected()
        }
    }

    /// The UTF-16 text of a token.
    func source(of tok: Token) -> ArraySlice<UInt16> {
        lexer.source[tok.start..<tok.end]
    }

    /// An identifier used as a reference: no escaped keywords, no strict reserved words in strict code.
    func checkIdentifierReference(_ tok: Token) throws {
        if tok.hasEscape && TokenKind.keywords[tok.value] != nil {
            throw error("Keyword must not contain escaped characters", at: tok.position)
        }
        if function.isStrict && TokenKind.strictReserved.contains(tok.value) {
            throw error("Unexpected strict mode reserved word", at: tok.position)
        }
    }

    /// `( ... )`: a parenthesised expression or the parameter list of an arrow function.
    private mutating func parseParenthesizedOrArrow() throws -> Expression {
        let open = token
        try advance()
        let savedIn = inAllowed
        let savedCover = pendingCoverError
        inAllowed = true
        pendingCoverError = nil
        var items: [Expression] = []
        var rest: Pattern?
        var needsArrow = false
        while token.kind != .rightParen {
            if token.kind == .ellipsis {
                try advance()
                rest = try parseBindingTarget()
                needsArrow = true
                if token.kind != .rightParen { throw error("Rest parameter must be last formal parameter") }
                break
            }
            items.append(try parseAssignment(allowCover: true))
            guard try eat(.comma) else { break }
            if token.kind == .rightParen { needsArrow = true }
        }
        let close = token
        try expect(.rightParen)
        inAllowed = savedIn
        if items.isEmpty { needsArrow = true }
        if token.kind == .arrow && !token.newlineBefore {
            if open.start != arrowStart { throw error("Malformed arrow function parameter list", at: open.position) }
            pendingCoverError = savedCover
            var parameters: [PatternElement] = []
            var isSimple = rest == nil
            for item in items {
                let element = try toPatternElement(item, binding: true)
                if case .identifier = element.target, element.defaultValue == nil {} else { isSimple = false }
                parameters.append(element)
            }
            return try parseArrowFunction(parameters: parameters, rest: rest, isSimple: isSimple, start: open)
        }
        if needsArrow { throw unexpected(items.isEmpty || rest != nil ? close : token) }
        let e = items.count == 1 ? items[0] : Expression(.sequence(items), at: items[0].position)
        parenthesized.insert(e.position.offset)
        pendingCoverError = savedCover ?? pendingCoverError
        return e
    }

    private mutating func parseArrayLiteral() throws -> Expression {
        let position = token.position
        try advance()
        let savedIn = inAllowed
        inAllowed = true
        defer { inAllowed = savedIn }
        var elements: [ArrayElement] = []
        while token.kind != .rightBracket {
            if token.kind == .comma {
                try advance()
                elements.append(.hole)
                continue
            }
            if try eat(.ellipsis) {
                elements.append(.spread(try parseAssignment(allowCover: true)))
                if token.kind == .comma { literalsWithCommaAfterSpread.insert(position.offset) }
            } else {
                elements.append(.expression(try parseAssignment(allowCover: true)))
            }
            if token.kind != .rightBracket { try expect(.comma) }
        }
        try advance()
        return Expression(.array(elements), at: position)
    }

    private mutating func parseObjectLiteral() throws -> Expression {
        let position = token.position
        try advance()
        let savedIn = inAllowed
        inAllowed = true
        defer { inAllowed = savedIn }
        var properties: [ObjectProperty] = []
        var sawProto = false
        while token.kind != .rightBrace {
            if try eat(.ellipsis) {
                properties.append(.spread(try parseAssignment(allowCover: true)))
                if token.kind == .comma { literalsWithCommaAfterSpread.insert(position.offset) }
            } else {
                properties.append(try parsePropertyDefinition(sawProto: &sawProto))
            }
            if token.kind != .rightBrace { try expect(.comma) }
        }
        try advance()
        return Expression(.object(properties), at: position)
    }

    /// Whether the current `get`/`set`/`static`/`async` word is a modifier rather than a key:
    /// it is a key when followed by `(`, `:`, `,`, `}`, `=` or `;`.
    mutating func isModifierWord() throws -> Bool {
        let next = try peek()
        switch next.kind {
        case .leftParen, .colon, .comma, .rightBrace, .assign, .semicolon, .eof: return false
        default: return true
        }
    }

    private mutating func parsePropertyDefinition(sawProto: inout Bool) throws -> ObjectProperty {
        let start = token
        if token.kind == .star { throw unsupported("generators are", at: start.position) }
        if atContextual("async"), try isModifierWord(), !(try peek()).newlineBefore {
            throw unsupported("async functions are", at: start.position)
        }
        if atContextual("get") || atContextual("set"), try isModifierWord() {
            let isGetter = token.value == "get"
            try advance()
            let (key, _) = try parsePropertyKey()
            let fn = try parseMethod(kind: isGetter ? .getter : .setter, name: keyName(key), start: start,
                                     allowSuperCall: false)
            return isGetter ? .getter(key, fn) : .setter(key, fn)
        }
        let (key, keyToken) = try parsePropertyKey()
        switch token.kind {
        case .colon:
            try advance()
            let value = try parseAssignment(allowCover: true)
            if case .identifier("__proto__") = key, keyToken.kind != .leftBracket {
                if sawProto && pendingCoverError == nil {
                    pendingCoverError = error("Duplicate __proto__ fields are not allowed in object literals", at: keyToken.position)
                }
                sawProto = true
            }
            return .property(key, value)
        case .leftParen:
            return .method(key, try parseMethod(kind: .method, name: keyName(key), start: start, allowSuperCall: false))
        default:
            guard keyToken.kind == .identifier else { throw unexpected() }
            try checkIdentifierReference(keyToken)
            let reference = Expression(.identifier(keyToken.value), at: keyToken.position)
            if token.kind == .assign {
                // `{a = 1}` is only valid once the literal is reinterpreted as a pattern.
                if pendingCoverError == nil {
                    pendingCoverError = error("Invalid shorthand property initializer")
                }
                let target = try toSimpleTarget(reference, message: "Invalid destructuring assignment target")
                try advance()
                let value = try parseAssignment()
                return .property(key, Expression(.assignment(.assign, target, value), at: keyToken.position))
            }
            return .property(key, reference)
        }
    }

    /// The name a method gets from a non-computed key.
    func keyName(_ key: PropertyName) -> String? {
        if case .identifier(let name) = key { return name }
        return nil
    }

    /// A property key: identifier name, string, number (canonicalised) or `[computed]`.
    /// Returns the key and its first token.
    mutating func parsePropertyKey() throws -> (PropertyName, Token) {
        let tok = token
        switch tok.kind {
        case .identifier:
            try advance()
            return (.identifier(tok.value), tok)
        case .string, .number:
            _ = try parsePrimary()                 // applies the strict-mode octal checks
            let name = tok.kind == .string ? String(decoding: tok.cooked, as: UTF16.self)
                                           : NumberConversion.numberToString(tok.number)
            return (.identifier(name), tok)
        case .leftBracket:
            try advance()
            let savedIn = inAllowed
            inAllowed = true
            let key = try parseAssignment()
            inAllowed = savedIn
            try expect(.rightBracket)
            return (.computed(key), tok)
        case .privateName:
            throw unsupported("private class members are", at: tok.position)
        default:
            guard tok.kind.isKeyword else { throw unexpected() }
            try advance()
            return (.identifier(tok.value), tok)
        }
    }

    private mutating func parseTemplate() throws -> Expression {
        let position = token.position
        var quasis: [[UInt16]] = []
        var expressions: [Expression] = []
        let savedIn = inAllowed
        inAllowed = true
        defer { inAllowed = savedIn }
        while true {
            if let escapeError = token.templateEscapeError { throw escapeError }
            quasis.append(token.cooked)
            if token.isTemplateTail {
                try advance()
                break
            }
            try advance()
            expressions.append(try parseExpression())
            guard token.kind == .rightBrace else { throw unexpected() }
            token = try lexer.scanTemplateContinuation(at: token.start)
        }
        return Expression(.template(quasis, expressions), at: position)
    }

    /// `%Name(args)` (natives syntax).
    private mutating func parseNativeCall() throws -> Expression {
        let position = token.position
        try advance()
        guard token.kind == .identifier, token.start == Int(position.offset) + 1 else { throw unexpected() }
        let name = token.value
        try advance()
        try expect(.leftParen)
        let savedIn = inAllowed
        inAllowed = true
        defer { inAllowed = savedIn }
        var arguments: [Expression] = []
        while token.kind != .rightParen {
            arguments.append(try parseAssignment())
            if token.kind == .rightParen { break }
            guard token.kind == .comma else { throw error("missing ) after argument list") }
            try advance()
        }
        try advance()
        return Expression(.nativeCall(name, arguments), at: position)
    }
}
