/// Where a statement appears: declarations are only allowed in statement lists, and function
/// declarations additionally (sloppy mode, Annex B) as an `if` branch or a labelled body.
enum StatementContext {
    case listItem
    case ifBranch
    case labelledBody
    case single
}

/// Statement parsing (part of `Parser`).
extension Parser {
    /// Parses statements up to `terminator` (not consumed). With `directives`, a leading
    /// "use strict" directive makes the current function strict; returns whether it was seen.
    mutating func parseStatementList(until terminator: TokenKind, directives: Bool) throws -> ([Statement], Bool) {
        var statements: [Statement] = []
        var inPrologue = directives
        var sawUseStrict = false
        var octalDirective: SourcePosition?
        while token.kind != terminator {
            if token.kind == .eof { throw unexpected() }
            if inPrologue {
                guard token.kind == .string else {
                    inPrologue = false
                    statements.append(try parseStatement(.listItem))
                    continue
                }
                let directive = token
                let statement = try parseStatement(.listItem)
                statements.append(statement)
                guard case .expression(let e) = statement.kind, case .string = e.kind,
                      e.position.offset == Int32(directive.start) else {
                    inPrologue = false
                    continue
                }
                if directive.isLegacyOctal && octalDirective == nil { octalDirective = directive.position }
                if directive.end - directive.start == 12 && directive.cooked == Array("use strict".utf16) {
                    sawUseStrict = true
                    function.isStrict = true
                    if let position = octalDirective {
                        throw error("Octal escape sequences are not allowed in strict mode.", at: position)
                    }
                }
            } else {
                statements.append(try parseStatement(.listItem))
            }
        }
        return (statements, sawUseStrict)
    }

    mutating func parseStatement(_ context: StatementContext) throws -> Statement {
        try enterNesting()
        defer { depth -= 1 }
        let labels = function.pendingLabels
        function.pendingLabels = []
        let position = token.position
        switch token.kind {
        case .leftBrace:
            return Statement(.block(try parseBlock()), at: position)
        case .kwVar:
            try advance()
            let declarators = try parseDeclarators(.var, inForHead: false)
            try consumeSemicolon()
            return Statement(.declaration(.var, declarators), at: position)
        case .kwConst:
            return try parseLexicalDeclaration(.const, context: context)
        case .kwFunction:
            return try parseFunctionDeclarationStatement(context: context)
        case .kwClass:
            guard context == .listItem else { throw unexpected() }
            let node = try parseClass(isExpression: false)
            return Statement(.class(node), at: position)
        case .kwIf: return try parseIf()
        case .kwFor: return try parseFor(labels: labels)
        case .kwWhile:
            try advance()
            try expect(.leftParen)
            let test = try parseExpression()
            try expect(.rightParen)
            let body = try parseLoopBody(labels: labels)
            return Statement(.while(test, body), at: position)
        case .kwDo:
            try advance()
            let body = try parseLoopBody(labels: labels)
            guard token.kind == .kwWhile else { throw unexpected() }
            try advance()
            try expect(.leftParen)
            let test = try parseExpression()
            try expect(.rightParen)
            _ = try eat(.semicolon)                 // always optional after do-while
            return Statement(.doWhile(body, test), at: position)
        case .kwReturn:
            guard function.inFunction else { throw error("Illegal return statement") }
            try advance()
            var argument: Expression?
            if token.kind != .semicolon && token.kind != .rightBrace && token.kind != .eof && !token.newlineBefore {
                argument = try parseExpression()
            }
            try consumeSemicolon()
            return Statement(.return(argument), at: position)
        case .kwBreak, .kwContinue:
            return try parseBreakContinue()
        case .kwThrow:
            try advance()
            if token.newlineBefore { throw error("Illegal newline after throw") }
            let argument = try parseExpression()
            try consumeSemicolon()
            return Statement(.throw(argument), at: position)
        case .kwTry: return try parseTry()
        case .kwSwitch: return try parseSwitch()
        case .semicolon:
            try advance()
            return Statement(.empty, at: position)
        case .kwDebugger:
            try advance()
            try consumeSemicolon()
            return Statement(.debugger, at: position)
        case .kwWith:
            if function.isStrict { throw error("Strict mode code may not include a with statement") }
            throw unsupported("'with' statements are", at: position)
        case .kwImport, .kwExport:
            throw unsupported("'\(token.value)' is", at: position)
        case .kwEnum:
            throw unexpected()
        case .identifier:
            if atContextual("let") {
                let next = try peek()
                let startsDeclaration = next.kind == .leftBracket
                    || ((next.kind == .leftBrace || next.kind == .identifier) && !next.newlineBefore)
                    || (next.kind == .identifier && (context == .listItem || function.isStrict))
                if startsDeclaration || function.isStrict {
                    return try parseLexicalDeclaration(.let, context: context)
                }
            } else if atContextual("async") {
                let next = try peek()
                if next.kind == .kwFunction && !next.newlineBefore {
                    throw unsupported("async functions are", at: position)
                }
            }
            return try parseExpressionOrLabelledStatement(labels: labels, context: context)
        default:
            return try parseExpressionOrLabelledStatement(labels: labels, context: context)
        }
    }

