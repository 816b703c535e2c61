import Foundation

/// Pure UTF-16 helpers behind the `String.prototype` methods: searching, case mapping,
/// trimming, `GetSubstitution`. They work on code-unit arrays, so lone surrogates survive.
public enum StringOperations {
    /// V8's maximum string length on 64-bit targets (2^29 - 24 code units).
    public static let maxLength = 536_870_888

    /// StringIndexOf: the first index >= `from` where `search` occurs in `s`, or -1.
    public static func indexOf(_ s: [UInt16], _ search: [UInt16], from: Int) -> Int {
        let n = s.count, m = search.count
        if m == 0 { return from <= n ? from : -1 }
        if m > n { return -1 }
        var i = max(0, from)
        let first = search[0]
        while i + m <= n {
            if s[i] == first {
                var j = 1
                while j < m && s[i + j] == search[j] { j += 1 }
                if j == m { return i }
            }
            i += 1
        }
        return -1
    }

    /// The last index <= `from` where `search` occurs in `s`, or -1.
    public static func lastIndexOf(_ s: [UInt16], _ search: [UInt16], from: Int) -> Int {
        let n = s.count, m = search.count
        if m > n { return -1 }
        var i = min(from, n - m)
        while i >= 0 {
            var j = 0
            while j < m && s[i + j] == search[j] { j += 1 }
            if j == m { return i }
            i -= 1
        }
        return -1
    }

    static func isHighSurrogate(_ c: UInt16) -> Bool { c >= 0xD800 && c <= 0xDBFF }
    static func isLowSurrogate(_ c: UInt16) -> Bool { c >= 0xDC00 && c <= 0xDFFF }

    /// CodePointAt: the code point starting at `i` and how many units it spans.
    static func codePoint(_ s: [UInt16], at i: Int) -> (value: UInt32, units: Int) {
        let c = s[i]
        if isHighSurrogate(c), i + 1 < s.count, isLowSurrogate(s[i + 1]) {
            let v = 0x10000 + ((UInt32(c) - 0xD800) << 10) + (UInt32(s[i + 1]) - 0xDC00)
            return (v, 2)
        }
        return (UInt32(c), 1)
    }

    /// Appends code point `cp` as UTF-16.
    static func appendCodePoint(_ cp: UInt32, to out: inout [UInt16]) {
        if cp < 0x10000 {
            out.append(UInt16(cp))
        } else {
            let v = cp - 0x10000
            out.append(UInt16(0xD800 + (v >> 10)))
            out.append(UInt16(0xDC00 + (v & 0x3FF)))
        }
    }

