/// Expression parsing from comma expressions down to member/call chains (part of `Parser`).
/// Primary expressions and literals are in `ParserLiterals.swift`.
extension Parser {
    /// Expression: one or more assignment expressions separated by commas.
    mutating func parseExpression(allowCover: Bool = false) throws -> Expression {
        let position = token.position
        let first = try parseAssignment(allowCover: allowCover)
        guard token.kind == .comma else { return first }
        var list = [first]
        while try eat(.comma) {
            list.append(try parseAssignment(allowCover: allowCover))
        }
        return Expression(.sequence(list), at: position)
    }

    /// AssignmentExpression, including arrow functions and destructuring assignment. With
    /// `allowCover`, an object literal with `{a = 1}` is left for the caller to reinterpret.
    mutating func parseAssignment(allowCover: Bool = false) throws -> Expression {
        try enterNesting()
        let savedArrowStart = arrowStart
        let savedCover = pendingCoverError
        defer {
            depth -= 1
            arrowStart = savedArrowStart
        }
        arrowStart = token.start
        pendingCoverError = nil
        let position = token.position
        let left = try parseConditional()
        if isUnparenthesizedArrow(left) {
            pendingCoverError = savedCover
            return left
        }
        guard let op = token.kind.assignmentOperator else {
            if let pending = pendingCoverError, !allowCover { throw pending }
            pendingCoverError = savedCover ?? pendingCoverError
            return left
        }
        let target: Pattern
        if op == .assign && isLiteralPattern(left) {
            target = try toAssignmentTarget(left, nested: false, message: "Invalid left-hand side in assignment")
        } else {
            if let pending = pendingCoverError { throw pending }
            target = try toSimpleTarget(left, message: "Invalid left-hand side in assignment")
        }
        try advance()
        let value = try parseAssignment()
        pendingCoverError = savedCover
        return Expression(.assignment(op, target, value), at: position)
    }

    /// An unparenthesized array or object literal (a destructuring assignment target).
    func isLiteralPattern(_ e: Expression) -> Bool {
        switch e.kind {
        case .array, .object: return !parenthesized.contains(e.position.offset)
        default: return false
        }
    }

    /// An arrow function that was not wrapped in parentheses: nothing may follow it in the same
    /// expression (it is a whole AssignmentExpression).
    func isUnparenthesizedArrow(_ e: Expression) -> Bool {
        if case .function(let f) = e.kind, f.kind == .arrow {
            return !parenthesized.contains(e.position.offset)
        }
        return false
    }

    func isParenthesized(_ e: Expression) -> Bool {
        parenthesized.contains(e.position.offset)
    }

    private mutating func parseConditional() throws -> Expression {
        let position = token.position
        let test = try parseBinary(minPrecedence: 1)
        guard token.kind == .question, !isUnparenthesizedArrow(test) else { return test }
        try advance()
        let savedIn = inAllowed
        inAllowed = true
        let consequent = try parseAssignment()
        inAllowed = savedIn
        try expect(.colon)
        let alternate = try parseAssignment()
        return Expression(.conditional(test, consequent, alternate), at: position)
    }

    /// Binding power of a binary operator token; 0 if it is not one.
    private func precedence(_ kind: TokenKind) -> Int {
        switch kind {
        case .questionQuestion: return 1
        case .barBar: return 2
        case .ampersandAmpersand: return 3
        case .bar: return 4
        case .caret: return 5
        case .ampersand: return 6
        case .equal, .notEqual, .strictEqual, .strictNotEqual: return 7
        case .less, .greater, .lessEqual, .greaterEqual, .kwInstanceof, .kwIn: return 8
        case .shiftLeft, .shiftRight, .shiftRightUnsigned: return 9
        case .plus, .minus: return 10
        case .star, .slash, .percent: return 11
        case .starStar: return 12
        default: return 0
        }
    }

