/// Scanning of numeric, string and template literals (part of `Lexer`).
extension Lexer {
    // MARK: - Numbers

    mutating func scanNumber(into token: inout Token) throws {
        let start = pos
        token.kind = .number
        let c = char(pos), c1 = char(pos + 1)
        if c == 0x30 && (c1 == 0x78 || c1 == 0x58 || c1 == 0x6F || c1 == 0x4F || c1 == 0x62 || c1 == 0x42) {
            let radix = (c1 == 0x78 || c1 == 0x58) ? 16 : (c1 == 0x6F || c1 == 0x4F) ? 8 : 2
            pos += 2
            token.number = try scanRadixDigits(radix: radix, literalStart: start)
        } else if c == 0x30 && CharacterClass.isDecimalDigit(c1) {
            // Legacy octal (017) or non-octal decimal (089) integer literal.
            token.isLegacyOctal = true
            pos += 1
            var isOctal = true
            let digitsStart = pos
            while CharacterClass.isDecimalDigit(char(pos)) {
                if char(pos) >= 0x38 { isOctal = false }
                pos += 1
            }
            if char(pos) == 0x5F { throw error("Numeric separator can not be used after leading 0.", at: pos) }
            if isOctal {
                var value = 0.0
                for i in digitsStart..<pos { value = value * 8 + Double(Int(source[i]) - 0x30) }
                token.number = value
            } else {
                token.number = try scanDecimalTail(integerDigits: String(decoding: source[start..<pos], as: UTF16.self))
            }
        } else {
            var integer = ""
            if c == 0x30 && c1 == 0x5F { throw error("Numeric separator can not be used after leading 0.", at: pos + 1) }
            if c != 0x2E { integer = try scanDecimalDigits() }
            token.number = try scanDecimalTail(integerDigits: integer)
        }
        let next = char(pos)
        if next == 0x6E { throw error("BigInt literals are not supported", at: start) }
        if next == 0x5C || CharacterClass.isDecimalDigit(next) || isIdentifierStart(at: pos) {
            throw error("Invalid or unexpected token", at: pos)
        }
    }

    /// Decimal digits with numeric separators (`1_000`); returns the digits without separators.
    private mutating func scanDecimalDigits() throws -> String {
        var digits: [UInt8] = []
        while true {
            let c = char(pos)
            if CharacterClass.isDecimalDigit(c) {
                digits.append(UInt8(c))
                pos += 1
            } else if c == 0x5F {
                try checkSeparator(isDigit: CharacterClass.isDecimalDigit)
                pos += 1
            } else {
                break
            }
        }
        return String(decoding: digits, as: UTF8.self)
    }

    /// A separator must sit between two digits.
    private func checkSeparator(isDigit: (Int) -> Bool) throws {
        let previous = char(pos - 1), next = char(pos + 1)
        if next == 0x5F { throw error("Only one underscore is allowed as numeric separator", at: pos) }
        if !isDigit(previous) || !isDigit(next) {
            throw error("Numeric separators are not allowed here", at: pos)
        }
    }

    /// The fraction and exponent after the integer digits; returns the value.
    private mutating func scanDecimalTail(integerDigits: String) throws -> Double {
        var text = integerDigits.isEmpty ? "0" : integerDigits
        if char(pos) == 0x2E {
            pos += 1
            if char(pos) == 0x5F { throw error("Numeric separators are not allowed here", at: pos) }
            let fraction = try scanDecimalDigits()
            text += "." + (fraction.isEmpty ? "0" : fraction)
        }
        let e = char(pos)
        if e == 0x65 || e == 0x45 {
            pos += 1
            var sign = ""
            if char(pos) == 0x2B || char(pos) == 0x2D {
                sign = char(pos) == 0x2D ? "-" : "+"
                pos += 1
            }
            guard CharacterClass.isDecimalDigit(char(pos)) else { throw error("Invalid or unexpected token", at: pos) }
            text += "e" + sign + (try scanDecimalDigits())
        }
        return Double(text) ?? .nan
    }

    private mutating func scanRadixDigits(radix: Int, literalStart: Int) throws -> Double {
        let isDigit: (Int) -> Bool = { c in
            guard let v = CharacterClass.hexValue(c) else { return false }
            return v < radix
        }
        var value = 0.0
        var exact: UInt64 = 0
        var overflowed = false
        var count = 0
        while true {
            let c = char(pos)
            if isDigit(c), let d = CharacterClass.hexValue(c) {
                if !overflowed {
                    let (m, o1) = exact.multipliedReportingOverflow(by: UInt64(radix))
                    let (a, o2) = m.addingReportingOverflow(UInt64(d))
                    if o1 || o2 { overflowed = true; value = Double(exact) } else { exact = a }
                }
                if overflowed { value = value * Double(radix) + Double(d) }
                count += 1
                pos += 1
            } else if c == 0x5F {
                try checkSeparator(isDigit: isDigit)
                pos += 1
            } else {
                break
            }
        }
        if count == 0 { throw error("Invalid or unexpected token", at: literalStart) }
        return overflowed ? value : Double(exact)
    }