    /// `{ statements }` in a new block scope.
    mutating func parseBlock() throws -> [Statement] {
        try expect(.leftBrace)
        let saved = scope
        scope = Scope(kind: .block, parent: saved)
        defer { scope = saved }
        let (body, _) = try parseStatementList(until: .rightBrace, directives: false)
        try advance()
        return body
    }

    private mutating func parseLexicalDeclaration(_ kind: DeclarationKind, context: StatementContext) throws -> Statement {
        let position = token.position
        guard context == .listItem else {
            throw error("Lexical declaration cannot appear in a single-statement context")
        }
        try advance()
        let declarators = try parseDeclarators(kind, inForHead: false)
        try consumeSemicolon()
        return Statement(.declaration(kind, declarators), at: position)
    }

    /// `a = 1, [b] = c, ...` after `var`/`let`/`const`. In a for head, initializer checks are left
    /// to the caller (for-in/of heads have none).
    mutating func parseDeclarators(_ kind: DeclarationKind, inForHead: Bool) throws -> [VariableDeclarator] {
        var declarators: [VariableDeclarator] = []
        repeat {
            let target = try parseBindingTarget()
            try declare(target, kind: kind)
            var initializer: Expression?
            if try eat(.assign) {
                initializer = try parseAssignment()
            } else if !inForHead {
                try checkDeclaratorInitializer(kind, target: target)
            }
            declarators.append(VariableDeclarator(target: target, initializer: initializer))
        } while try eat(.comma)
        return declarators
    }

    /// `const` and destructuring declarations need an initializer.
    func checkDeclaratorInitializer(_ kind: DeclarationKind, target: Pattern) throws {
        if kind == .const {
            throw error("Missing initializer in const declaration")
        }
        if case .identifier = target {} else {
            throw error("Missing initializer in destructuring declaration")
        }
    }

    private mutating func parseFunctionDeclarationStatement(context: StatementContext) throws -> Statement {
        let position = token.position
        switch context {
        case .listItem:
            return Statement(.function(try parseFunctionDeclaration()), at: position)
        case .ifBranch where !function.isStrict:
            // Annex B: `if (x) function f(){}` behaves like `if (x) { function f(){} }`.
            let saved = scope
            scope = Scope(kind: .block, parent: saved)
            defer { scope = saved }
            let declaration = Statement(.function(try parseFunctionDeclaration()), at: position)
            return Statement(.block([declaration]), at: position)
        case .labelledBody where !function.isStrict:
            return Statement(.function(try parseFunctionDeclaration()), at: position)
        default:
            if function.isStrict {
                throw error("In strict mode code, functions can only be declared at top level or inside a block.")
            }
            throw error("In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.")
        }
    }

    private mutating func parseIf() throws -> Statement {
        let position = token.position
        try advance()
        try expect(.leftParen)
        let test = try parseExpression()
        try expect(.rightParen)
        let consequent = try parseStatement(.ifBranch)
        var alternate: Statement?
        if try eat(.kwElse) {
            alternate = try parseStatement(.ifBranch)
        }
        return Statement(.if(test, consequent, alternate), at: position)
    }