    /// Precedence climbing over all binary and logical operators.
    private mutating func parseBinary(minPrecedence: Int) throws -> Expression {
        let position = token.position
        var left = try parseUnary()
        if isUnparenthesizedArrow(left) { return left }
        while true {
            let kind = token.kind
            let prec = precedence(kind)
            if prec == 0 || prec < minPrecedence || (kind == .kwIn && !inAllowed) { break }
            let leftIsBareLogical: LogicalOperator?
            if case .logical(let op, _, _) = left.kind, !isParenthesized(left) { leftIsBareLogical = op } else { leftIsBareLogical = nil }
            // `??` may not be mixed with bare `||`/`&&`, and `-x ** y` is ambiguous.
            if kind == .questionQuestion && (leftIsBareLogical == .and || leftIsBareLogical == .or) {
                throw unexpected()
            }
            if (kind == .barBar || kind == .ampersandAmpersand) && leftIsBareLogical == .nullish {
                throw unexpected()
            }
            if kind == .starStar, case .unary = left.kind, !isParenthesized(left) {
                throw error("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence")
            }
            try advance()
            // `**` is right-associative; the right side of `??` may not contain bare `||`/`&&`.
            let rightMin = kind == .starStar ? prec : kind == .questionQuestion ? 4 : prec + 1
            let right = try parseBinary(minPrecedence: rightMin)
            switch kind {
            case .questionQuestion: left = Expression(.logical(.nullish, left, right), at: position)
            case .barBar: left = Expression(.logical(.or, left, right), at: position)
            case .ampersandAmpersand: left = Expression(.logical(.and, left, right), at: position)
            default:
                guard let op = kind.binaryOperator else { throw unexpected() }
                left = Expression(.binary(op, left, right), at: position)
            }
        }
        return left
    }

    private mutating func parseUnary() throws -> Expression {
        try enterNesting()
        defer { depth -= 1 }
        let position = token.position
        let op: UnaryOperator
        switch token.kind {
        case .bang: op = .not
        case .tilde: op = .bitNot
        case .plus: op = .plus
        case .minus: op = .minus
        case .kwTypeof: op = .typeof
        case .kwVoid: op = .void
        case .kwDelete: op = .delete
        case .plusPlus, .minusMinus:
            let update: UpdateOperator = token.kind == .plusPlus ? .increment : .decrement
            try advance()
            let operand = try parseUnary()
            _ = try toSimpleTarget(operand, message: "Invalid left-hand side expression in prefix operation")
            return Expression(.update(update, prefix: true, operand), at: position)
        default:
            return try parsePostfix()
        }
        try advance()
        let operand = try parseUnary()
        if op == .delete && function.isStrict, case .identifier = operand.kind {
            throw error("Delete of an unqualified identifier in strict mode.", at: position)
        }
        return Expression(.unary(op, operand), at: position)
    }

    private mutating func parsePostfix() throws -> Expression {
        let position = token.position
        let operand = try parseLeftHandSide()
        guard (token.kind == .plusPlus || token.kind == .minusMinus) && !token.newlineBefore,
              !isUnparenthesizedArrow(operand) else { return operand }
        _ = try toSimpleTarget(operand, message: "Invalid left-hand side expression in postfix operation")
        let update: UpdateOperator = token.kind == .plusPlus ? .increment : .decrement
        try advance()
        return Expression(.update(update, prefix: false, operand), at: position)
    }

    /// LeftHandSideExpression: `new`, `super`, primary expressions and their member/call chains.
    mutating func parseLeftHandSide() throws -> Expression {
        let position = token.position
        let base: Expression
        switch token.kind {
        case .kwNew: base = try parseNew()
        case .kwSuper: base = try parseSuper()
        case .kwImport: throw unsupported("'import' is", at: position)
        default: base = try parsePrimary()
        }
        if isUnparenthesizedArrow(base) { return base }
        return try parseCallTail(base, position: position, allowCalls: true)
    }

    private mutating func parseNew() throws -> Expression {
        try enterNesting()
        defer { depth -= 1 }
        let position = token.position
        try advance()
        if token.kind == .dot {
            try advance()
            guard atContextual("target") else { throw unexpected() }
            if !function.inFunction { throw error("new.target expression is not allowed here", at: position) }
            throw unsupported("new.target is", at: position)
        }
        let calleePosition = token.position
        var callee: Expression
        switch token.kind {
        case .kwNew: callee = try parseNew()
        case .kwSuper: callee = try parseSuper()
        case .kwImport: throw unsupported("'import' is", at: calleePosition)
        default: callee = try parsePrimary()
        }
        callee = try parseCallTail(callee, position: calleePosition, allowCalls: false)
        let arguments = token.kind == .leftParen ? try parseArguments() : []
        return Expression(.new(callee, arguments), at: position)
    }

