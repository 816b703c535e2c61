/// Turns UTF-16 source text into tokens on demand.
///
/// The lexer is context free: `/` is always a punctuator (regular expression literals are
/// rejected by the parser), legacy octal literals and escapes are flagged on the token rather than
/// rejected, because strictness is only known to the parser. Template continuations after `}` are
/// scanned when the parser asks for them (`scanTemplateContinuation`).
struct Lexer {
    let source: [UInt16]
    var pos = 0
    var line = 1
    var lineStart = 0

    /// A saved lexer position, for one-token lookahead.
    struct State {
        fileprivate var pos: Int
        fileprivate var line: Int
        fileprivate var lineStart: Int
    }

    init(source: [UInt16]) {
        self.source = source
        // Hashbang comment `#!...` at the very start of the source.
        if source.count >= 2 && source[0] == 0x23 && source[1] == 0x21 {
            pos = 2
            while pos < source.count && !CharacterClass.isLineTerminator(Int(source[pos])) { pos += 1 }
        }
    }

    var state: State {
        get { State(pos: pos, line: line, lineStart: lineStart) }
        set { pos = newValue.pos; line = newValue.line; lineStart = newValue.lineStart }
    }

    /// The code unit at `i`, or -1 past the end.
    @inline(__always) func char(_ i: Int) -> Int {
        i < source.count ? Int(source[i]) : -1
    }

    /// The position of `offset`, which must lie on or after the start of the current line.
    func position(at offset: Int) -> SourcePosition {
        if offset >= lineStart {
            return SourcePosition(line: Int32(line), column: Int32(offset - lineStart + 1), offset: Int32(offset))
        }
        return Lexer.position(of: offset, in: source)
    }

    /// Computes the position of any offset by scanning from the start (error paths only).
    static func position(of offset: Int, in source: [UInt16]) -> SourcePosition {
        var line = 1, start = 0, i = 0
        let end = min(offset, source.count)
        while i < end {
            let c = Int(source[i])
            if c == 0x0D && i + 1 < end && source[i + 1] == 0x0A { i += 1 }
            if CharacterClass.isLineTerminator(c) {
                line += 1
                start = i + 1
            }
            i += 1
        }
        return SourcePosition(line: Int32(line), column: Int32(offset - start + 1), offset: Int32(offset))
    }

