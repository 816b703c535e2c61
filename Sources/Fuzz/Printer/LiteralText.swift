import JSEngine

/// Source text for literals and names: numbers that re-parse to the same value, escaped string and
/// template text, property keys and identifier names.
enum LiteralText {
    /// A number as JavaScript source: the shortest round-tripping decimal form, with `-0`, `NaN`,
    /// `Infinity` and negative values spelled so that evaluating the text gives back `value`.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        if value < 0 { return "-" + NumberConversion.numberToString(-value) }
        return NumberConversion.numberToString(value)
    }

    /// A double-quoted string literal for `units`.
    static func string(_ units: [UInt16]) -> String {
        "\"" + escaped(units, quote: 0x22) + "\""
    }

    /// The text between backticks for one template chunk.
    static func templateChunk(_ units: [UInt16]) -> String {
        escaped(units, quote: 0x60)
    }

    /// `units` with backslashes, the quote character, line terminators, control characters and
    /// lone surrogates escaped; inside templates also `${`.
    private static func escaped(_ units: [UInt16], quote: UInt16) -> String {
        var text = ""
        var index = 0
        while index < units.count {
            let unit = units[index]
            if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
                text += String(decoding: units[index...index + 1], as: UTF16.self)
                index += 2
                continue
            }
            switch unit {
            case 0x5C: text += "\\\\"
            case quote: text += "\\" + String(UnicodeScalar(UInt8(quote)))
            case 0x0A: text += "\\n"
            case 0x0D: text += "\\r"
            case 0x09: text += "\\t"
            case 0x08: text += "\\b"
            case 0x0C: text += "\\f"
            case 0x0B: text += "\\v"
            case 0x24 where quote == 0x60 && index + 1 < units.count && units[index + 1] == 0x7B:
                text += "\\$"
            case 0x00..<0x20, 0x7F:
                text += "\\x" + hex(unit, digits: 2)
            case 0x2028, 0x2029, 0xD800...0xDFFF:
                text += "\\u" + hex(unit, digits: 4)
            default:
                text += String(decoding: [unit], as: UTF16.self)
            }
            index += 1
        }
        return text
    }

    private static func hex(_ value: UInt16, digits: Int) -> String {
        let raw = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - raw.count)) + raw
    }

    /// Whether `name` can be written bare after `.` or as an object key (an ASCII IdentifierName;
    /// reserved words are allowed there).
    static func isIdentifierName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        func isStart(_ s: Unicode.Scalar) -> Bool {
            (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_" || s == "$"
        }
        return isStart(first) && name.unicodeScalars.allSatisfy { isStart($0) || ($0 >= "0" && $0 <= "9") }
    }

    /// A non-computed property key: bare when it is an identifier name, quoted otherwise.
    static func propertyKey(_ name: String) -> String {
        isIdentifierName(name) ? name : string(Array(name.utf16))
    }
}