    /// Full Unicode case mapping (like V8 with ICU), keeping lone surrogates unchanged.
    /// Lowercasing applies the Final_Sigma rule for U+03A3.
    static func mapCase(_ s: [UInt16], upper: Bool) -> [UInt16] {
        var ascii = true
        for c in s where c >= 0x80 { ascii = false; break }
        if ascii {
            if upper {
                return s.map { ($0 >= 0x61 && $0 <= 0x7A) ? $0 - 32 : $0 }
            }
            return s.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : $0 }
        }
        var out = [UInt16]()
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let (cp, n) = codePoint(s, at: i)
            defer { i += n }
            guard let scalar = Unicode.Scalar(cp) else {
                out.append(s[i])  // lone surrogate
                continue
            }
            if cp < 0x80 {
                var c = UInt16(cp)
                if upper, c >= 0x61 && c <= 0x7A { c -= 32 }
                if !upper, c >= 0x41 && c <= 0x5A { c += 32 }
                out.append(c)
                continue
            }
            if !upper && cp == 0x3A3 {
                out.append(isFinalSigma(s, at: i) ? 0x3C2 : 0x3C3)
                continue
            }
            let mapped = upper ? scalar.properties.uppercaseMapping : scalar.properties.lowercaseMapping
            out.append(contentsOf: mapped.utf16)
        }
        return out
    }

    private static func isCased(_ cp: UInt32) -> Bool {
        guard let s = Unicode.Scalar(cp) else { return false }
        return s.properties.isCased
    }

    private static func isCaseIgnorable(_ cp: UInt32) -> Bool {
        guard let s = Unicode.Scalar(cp) else { return false }
        return s.properties.isCaseIgnorable
    }

    /// Final_Sigma: preceded by a cased letter and not followed by one (skipping case-ignorables).
    private static func isFinalSigma(_ s: [UInt16], at i: Int) -> Bool {
        var j = i - 1
        var before = false
        while j >= 0 {
            var cp = UInt32(s[j])
            if isLowSurrogate(s[j]), j > 0, isHighSurrogate(s[j - 1]) {
                cp = codePoint(s, at: j - 1).value
                j -= 1
            }
            if isCaseIgnorable(cp) { j -= 1; continue }
            before = isCased(cp)
            break
        }
        if !before { return false }
        var k = i + 1
        while k < s.count {
            let (cp, n) = codePoint(s, at: k)
            if isCaseIgnorable(cp) { k += n; continue }
            return !isCased(cp)
        }
        return true
    }

    /// Trims JS whitespace and line terminators from the requested ends.
    static func trim(_ s: [UInt16], start: Bool, end: Bool) -> [UInt16] {
        var a = 0, b = s.count
        if start { while a < b && NumberConversion.isWhiteSpaceOrLineTerminator(s[a]) { a += 1 } }
        if end { while b > a && NumberConversion.isWhiteSpaceOrLineTerminator(s[b - 1]) { b -= 1 } }
        if a == 0 && b == s.count { return s }
        return Array(s[a..<b])
    }

    /// GetSubstitution for a string pattern (no captures): `$$`, `$&`, `` $` ``, `$'`.
    static func substitution(matched: [UInt16], string: [UInt16], position: Int,
                             replacement: [UInt16]) -> [UInt16] {
        if !replacement.contains(0x24) { return replacement }
        var out = [UInt16]()
        var i = 0
        let tailPos = min(position + matched.count, string.count)
        while i < replacement.count {
            let c = replacement[i]
            if c == 0x24, i + 1 < replacement.count {
                switch replacement[i + 1] {
                case 0x24: out.append(0x24); i += 2; continue
                case 0x26: out.append(contentsOf: matched); i += 2; continue
                case 0x60: out.append(contentsOf: string[0..<position]); i += 2; continue
                case 0x27: out.append(contentsOf: string[tailPos...]); i += 2; continue
                default: break
                }
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// A simplified `localeCompare`: compares with case and accents folded first (like a
    /// collator's primary strength), then lowercase before uppercase, then by code units.
    /// Not ICU: orders of punctuation and scripts may differ from node.
    static func localeCompare(_ a: [UInt16], _ b: [UInt16]) -> Int {
        let sa = String(decoding: a, as: UTF16.self), sb = String(decoding: b, as: UTF16.self)
        let fa = Array(sa.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf16)
        let fb = Array(sb.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf16)
        if fa != fb { return JSString.lessThan(JSString(fa), JSString(fb)) ? -1 : 1 }
        if a == b { return 0 }
        // Tertiary difference: lowercase sorts first.
        for (x, y) in zip(a, b) where x != y {
            let xl = x >= 0x61 && x <= 0x7A, yl = y >= 0x61 && y <= 0x7A
            if xl != yl { return xl ? -1 : 1 }
            return x < y ? -1 : 1
        }
        return a.count < b.count ? -1 : 1
    }

    /// String.prototype.normalize via Foundation's canonical/compatibility mappings.
    static func normalize(_ s: [UInt16], form: String) -> [UInt16] {
        // Foundation works on well-formed text; strings with lone surrogates are returned as is.
        for (i, c) in s.enumerated() where isHighSurrogate(c) || isLowSurrogate(c) {
            if isHighSurrogate(c), i + 1 < s.count, isLowSurrogate(s[i + 1]) { continue }
            if isLowSurrogate(c), i > 0, isHighSurrogate(s[i - 1]) { continue }
            return s
        }
        let str = String(decoding: s, as: UTF16.self)
        let ns = str as NSString
        let r: String
        switch form {
        case "NFD": r = ns.decomposedStringWithCanonicalMapping
        case "NFKC": r = ns.precomposedStringWithCompatibilityMapping
        case "NFKD": r = ns.decomposedStringWithCompatibilityMapping
        default: r = ns.precomposedStringWithCanonicalMapping
        }
        return Array(r.utf16)
    }
}