    // MARK: - Strings

    mutating func scanString(into token: inout Token, quote: Int) throws {
        let start = pos
        pos += 1
        var units: [UInt16] = []
        var chunkStart = pos
        while true {
            let c = char(pos)
            if c == quote {
                units.append(contentsOf: source[chunkStart..<pos])
                pos += 1
                break
            }
            if c < 0 || c == 0x0A || c == 0x0D {
                throw error("Invalid or unexpected token", at: start)
            }
            if c == 0x5C {
                units.append(contentsOf: source[chunkStart..<pos])
                let escape = try scanEscape(into: &units, inTemplate: false)
                if escape == .legacyOctal { token.isLegacyOctal = true }
                chunkStart = pos
            } else {
                pos += 1
            }
        }
        token.kind = .string
        token.cooked = units
    }

    /// What kind of escape sequence `scanEscape` consumed.
    enum EscapeKind { case normal, legacyOctal, invalid }

    /// Scans one escape sequence starting at the backslash and appends its value.
    /// In templates, octal and malformed escapes return `.invalid` instead of throwing.
    mutating func scanEscape(into units: inout [UInt16], inTemplate: Bool) throws -> EscapeKind {
        let escStart = pos
        pos += 1
        let c = char(pos)
        switch c {
        case -1:
            throw error(inTemplate ? "Unterminated template literal" : "Invalid or unexpected token", at: escStart)
        case 0x0A, 0x0D, 0x2028, 0x2029:
            consumeLineTerminator()                                  // line continuation
        case 0x6E: units.append(0x0A); pos += 1
        case 0x74: units.append(0x09); pos += 1
        case 0x72: units.append(0x0D); pos += 1
        case 0x62: units.append(0x08); pos += 1
        case 0x66: units.append(0x0C); pos += 1
        case 0x76: units.append(0x0B); pos += 1
        case 0x30 where !CharacterClass.isDecimalDigit(char(pos + 1)):
            units.append(0); pos += 1
        case 0x30...0x37:
            if inTemplate { pos += 1; return .invalid }
            var value = c - 0x30
            pos += 1
            let maxDigits = c <= 0x33 ? 3 : 2
            var n = 1
            while n < maxDigits, char(pos) >= 0x30 && char(pos) <= 0x37 {
                value = value * 8 + (char(pos) - 0x30)
                pos += 1
                n += 1
            }
            units.append(UInt16(value))
            return .legacyOctal
        case 0x38, 0x39:
            if inTemplate { pos += 1; return .invalid }
            units.append(UInt16(c))
            pos += 1
            return .legacyOctal
        case 0x78:                                                   // \xHH
            pos += 1
            guard let h1 = CharacterClass.hexValue(char(pos)), let h2 = CharacterClass.hexValue(char(pos + 1)) else {
                if inTemplate { return .invalid }
                throw error("Invalid hexadecimal escape sequence", at: escStart)
            }
            units.append(UInt16(h1 * 16 + h2))
            pos += 2
        case 0x75:                                                   // \u
            pos += 1
            guard let cp = scanUnicodeEscapeBody() else {
                if inTemplate { return .invalid }
                throw error("Invalid Unicode escape sequence", at: escStart)
            }
            appendCodePoint(cp, to: &units)
        default:
            units.append(UInt16(c))
            pos += 1
        }
        return .normal
    }

    // MARK: - Templates

    /// Scans template characters after "`" or "}" up to and including "`" or "${".
    mutating func scanTemplateChunk(into token: inout Token) throws {
        let start = token.start
        token.kind = .template
        var units: [UInt16] = []
        while true {
            let c = char(pos)
            if c < 0 { throw error("Unterminated template literal", at: start) }
            if c == 0x60 {
                pos += 1
                token.isTemplateTail = true
                break
            }
            if c == 0x24 && char(pos + 1) == 0x7B {
                pos += 2
                break
            }
            if c == 0x5C {
                let escStart = pos
                if try scanEscape(into: &units, inTemplate: true) == .invalid && token.templateEscapeError == nil {
                    token.templateEscapeError = error("Invalid escape sequence in template", at: escStart)
                }
            } else if c == 0x0D || c == 0x0A || c == 0x2028 || c == 0x2029 {
                units.append(c == 0x0D ? 0x0A : UInt16(c))            // CR and CRLF cook to LF
                consumeLineTerminator()
            } else {
                units.append(UInt16(c))
                pos += 1
            }
        }
        token.cooked = units
    }
}
