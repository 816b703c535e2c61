/// Classification of UTF-16 code units and code points for the lexer
/// (white space, line terminators, identifier characters, digits).
enum CharacterClass {
    static func isLineTerminator(_ c: Int) -> Bool {
        c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029
    }

    /// ECMAScript WhiteSpace: TAB, VT, FF, SP, NBSP, ZWNBSP and Unicode "Zs".
    static func isWhiteSpace(_ c: Int) -> Bool {
        switch c {
        case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0xFEFF: return true
        case 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func isDecimalDigit(_ c: Int) -> Bool { c >= 0x30 && c <= 0x39 }

    static func hexValue(_ c: Int) -> Int? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    /// IdentifierStart for a full code point (`$`, `_`, ID_Start).
    static func isIdentifierStart(_ cp: Int) -> Bool {
        if cp < 0x80 {
            return (cp >= 0x61 && cp <= 0x7A) || (cp >= 0x41 && cp <= 0x5A) || cp == 0x24 || cp == 0x5F
        }
        guard let scalar = Unicode.Scalar(UInt32(cp)) else { return false }
        return scalar.properties.isIDStart
    }

    /// IdentifierPart for a full code point (`$`, ZWNJ, ZWJ, ID_Continue).
    static func isIdentifierPart(_ cp: Int) -> Bool {
        if cp < 0x80 {
            return isIdentifierStart(cp) || isDecimalDigit(cp)
        }
        if cp == 0x200C || cp == 0x200D { return true }
        guard let scalar = Unicode.Scalar(UInt32(cp)) else { return false }
        return scalar.properties.isIDContinue
    }
}
