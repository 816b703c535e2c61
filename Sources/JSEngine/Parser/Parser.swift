/// Options that change what the parser accepts.
public struct ParserOptions {
    /// Accept V8's `%Name(args)` intrinsic calls (`--allow-natives-syntax`).
    public var allowNativesSyntax: Bool = false
    /// Deepest allowed nesting of expressions, statements and patterns before the parser gives up
    /// with a "too deeply nested" error instead of exhausting the host stack.
    public var maxNestingDepth: Int = 1500

    public init(allowNativesSyntax: Bool = false) {
        self.allowNativesSyntax = allowNativesSyntax
    }
}

/// A JavaScript SyntaxError found while lexing or parsing, with the position of the offending token.
public struct SyntaxErrorInfo: Error, CustomStringConvertible {
    public let message: String
    public let position: SourcePosition

    public init(message: String, position: SourcePosition) {
        self.message = message
        self.position = position
    }

    public var description: String { "SyntaxError: \(message) (\(position))" }
}

/// A recursive-descent parser for classic (non-module) ECMAScript 2020 scripts.
///
/// The parser keeps one token of lookahead (`token`), can peek one more, and recognises arrow
/// functions and destructuring assignment with a cover grammar: it parses an expression and
/// converts it to a `Pattern` when `=>` or `=` follows. Early errors are checked as it goes, using
/// the `Scope` chain and the per-function `FunctionState`. The code is split by area across
/// `ParserStatements`, `ParserExpressions`, `ParserLiterals`, `ParserPatterns`, `ParserFunctions`,
/// `ParserClasses` and `Scope`.
public struct Parser {
    let options: ParserOptions
    var lexer: Lexer
    /// The current (not yet consumed) token.
    var token = Token()
    /// UTF-16 offset just past the most recently consumed token.
    var previousEnd = 0
    /// Current recursion depth, bounded by `options.maxNestingDepth`.
    var depth = 0
    var scope = Scope(kind: .function, parent: nil)
    var function = FunctionState(isStrict: false, inFunction: false, allowSuperCall: false, allowSuperProperty: false)
    /// False while parsing a `for (init;` head, where `in` is not a binary operator.
    var inAllowed = true
    /// An error that applies only if the expression being parsed is not reinterpreted as a pattern
    /// (`{a = 1}` shorthand initializers, duplicate `__proto__`).
    var pendingCoverError: SyntaxErrorInfo?
    /// Start offsets of expressions that were written inside parentheses.
    var parenthesized = Set<Int32>()
    /// Start offsets of array/object literals with a comma after a spread element (invalid as patterns).
    var literalsWithCommaAfterSpread = Set<Int32>()
    /// Offset of the token that starts the innermost AssignmentExpression: an arrow function may
    /// only start there.
    var arrowStart = -1

    public init(source: String, options: ParserOptions = ParserOptions()) {
        self.options = options
        self.lexer = Lexer(source: Array(source.utf16))
    }

    /// Parses the whole source as a script.
    public mutating func parseProgram() throws -> Program {
        token = try lexer.nextToken()
        let (body, _) = try parseStatementList(until: .eof, directives: true)
        return Program(body: body, isStrict: function.isStrict)
    }

    // MARK: - Tokens

    mutating func advance() throws {
        previousEnd = token.end
        token = try lexer.nextToken()
    }

    mutating func eat(_ kind: TokenKind) throws -> Bool {
        if token.kind == kind {
            try advance()
            return true
        }
        return false
    }

    mutating func expect(_ kind: TokenKind) throws {
        guard token.kind == kind else { throw unexpected() }
        try advance()
    }

    /// The token after the current one, without consuming anything.
    mutating func peek() throws -> Token {
        let saved = lexer.state
        defer { lexer.state = saved }
        return try lexer.nextToken()
    }

    /// The current token is the unescaped identifier `word` (a contextual keyword).
    func atContextual(_ word: String) -> Bool {
        token.kind == .identifier && !token.hasEscape && token.value == word
    }

    /// Automatic semicolon insertion: a `;`, or a `}`, end of input or line break before the token.
    mutating func consumeSemicolon() throws {
        if token.kind == .semicolon {
            try advance()
        } else if token.kind != .rightBrace && token.kind != .eof && !token.newlineBefore {
            throw unexpected()
        }
    }

    // MARK: - Errors

    func error(_ message: String, at position: SourcePosition) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: message, position: position)
    }

    func error(_ message: String) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: message, position: token.position)
    }

    /// The V8-style "Unexpected ..." error for a token (the current one by default).
    func unexpected(_ tok: Token? = nil) -> SyntaxErrorInfo {
        let t = tok ?? token
        let message: String
        switch t.kind {
        case .eof: message = "Unexpected end of input"
        case .number: message = "Unexpected number"
        case .string: message = "Unexpected string"
        case .template: message = "Unexpected template string"
        case .identifier:
            if function.isStrict && TokenKind.strictReserved.contains(t.value) {
                message = "Unexpected strict mode reserved word"
            } else {
                message = "Unexpected identifier '\(t.value)'"
            }
        case .privateName: message = "Unexpected identifier '#\(t.value)'"
        default: message = "Unexpected token '\(t.value)'"
        }
        return SyntaxErrorInfo(message: message, position: t.position)
    }

    func unsupported(_ what: String, at position: SourcePosition) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: "\(what) not supported", position: position)
    }

    // MARK: - Nesting

    /// Enters one level of recursion; pair with `depth -= 1` in a `defer`.
    mutating func enterNesting() throws {
        depth += 1
        if depth > options.maxNestingDepth {
            throw error("Maximum nesting depth exceeded: program too deeply nested")
        }
    }
}