    func error(_ message: String, at offset: Int) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: message, position: position(at: offset))
    }

    /// Consumes one line terminator at `pos` (CRLF counts as one) and starts a new line.
    mutating func consumeLineTerminator() {
        if char(pos) == 0x0D && char(pos + 1) == 0x0A { pos += 1 }
        pos += 1
        line += 1
        lineStart = pos
    }

    // MARK: - Trivia

    /// Skips white space and comments; returns whether a line terminator was crossed.
    private mutating func skipTrivia() throws -> Bool {
        var newline = false
        var atLineStart = pos == 0 || lineStart == pos
        while true {
            let c = char(pos)
            if c < 0 { return newline }
            if CharacterClass.isLineTerminator(c) {
                consumeLineTerminator()
                newline = true
                atLineStart = true
            } else if CharacterClass.isWhiteSpace(c) {
                pos += 1
            } else if c == 0x2F && char(pos + 1) == 0x2F {                 // //
                skipLineComment()
            } else if c == 0x2F && char(pos + 1) == 0x2A {                 // /*
                let start = pos
                pos += 2
                while true {
                    let d = char(pos)
                    if d < 0 { throw error("Invalid or unexpected token", at: start) }
                    if d == 0x2A && char(pos + 1) == 0x2F { pos += 2; break }
                    if CharacterClass.isLineTerminator(d) {
                        consumeLineTerminator()
                        newline = true
                        atLineStart = true
                    } else {
                        pos += 1
                    }
                }
            } else if c == 0x3C && char(pos + 1) == 0x21 && char(pos + 2) == 0x2D && char(pos + 3) == 0x2D {
                skipLineComment()                                        // <!-- (Annex B)
            } else if c == 0x2D && atLineStart && char(pos + 1) == 0x2D && char(pos + 2) == 0x3E {
                skipLineComment()                                        // --> at line start
            } else {
                return newline
            }
        }
    }

    private mutating func skipLineComment() {
        while pos < source.count && !CharacterClass.isLineTerminator(Int(source[pos])) { pos += 1 }
    }

    // MARK: - Tokens

    /// Scans the next token.
    mutating func nextToken() throws -> Token {
        let newline = try skipTrivia()
        var token = Token()
        token.start = pos
        token.position = position(at: pos)
        token.newlineBefore = newline
        let c = char(pos)
        if c < 0 {
            token.kind = .eof
            token.end = pos
            return token
        }
        if c == 0x5C || isIdentifierStart(at: pos) {
            try scanIdentifier(into: &token)
        } else if CharacterClass.isDecimalDigit(c) || (c == 0x2E && CharacterClass.isDecimalDigit(char(pos + 1))) {
            try scanNumber(into: &token)
        } else if c == 0x22 || c == 0x27 {
            try scanString(into: &token, quote: c)
        } else if c == 0x60 {
            pos += 1
            try scanTemplateChunk(into: &token)
        } else if c == 0x23 && (char(pos + 1) == 0x5C || isIdentifierStart(at: pos + 1)) {
            pos += 1
            try scanIdentifier(into: &token)
            token.kind = .privateName
        } else {
            try scanPunctuator(into: &token, c)
        }
        token.end = pos
        return token
    }

    /// Re-scans from a `}` at `offset` as the continuation of a template literal.
    mutating func scanTemplateContinuation(at offset: Int) throws -> Token {
        pos = offset + 1
        var token = Token()
        token.start = offset
        token.position = position(at: offset)
        try scanTemplateChunk(into: &token)
        token.end = pos
        return token
    }

    /// The full code point starting at `i` (combining a surrogate pair).
    private func codePoint(at i: Int) -> (value: Int, width: Int) {
        let c = char(i)
        if c >= 0xD800 && c <= 0xDBFF {
            let d = char(i + 1)
            if d >= 0xDC00 && d <= 0xDFFF {
                return (0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00), 2)
            }
        }
        return (c, 1)
    }

    func isIdentifierStart(at i: Int) -> Bool {
        let c = char(i)
        if c < 0 { return false }
        if c < 0x80 { return CharacterClass.isIdentifierStart(c) }
        return CharacterClass.isIdentifierStart(codePoint(at: i).value)
    }

    private mutating func scanIdentifier(into token: inout Token) throws {
        let start = pos
        // Fast path: ASCII without escapes.
        while pos < source.count {
            let c = Int(source[pos])
            if c < 0x80 && (CharacterClass.isIdentifierPart(c)) { pos += 1 } else { break }
        }
        let c = char(pos)
        if c != 0x5C && c < 0x80 {
            token.kind = .identifier
            token.value = String(decoding: source[start..<pos], as: UTF16.self)
        } else {
            // Slow path: escapes or non-ASCII characters.
            var units = Array(source[start..<pos])
            var first = pos == start
            while true {
                let c = char(pos)
                if c < 0 { break }
                if c == 0x5C {
                    let escStart = pos
                    guard char(pos + 1) == 0x75 else { throw error("Invalid Unicode escape sequence", at: escStart) }
                    pos += 2
                    guard let cp = scanUnicodeEscapeBody(), first ? CharacterClass.isIdentifierStart(cp)
                                                                  : CharacterClass.isIdentifierPart(cp) else {
                        throw error("Invalid Unicode escape sequence", at: escStart)
                    }
                    appendCodePoint(cp, to: &units)
                    token.hasEscape = true
                } else {
                    let (cp, width) = codePoint(at: pos)
                    let ok = first ? CharacterClass.isIdentifierStart(cp) : CharacterClass.isIdentifierPart(cp)
                    if !ok { break }
                    units.append(contentsOf: source[pos..<pos + width])
                    pos += width
                }
                first = false
            }
            token.kind = .identifier
            token.value = String(decoding: units, as: UTF16.self)
        }
        if !token.hasEscape, let keyword = TokenKind.keywords[token.value] {
            token.kind = keyword
        }
    }

    /// Scans `XXXX` or `{X...}` after `\u`; returns nil if malformed.
    mutating func scanUnicodeEscapeBody() -> Int? {
        if char(pos) == 0x7B {
            pos += 1
            var value = 0
            var digits = 0
            while let h = CharacterClass.hexValue(char(pos)) {
                value = value * 16 + h
                if value > 0x10FFFF { return nil }
                digits += 1
                pos += 1
            }
            guard digits > 0, char(pos) == 0x7D else { return nil }
            pos += 1
            return value
        }
        var value = 0
        for _ in 0..<4 {
            guard let h = CharacterClass.hexValue(char(pos)) else { return nil }
            value = value * 16 + h
            pos += 1
        }
        return value
    }

    func appendCodePoint(_ cp: Int, to units: inout [UInt16]) {
        if cp > 0xFFFF {
            let v = cp - 0x10000
            units.append(UInt16(0xD800 + (v >> 10)))
            units.append(UInt16(0xDC00 + (v & 0x3FF)))
        } else {
            units.append(UInt16(cp))
        }
    }

    private mutating func scanPunctuator(into token: inout Token, _ c: Int) throws {
        let c1 = char(pos + 1), c2 = char(pos + 2), c3 = char(pos + 3)
        var kind: TokenKind
        var length = 1
        switch c {
        case 0x7B: kind = .leftBrace
        case 0x7D: kind = .rightBrace
        case 0x28: kind = .leftParen
        case 0x29: kind = .rightParen
        case 0x5B: kind = .leftBracket
        case 0x5D: kind = .rightBracket
        case 0x3B: kind = .semicolon
        case 0x2C: kind = .comma
        case 0x3A: kind = .colon
        case 0x7E: kind = .tilde
        case 0x23: kind = .hash
        case 0x2E:                                                         // .
            if c1 == 0x2E && c2 == 0x2E { kind = .ellipsis; length = 3 } else { kind = .dot }
        case 0x3F:                                                         // ?
            if c1 == 0x3F {
                if c2 == 0x3D { kind = .questionQuestionAssign; length = 3 } else { kind = .questionQuestion; length = 2 }
            } else if c1 == 0x2E && !CharacterClass.isDecimalDigit(c2) {
                kind = .questionDot; length = 2
            } else { kind = .question }
        case 0x3C:                                                         // <
            if c1 == 0x3C {
                if c2 == 0x3D { kind = .shiftLeftAssign; length = 3 } else { kind = .shiftLeft; length = 2 }
            } else if c1 == 0x3D { kind = .lessEqual; length = 2 } else { kind = .less }
        case 0x3E:                                                         // >
            if c1 == 0x3E {
                if c2 == 0x3E {
                    if c3 == 0x3D { kind = .shiftRightUnsignedAssign; length = 4 } else { kind = .shiftRightUnsigned; length = 3 }
                } else if c2 == 0x3D { kind = .shiftRightAssign; length = 3 } else { kind = .shiftRight; length = 2 }
            } else if c1 == 0x3D { kind = .greaterEqual; length = 2 } else { kind = .greater }
        case 0x3D:                                                         // =
            if c1 == 0x3D {
                if c2 == 0x3D { kind = .strictEqual; length = 3 } else { kind = .equal; length = 2 }
            } else if c1 == 0x3E { kind = .arrow; length = 2 } else { kind = .assign }
        case 0x21:                                                         // !
            if c1 == 0x3D {
                if c2 == 0x3D { kind = .strictNotEqual; length = 3 } else { kind = .notEqual; length = 2 }
            } else { kind = .bang }
        case 0x2B:                                                         // +
            if c1 == 0x2B { kind = .plusPlus; length = 2 } else if c1 == 0x3D { kind = .plusAssign; length = 2 } else { kind = .plus }
        case 0x2D:                                                         // -
            if c1 == 0x2D { kind = .minusMinus; length = 2 } else if c1 == 0x3D { kind = .minusAssign; length = 2 } else { kind = .minus }
        case 0x2A:                                                         // *
            if c1 == 0x2A {
                if c2 == 0x3D { kind = .starStarAssign; length = 3 } else { kind = .starStar; length = 2 }
            } else if c1 == 0x3D { kind = .starAssign; length = 2 } else { kind = .star }
        case 0x2F:                                                         // /
            if c1 == 0x3D { kind = .slashAssign; length = 2 } else { kind = .slash }
        case 0x25:                                                         // %
            if c1 == 0x3D { kind = .percentAssign; length = 2 } else { kind = .percent }
        case 0x26:                                                         // &
            if c1 == 0x26 {
                if c2 == 0x3D { kind = .ampersandAmpersandAssign; length = 3 } else { kind = .ampersandAmpersand; length = 2 }
            } else if c1 == 0x3D { kind = .ampersandAssign; length = 2 } else { kind = .ampersand }
        case 0x7C:                                                         // |
            if c1 == 0x7C {
                if c2 == 0x3D { kind = .barBarAssign; length = 3 } else { kind = .barBar; length = 2 }
            } else if c1 == 0x3D { kind = .barAssign; length = 2 } else { kind = .bar }
        case 0x5E:                                                         // ^
            if c1 == 0x3D { kind = .caretAssign; length = 2 } else { kind = .caret }
        default:
            throw error("Invalid or unexpected token", at: pos)
        }
        token.kind = kind
        token.value = String(decoding: source[pos..<pos + length], as: UTF16.self)
        pos += length
    }
}
