/// The kind of a lexical token: punctuators, reserved words and the literal/identifier classes.
///
/// Contextual keywords (`let`, `static`, `of`, `get`, `set`, `async`, `yield`, `await`, ...) are
/// lexed as `.identifier` and recognised by the parser from the token's `value`.
enum TokenKind: UInt8 {
    case eof
    case identifier
    case number
    case string
    /// A template chunk: "`...`" , "`...${", "}...${" or "}...`" (see `Token.isTemplateTail`).
    case template
    case privateName

    // Punctuators.
    case leftBrace, rightBrace, leftParen, rightParen, leftBracket, rightBracket
    case dot, ellipsis, semicolon, comma, colon, question, questionDot, arrow, hash
    case less, greater, lessEqual, greaterEqual
    case equal, notEqual, strictEqual, strictNotEqual
    case plus, minus, star, slash, percent, starStar
    case plusPlus, minusMinus
    case shiftLeft, shiftRight, shiftRightUnsigned
    case ampersand, bar, caret, bang, tilde
    case ampersandAmpersand, barBar, questionQuestion
    case assign, plusAssign, minusAssign, starAssign, slashAssign, percentAssign, starStarAssign
    case shiftLeftAssign, shiftRightAssign, shiftRightUnsignedAssign
    case ampersandAssign, barAssign, caretAssign
    case ampersandAmpersandAssign, barBarAssign, questionQuestionAssign

    // Reserved words (always keywords, in every mode).
    case kwBreak, kwCase, kwCatch, kwClass, kwConst, kwContinue, kwDebugger, kwDefault, kwDelete
    case kwDo, kwElse, kwEnum, kwExport, kwExtends, kwFalse, kwFinally, kwFor, kwFunction, kwIf
    case kwImport, kwIn, kwInstanceof, kwNew, kwNull, kwReturn, kwSuper, kwSwitch, kwThis
    case kwThrow, kwTrue, kwTry, kwTypeof, kwVar, kwVoid, kwWhile, kwWith

    /// Reserved words by spelling.
    static let keywords: [String: TokenKind] = [
        "break": .kwBreak, "case": .kwCase, "catch": .kwCatch, "class": .kwClass, "const": .kwConst,
        "continue": .kwContinue, "debugger": .kwDebugger, "default": .kwDefault, "delete": .kwDelete,
        "do": .kwDo, "else": .kwElse, "enum": .kwEnum, "export": .kwExport, "extends": .kwExtends,
        "false": .kwFalse, "finally": .kwFinally, "for": .kwFor, "function": .kwFunction, "if": .kwIf,
        "import": .kwImport, "in": .kwIn, "instanceof": .kwInstanceof, "new": .kwNew, "null": .kwNull,
        "return": .kwReturn, "super": .kwSuper, "switch": .kwSwitch, "this": .kwThis, "throw": .kwThrow,
        "true": .kwTrue, "try": .kwTry, "typeof": .kwTypeof, "var": .kwVar, "void": .kwVoid,
        "while": .kwWhile, "with": .kwWith,
    ]

    /// Words reserved only in strict mode code.
    static let strictReserved: Set<String> = [
        "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield",
    ]

    var isKeyword: Bool { rawValue >= TokenKind.kwBreak.rawValue }

    /// The binary operator this token denotes, if any.
    var binaryOperator: BinaryOperator? {
        switch self {
        case .plus: return .add
        case .minus: return .sub
        case .star: return .mul
        case .slash: return .div
        case .percent: return .mod
        case .starStar: return .exp
        case .shiftLeft: return .shl
        case .shiftRight: return .sar
        case .shiftRightUnsigned: return .shr
        case .ampersand: return .bitAnd
        case .bar: return .bitOr
        case .caret: return .bitXor
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .strictEqual: return .strictEqual
        case .strictNotEqual: return .strictNotEqual
        case .less: return .less
        case .greater: return .greater
        case .lessEqual: return .lessEqual
        case .greaterEqual: return .greaterEqual
        case .kwIn: return .in
        case .kwInstanceof: return .instanceof
        default: return nil
        }
    }

    /// The assignment operator this token denotes, if any.
    var assignmentOperator: AssignmentOperator? {
        switch self {
        case .assign: return .assign
        case .plusAssign: return .compound(.add)
        case .minusAssign: return .compound(.sub)
        case .starAssign: return .compound(.mul)
        case .slashAssign: return .compound(.div)
        case .percentAssign: return .compound(.mod)
        case .starStarAssign: return .compound(.exp)
        case .shiftLeftAssign: return .compound(.shl)
        case .shiftRightAssign: return .compound(.sar)
        case .shiftRightUnsignedAssign: return .compound(.shr)
        case .ampersandAssign: return .compound(.bitAnd)
        case .barAssign: return .compound(.bitOr)
        case .caretAssign: return .compound(.bitXor)
        case .ampersandAmpersandAssign: return .logical(.and)
        case .barBarAssign: return .logical(.or)
        case .questionQuestionAssign: return .logical(.nullish)
        default: return nil
        }
    }
}

/// One token with its source extent, position and decoded value.
struct Token {
    var kind: TokenKind = .eof
    /// UTF-16 offset of the first code unit.
    var start: Int = 0
    /// UTF-16 offset just past the last code unit.
    var end: Int = 0
    var position: SourcePosition = .none
    /// A line terminator occurs between the previous token and this one.
    var newlineBefore = false
    /// Identifier name (escapes decoded), keyword or punctuator text.
    var value: String = ""
    /// The cooked value of a string literal or template chunk.
    var cooked: [UInt16] = []
    var number: Double = 0
    /// The identifier was written with `\u` escapes.
    var hasEscape = false
    /// A legacy octal literal (`017`, `08`) or octal escape (`"\07"`, `"\8"`): an error in strict code.
    var isLegacyOctal = false
    /// For `.template`: the chunk ends the template (closing backtick) rather than `${`.
    var isTemplateTail = false
    /// For `.template`: the first invalid escape, reported only if the template is used untagged.
    var templateEscapeError: SyntaxErrorInfo?
}