    /// The body of a loop: marks the labels in front of the loop as iteration labels.
    private mutating func parseLoopBody(labels: [Int]) throws -> Statement {
        for index in labels { function.labels[index].isLoop = true }
        function.breakableDepth += 1
        function.iterationDepth += 1
        defer {
            function.breakableDepth -= 1
            function.iterationDepth -= 1
        }
        return try parseStatement(.single)
    }

    private mutating func parseFor(labels: [Int]) throws -> Statement {
        let position = token.position
        try advance()
        if atContextual("await") { throw unsupported("for await is", at: token.position) }
        try expect(.leftParen)
        let saved = scope
        scope = Scope(kind: .block, parent: saved)
        defer { scope = saved }

        var initializer: ForInitializer?
        let isDeclaration = try token.kind == .kwVar || token.kind == .kwConst || (atContextual("let") && isLetDeclarationInForHead())
        if token.kind == .semicolon {
            // No initializer.
        } else if isDeclaration {
            let kind: DeclarationKind = token.kind == .kwVar ? .var : token.kind == .kwConst ? .const : .let
            try advance()
            let savedIn = inAllowed
            inAllowed = false
            let declarators = try parseDeclarators(kind, inForHead: true)
            inAllowed = savedIn
            let isOf = atContextual("of")
            if token.kind == .kwIn || isOf {
                let loopWord = isOf ? "for-of" : "for-in"
                guard declarators.count == 1 else {
                    throw error("Invalid left-hand side in \(loopWord) loop: Must have a single binding.", at: position)
                }
                if declarators[0].initializer != nil {
                    throw error("\(loopWord) loop variable declaration may not have an initializer.", at: position)
                }
                return try parseForInOfRest(.declaration(kind, declarators[0].target), isOf: isOf, position: position, labels: labels)
            }
            for declarator in declarators where declarator.initializer == nil {
                try checkDeclaratorInitializer(kind, target: declarator.target)
            }
            initializer = .declaration(kind, declarators)
        } else {
            let startsWithLet = atContextual("let")
            let savedIn = inAllowed
            inAllowed = false
            let savedCover = pendingCoverError
            pendingCoverError = nil
            let expression = try parseExpression(allowCover: true)
            inAllowed = savedIn
            let isOf = atContextual("of")
            if token.kind == .kwIn || isOf {
                if isOf && startsWithLet { throw error("The left-hand side of a for-of loop may not be 'let'.", at: expression.position) }
                let target = try toAssignmentTarget(expression, nested: false,
                                                    message: "Invalid left-hand side in \(isOf ? "for-of" : "for-in") loop")
                pendingCoverError = savedCover
                return try parseForInOfRest(.target(target), isOf: isOf, position: position, labels: labels)
            }
            if let pending = pendingCoverError { throw pending }
            pendingCoverError = savedCover
            initializer = .expression(expression)
        }
        try expect(.semicolon)
        let test = token.kind == .semicolon ? nil : try parseExpression()
        try expect(.semicolon)
        let update = token.kind == .rightParen ? nil : try parseExpression()
        try expect(.rightParen)
        let body = try parseLoopBody(labels: labels)
        return Statement(.for(initializer, test, update, body), at: position)
    }

    /// In a for head, `let` starts a declaration when followed by an identifier, `[` or `{`.
    private mutating func isLetDeclarationInForHead() throws -> Bool {
        if function.isStrict { return true }
        let next = try peek()
        return next.kind == .identifier || next.kind == .leftBracket || next.kind == .leftBrace
    }

    private mutating func parseForInOfRest(_ binding: ForBinding, isOf: Bool, position: SourcePosition, labels: [Int]) throws -> Statement {
        try advance()                              // `in` or `of`
        let right = isOf ? try parseAssignment() : try parseExpression()
        try expect(.rightParen)
        let body = try parseLoopBody(labels: labels)
        return Statement(isOf ? .forOf(binding, right, body) : .forIn(binding, right, body), at: position)
    }

