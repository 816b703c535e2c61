/// Functions: declarations, expressions, methods, arrow functions, parameter lists and bodies
/// (part of `Parser`).
extension Parser {
    /// `function name(params) { body }` as a declaration; binds the name in the current scope.
    mutating func parseFunctionDeclaration() throws -> FunctionNode {
        let start = token
        try advance()
        if token.kind == .star { throw unsupported("generators are", at: token.position) }
        let nameToken = token
        guard case .identifier(let name, let namePosition) = try parseBindingIdentifier() else { throw unexpected(nameToken) }
        try declareLexical(name, at: namePosition, isFunction: true)
        return try parseFunctionTail(name: name, nameToken: nameToken, kind: .normal, start: start,
                                     allowSuperCall: false, allowSuperProperty: false, uniqueParameters: false)
    }

    /// `function [name](params) { body }` in expression position.
    mutating func parseFunctionExpression() throws -> FunctionNode {
        let start = token
        try advance()
        if token.kind == .star { throw unsupported("generators are", at: token.position) }
        var name: String?
        var nameToken: Token?
        if token.kind == .identifier {
            nameToken = token
            try checkIdentifierReference(token)
            name = token.value
            try advance()
        } else if token.kind != .leftParen {
            throw unexpected()
        }
        return try parseFunctionTail(name: name, nameToken: nameToken, kind: .normal, start: start,
                                     allowSuperCall: false, allowSuperProperty: false, uniqueParameters: false)
    }

    /// A method of an object literal (`.method`, `.getter`, `.setter`); the current token is `(`.
    mutating func parseMethod(kind: FunctionKind, name: String?, start: Token, allowSuperCall: Bool) throws -> FunctionNode {
        let fn = try parseFunctionTail(name: name, nameToken: nil, kind: kind, start: start,
                                       allowSuperCall: allowSuperCall, allowSuperProperty: true, uniqueParameters: true)
        if kind == .getter && (!fn.parameters.isEmpty || fn.rest != nil) {
            throw error("Getter must not have any formal parameters.", at: fn.position)
        }
        if kind == .setter {
            if fn.rest != nil { throw error("Setter function argument must not be a rest parameter", at: fn.position) }
            if fn.parameters.count != 1 { throw error("Setter must have exactly one formal parameter.", at: fn.position) }
        }
        return fn
    }

    /// Enters a new function: fresh labels, loops and scope; restores the caller's on exit via `leaveFunction`.
    private mutating func enterFunction(allowSuperCall: Bool, allowSuperProperty: Bool) throws -> (FunctionState, Scope, Bool) {
        try enterNesting()
        let saved = (function, scope, inAllowed)
        function = FunctionState(isStrict: function.isStrict, inFunction: true,
                                 allowSuperCall: allowSuperCall, allowSuperProperty: allowSuperProperty)
        scope = Scope(kind: .function, parent: scope)
        inAllowed = true
        return saved
    }

    private mutating func leaveFunction(_ saved: (FunctionState, Scope, Bool)) {
        (function, scope, inAllowed) = saved
        depth -= 1
    }

    /// `(params) { body }` of any non-arrow function.
    private mutating func parseFunctionTail(name: String?, nameToken: Token?, kind: FunctionKind, start: Token,
                                            allowSuperCall: Bool, allowSuperProperty: Bool,
                                            uniqueParameters: Bool) throws -> FunctionNode {
        let saved = try enterFunction(allowSuperCall: allowSuperCall, allowSuperProperty: allowSuperProperty)
        defer { leaveFunction(saved) }
        try expect(.leftParen)
        var parameters: [PatternElement] = []
        var rest: Pattern?
        var isSimple = true
        while token.kind != .rightParen {
            if try eat(.ellipsis) {
                rest = try parseBindingTarget()
                isSimple = false
                if token.kind != .rightParen { throw error("Rest parameter must be last formal parameter") }
                break
            }
            let element = try parseBindingElement()
            if case .identifier = element.target, element.defaultValue == nil {} else { isSimple = false }
            parameters.append(element)
            if token.kind != .rightParen { try expect(.comma) }
        }
        try advance()
        let names = parameterNames(parameters, rest: rest)
        for (name, _) in names { scope.parameters.insert(name) }
        guard token.kind == .leftBrace else { throw unexpected() }
        let (body, sawUseStrict) = try parseFunctionBody()
        try checkFunctionSignature(names, isSimple: isSimple, sawUseStrict: sawUseStrict,
                                   unique: uniqueParameters || !isSimple, bodyPosition: start.position)
        if let nameToken, let name {
            try checkBindingName(name, at: nameToken.position, strict: function.isStrict)
        }
        return FunctionNode(name: name, parameters: parameters, rest: rest, body: body, kind: kind,
                            isStrict: function.isStrict, position: start.position, sourceRange: start.start..<previousEnd)
    }

    /// `{ directives statements }`; returns the statements and whether "use strict" was present.
    private mutating func parseFunctionBody() throws -> ([Statement], Bool) {
        try expect(.leftBrace)
        let result = try parseStatementList(until: .rightBrace, directives: true)
        try advance()
        return result
    }

    private func parameterNames(_ parameters: [PatternElement], rest: Pattern?) -> [(String, SourcePosition)] {
        var names: [(String, SourcePosition)] = []
        for parameter in parameters { names += boundNames(of: parameter.target) }
        if let rest { names += boundNames(of: rest) }
        return names
    }

    /// Early errors that depend on the body's strictness.
    private func checkFunctionSignature(_ names: [(String, SourcePosition)], isSimple: Bool, sawUseStrict: Bool,
                                        unique: Bool, bodyPosition: SourcePosition) throws {
        if sawUseStrict && !isSimple {
            throw error("Illegal 'use strict' directive in function with non-simple parameter list", at: bodyPosition)
        }
        try checkParameters(names, strict: function.isStrict, unique: unique)
    }

    /// The rest of an arrow function once `=>` is the current token.
    mutating func parseArrowFunction(parameters: [PatternElement], rest: Pattern?, isSimple: Bool,
                                     start: Token) throws -> Expression {
        let saved = try enterFunction(allowSuperCall: function.allowSuperCall,
                                      allowSuperProperty: function.allowSuperProperty)
        defer { leaveFunction(saved) }
        inAllowed = saved.2
        try advance()                                     // =>
        let names = parameterNames(parameters, rest: rest)
        for (name, _) in names { scope.parameters.insert(name) }
        let body: [Statement]
        let isExpressionBody = token.kind != .leftBrace
        var sawUseStrict = false
        if isExpressionBody {
            let value = try parseAssignment()
            body = [Statement(.return(value), at: value.position)]
        } else {
            let savedIn = inAllowed
            inAllowed = true
            (body, sawUseStrict) = try parseFunctionBody()
            inAllowed = savedIn
        }
        try checkFunctionSignature(names, isSimple: isSimple, sawUseStrict: sawUseStrict, unique: true,
                                   bodyPosition: start.position)
        let fn = FunctionNode(name: nil, parameters: parameters, rest: rest, body: body, kind: .arrow,
                              isStrict: function.isStrict, isExpressionBody: isExpressionBody,
                              position: start.position, sourceRange: start.start..<previousEnd)
        return Expression(.function(fn), at: start.position)
    }
}