    private mutating func parseSuper() throws -> Expression {
        let position = token.position
        try advance()
        switch token.kind {
        case .leftParen where function.allowSuperCall:
            return Expression(.superCall(try parseArguments()), at: position)
        case .dot where function.allowSuperProperty:
            try advance()
            return Expression(.superMember(try parsePropertyIdentifierName()), at: position)
        case .leftBracket where function.allowSuperProperty:
            try advance()
            let savedIn = inAllowed
            inAllowed = true
            let index = try parseExpression()
            inAllowed = savedIn
            try expect(.rightBracket)
            return Expression(.superIndex(index), at: position)
        default:
            throw error("'super' keyword unexpected here", at: position)
        }
    }

    /// The name after `.` or `?.`: any IdentifierName, including reserved words.
    private mutating func parsePropertyIdentifierName() throws -> String {
        if token.kind == .privateName { throw unsupported("private class members are", at: token.position) }
        guard token.kind == .identifier || token.kind.isKeyword else { throw unexpected() }
        let name = token.value
        try advance()
        return name
    }

    /// `.name`, `[index]`, `(args)` and `?.` links after `base`; an optional chain is wrapped in
    /// `.optionalChain` where it ends. Without `allowCalls` (a `new` callee) it stops at `(`.
    private mutating func parseCallTail(_ base: Expression, position: SourcePosition, allowCalls: Bool) throws -> Expression {
        var e = base
        var isChain = false
        while true {
            switch token.kind {
            case .dot:
                try advance()
                e = Expression(.member(e, try parsePropertyIdentifierName(), optional: false), at: position)
            case .leftBracket:
                e = Expression(.index(e, try parseIndex(), optional: false), at: position)
            case .leftParen where allowCalls:
                let arguments = try parseArguments()
                if case .identifier("async") = e.kind, token.kind == .arrow, !token.newlineBefore {
                    throw unsupported("async functions are", at: position)
                }
                e = Expression(.call(e, arguments, optional: false), at: position)
            case .questionDot:
                guard allowCalls else { throw error("Invalid optional chain from new expression") }
                try advance()
                isChain = true
                switch token.kind {
                case .leftParen:
                    e = Expression(.call(e, try parseArguments(), optional: true), at: position)
                case .leftBracket:
                    e = Expression(.index(e, try parseIndex(), optional: true), at: position)
                case .template:
                    throw error("Invalid tagged template on optional chain")
                default:
                    e = Expression(.member(e, try parsePropertyIdentifierName(), optional: true), at: position)
                }
            case .template:
                if isChain { throw error("Invalid tagged template on optional chain") }
                throw unsupported("tagged templates are", at: token.position)
            default:
                return isChain ? Expression(.optionalChain(e), at: position) : e
            }
        }
    }

    private mutating func parseIndex() throws -> Expression {
        try expect(.leftBracket)
        let savedIn = inAllowed
        inAllowed = true
        defer { inAllowed = savedIn }
        let index = try parseExpression()
        try expect(.rightBracket)
        return index
    }

    /// `(a, ...b,)` call arguments.
    mutating func parseArguments() throws -> [Argument] {
        try expect(.leftParen)
        let savedIn = inAllowed
        inAllowed = true
        defer { inAllowed = savedIn }
        var arguments: [Argument] = []
        while token.kind != .rightParen {
            if try eat(.ellipsis) {
                arguments.append(.spread(try parseAssignment()))
            } else {
                arguments.append(.expression(try parseAssignment()))
            }
            if token.kind == .rightParen { break }
            guard token.kind == .comma else {
                if token.kind == .eof { throw unexpected() }
                throw error("missing ) after argument list")
            }
            try advance()
        }
        try advance()
        return arguments
    }
}