    private mutating func parseBreakContinue() throws -> Statement {
        let position = token.position
        let isBreak = token.kind == .kwBreak
        try advance()
        var label: String?
        if token.kind == .identifier && !token.newlineBefore {
            let name = token.value
            guard let found = function.labels.last(where: { $0.name == name }) else {
                throw error("Undefined label '\(name)'")
            }
            if !isBreak && !found.isLoop {
                throw error("Illegal continue statement: '\(name)' does not denote an iteration statement")
            }
            label = name
            try advance()
        } else if isBreak && function.breakableDepth == 0 {
            throw error("Illegal break statement", at: position)
        } else if !isBreak && function.iterationDepth == 0 {
            throw error("Illegal continue statement: no surrounding iteration statement", at: position)
        }
        try consumeSemicolon()
        return Statement(isBreak ? .break(label) : .continue(label), at: position)
    }

    private mutating func parseTry() throws -> Statement {
        let position = token.position
        try advance()
        let block = try parseBlock()
        var handler: CatchClause?
        var finalizer: [Statement]?
        if token.kind == .kwCatch {
            try advance()
            let saved = scope
            scope = Scope(kind: .catchClause, parent: saved)
            defer { scope = saved }
            var parameter: Pattern?
            if try eat(.leftParen) {
                let target = try parseBindingTarget()
                for (name, namePosition) in boundNames(of: target) {
                    if !scope.parameters.insert(name).inserted { throw redeclared(name, at: namePosition) }
                }
                if case .identifier = target { scope.simpleCatchParameter = true }
                parameter = target
                try expect(.rightParen)
            }
            try expect(.leftBrace)
            let (body, _) = try parseStatementList(until: .rightBrace, directives: false)
            try advance()
            handler = CatchClause(parameter: parameter, body: body)
        }
        if try eat(.kwFinally) {
            finalizer = try parseBlock()
        }
        if handler == nil && finalizer == nil {
            throw error("Missing catch or finally after try")
        }
        return Statement(.try(block, handler, finalizer), at: position)
    }

    private mutating func parseSwitch() throws -> Statement {
        let position = token.position
        try advance()
        try expect(.leftParen)
        let discriminant = try parseExpression()
        try expect(.rightParen)
        try expect(.leftBrace)
        let saved = scope
        scope = Scope(kind: .block, parent: saved)
        function.breakableDepth += 1
        defer {
            scope = saved
            function.breakableDepth -= 1
        }
        var cases: [SwitchCase] = []
        var sawDefault = false
        while token.kind != .rightBrace {
            let casePosition = token.position
            var test: Expression?
            if try eat(.kwCase) {
                test = try parseExpression()
            } else if token.kind == .kwDefault {
                if sawDefault { throw error("More than one default clause in switch statement") }
                sawDefault = true
                try advance()
            } else {
                throw unexpected()
            }
            try expect(.colon)
            var body: [Statement] = []
            while token.kind != .kwCase && token.kind != .kwDefault && token.kind != .rightBrace {
                if token.kind == .eof { throw unexpected() }
                body.append(try parseStatement(.listItem))
            }
            cases.append(SwitchCase(test: test, body: body, position: casePosition))
        }
        try advance()
        return Statement(.switch(discriminant, cases), at: position)
    }

    /// An expression statement, or `label: statement` when the expression is a lone identifier
    /// followed by a colon.
    private mutating func parseExpressionOrLabelledStatement(labels: [Int], context: StatementContext) throws -> Statement {
        let start = token
        let expression = try parseExpression()
        if token.kind == .colon, start.kind == .identifier, case .identifier(let name) = expression.kind,
           expression.position.offset == Int32(start.start), previousEnd == start.end {
            if function.labels.contains(where: { $0.name == name }) {
                throw error("Label '\(name)' has already been declared", at: start.position)
            }
            try advance()
            function.labels.append(FunctionState.Label(name: name, isLoop: false))
            function.pendingLabels = labels + [function.labels.count - 1]
            defer { function.labels.removeLast() }
            // Annex B allows `label: function f(){}` only where a declaration could appear.
            let body = try parseStatement(context == .listItem || context == .labelledBody ? .labelledBody : .single)
            return Statement(.labeled(name, body), at: start.position)
        }
        try consumeSemicolon()
        return Statement(.expression(expression), at: start.position)
    }
}
