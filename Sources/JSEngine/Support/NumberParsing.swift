// String -> Number conversions (ToNumber(String), parseInt, parseFloat) with
// V8 results. Input strings are UTF-16 code-unit arrays.
//
// Decimal literals are correctly rounded: the digits are validated here and
// handed in canonical form ("<digits>e<exp>") to Swift's `Double(String)`,
// which uses a correctly rounding strtod; nothing but ASCII digits and an
// exponent ever reaches it, so "0x10", "nan", "inf" cannot leak through.
// Binary/octal/hex literals are rounded exactly (round half to even).

extension NumberConversion {
    // MARK: - Character classes

    /// ECMAScript WhiteSpace or LineTerminator (what ToNumber/parseInt trim).
    @inline(__always) public static func isWhiteSpaceOrLineTerminator(_ c: UInt16) -> Bool {
        switch c {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2028, 0x2029,
             0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        case 0x2000...0x200A:
            return true
        default:
            return false
        }
    }

    @inline(__always) public static func digitValue(_ c: UInt16) -> Int {
        switch c {
        case 0x30...0x39: return Int(c) - 0x30
        case 0x61...0x7A: return Int(c) - 0x61 + 10
        case 0x41...0x5A: return Int(c) - 0x41 + 10
        default: return 99
        }
    }

    private static let infinityUnits: [UInt16] = Array("Infinity".utf16)

    private static func hasPrefix(_ s: [UInt16], _ from: Int, _ end: Int, _ p: [UInt16]) -> Bool {
        if end - from < p.count { return false }
        for i in 0..<p.count where s[from + i] != p[i] { return false }
        return true
    }

    // MARK: - Correctly rounded conversions of digit sequences

    /// Correctly rounded value of the decimal `0.<digits> × 10^pointExp` where
    /// `digits` are ASCII digit code units (leading zeros allowed).
    public static func decimalDigitsToDouble(_ digits: [UInt8], pointPosition: Int) -> Double {
        // Strip leading zeros.
        var start = 0
        while start < digits.count && digits[start] == 48 { start += 1 }
        var end = digits.count
        while end > start && digits[end - 1] == 48 { end -= 1 }
        if start == end { return 0 }
        var point = pointPosition - start  // value = 0.d[start..<end] × 10^point
        if point > 400 { return .infinity }
        if point < -400 { return 0 }
        // Keep at most 800 significant digits; a nonzero tail becomes a sticky '1'.
        var sig = Array(digits[start..<end])
        if sig.count > 800 {
            sig.removeSubrange(800...)
            sig.append(49)
        }
        // value = sig × 10^(point - sig.count)
        point -= sig.count
        var text = String(decoding: sig, as: UTF8.self)
        text += "e" + String(point)
        return Double(text) ?? .nan
    }

    /// Correctly rounded (round-half-even) value of an integer written with
    /// `bitsPerDigit` bits per digit (radix 2, 4, 8, 16 or 32).
    public static func powerOfTwoDigitsToDouble(_ values: [Int], bitsPerDigit: Int) -> Double {
        var i = 0
        while i < values.count && values[i] == 0 { i += 1 }
        if i == values.count { return 0 }
        var mant: UInt64 = 0
        var bitCount = 0  // significant bits collected into mant (max 64)
        var extraBits = 0  // bits dropped beyond mant (exponent adjust)
        var sticky = false
        while i < values.count {
            let v = values[i]
            for b in stride(from: bitsPerDigit - 1, through: 0, by: -1) {
                let bit = UInt64((v >> b) & 1)
                if bitCount == 0 && bit == 0 { continue }
                if bitCount < 64 {
                    mant = (mant << 1) | bit
                    bitCount += 1
                } else {
                    if bit != 0 { sticky = true }
                    extraBits += 1
                }
            }
            i += 1
        }
        // Round mant (bitCount bits) to 53 bits.
        if bitCount <= 53 {
            return FDLibm.scalbn(Double(mant), extraBits)
        }
        let drop = bitCount - 53
        let dropped = mant & ((1 << UInt64(drop)) - 1)
        var top = mant >> UInt64(drop)
        let half: UInt64 = 1 << UInt64(drop - 1)
        if dropped > half || (dropped == half && (sticky || (top & 1) == 1)) {
            top += 1
        }
        return FDLibm.scalbn(Double(top), drop + extraBits)
    }

    // MARK: - ToNumber(String)

    /// ECMAScript StringToNumber: trims WhiteSpace/LineTerminator, "" -> 0,
    /// [+-]Infinity, decimal literals with optional fraction/exponent (".5",
    /// "5.", "1e5"), unsigned 0x/0o/0b literals; anything else is NaN.
    public static func stringToNumber(_ s: [UInt16]) -> Double {
        var start = 0
        var end = s.count
        while start < end && isWhiteSpaceOrLineTerminator(s[start]) { start += 1 }
        while end > start && isWhiteSpaceOrLineTerminator(s[end - 1]) { end -= 1 }
        if start == end { return 0 }
        // Non-decimal integer literals.
        if end - start >= 2 && s[start] == 0x30 {
            let p = s[start + 1] | 0x20
            var bitsPerDigit = 0
            if p == 0x78 { bitsPerDigit = 4 }  // x
            else if p == 0x6F { bitsPerDigit = 3 }  // o
            else if p == 0x62 { bitsPerDigit = 1 }  // b
            if bitsPerDigit > 0 {
                let radix = 1 << bitsPerDigit
                if end - start == 2 { return .nan }
                var values: [Int] = []
                values.reserveCapacity(end - start - 2)
                for i in (start + 2)..<end {
                    let v = digitValue(s[i])
                    if v >= radix { return .nan }
                    values.append(v)
                }
                return powerOfTwoDigitsToDouble(values, bitsPerDigit: bitsPerDigit)
            }
        }
        var i = start
        var negative = false
        if s[i] == 0x2B || s[i] == 0x2D {
            negative = s[i] == 0x2D
            i += 1
        }
        if hasPrefix(s, i, end, infinityUnits) {
            if i + infinityUnits.count == end { return negative ? -.infinity : .infinity }
            return .nan
        }
        guard let (value, consumed) = scanDecimal(s, i, end), consumed == end else { return .nan }
        return negative ? -value : value
    }

    /// Scans the longest StrUnsignedDecimalLiteral (without Infinity) at
    /// `from`; returns its value and the index after it, or nil if there are
    /// no digits. An incomplete exponent ("1e", "1e+") is not consumed.
    public static func scanDecimal(_ s: [UInt16], _ from: Int, _ end: Int) -> (Double, Int)? {
        var i = from
        var digits: [UInt8] = []
        var point = 0
        var sawDigit = false
        while i < end, s[i] >= 0x30 && s[i] <= 0x39 {
            digits.append(UInt8(s[i]))
            i += 1
            sawDigit = true
        }
        point = digits.count
        if i < end && s[i] == 0x2E {
            var j = i + 1
            var fracDigits = false
            while j < end, s[j] >= 0x30 && s[j] <= 0x39 {
                digits.append(UInt8(s[j]))
                j += 1
                fracDigits = true
            }
            if sawDigit || fracDigits {
                i = j
                sawDigit = true
            }
        }
        if !sawDigit { return nil }
        if i < end && (s[i] == 0x65 || s[i] == 0x45) {
            var j = i + 1
            var expNeg = false
            if j < end && (s[j] == 0x2B || s[j] == 0x2D) {
                expNeg = s[j] == 0x2D
                j += 1
            }
            var expVal = 0
            var expDigits = false
            while j < end, s[j] >= 0x30 && s[j] <= 0x39 {
                if expVal < 100_000_000 { expVal = expVal * 10 + Int(s[j] - 0x30) }
                j += 1
                expDigits = true
            }
            if expDigits {
                i = j
                point += expNeg ? -expVal : expVal
            }
        }
        return (decimalDigitsToDouble(digits, pointPosition: point), i)
    }

    // MARK: - parseFloat

    /// Global parseFloat: skips leading whitespace, then the longest prefix
    /// that is a StrDecimalLiteral ([+-] Infinity or decimal); NaN if none.
    /// parseFloat("Infinityx") == Infinity, parseFloat("1e1000") == Infinity,
    /// parseFloat("-0") == -0.
    public static func parseFloat(_ s: [UInt16]) -> Double {
        var i = 0
        let end = s.count
        while i < end && isWhiteSpaceOrLineTerminator(s[i]) { i += 1 }
        if i == end { return .nan }
        var negative = false
        if s[i] == 0x2B || s[i] == 0x2D {
            negative = s[i] == 0x2D
            i += 1
        }
        if hasPrefix(s, i, end, infinityUnits) { return negative ? -.infinity : .infinity }
        guard let (value, _) = scanDecimal(s, i, end) else { return .nan }
        return negative ? -value : value
    }

    // MARK: - parseInt

    /// Global parseInt(string, radix). `radix` is the already-converted
    /// ToNumber(radix) value, or nil for undefined; it is passed through ToInt32
    /// as the spec requires. Radix 10 and powers of two are correctly rounded;
    /// other radixes use V8's chunked double accumulation (an
    /// implementation-approximated value, exactly as V8 computes it).
    public static func parseInt(_ s: [UInt16], radix: Double?) -> Double {
        var i = 0
        let end = s.count
        while i < end && isWhiteSpaceOrLineTerminator(s[i]) { i += 1 }
        var negative = false
        if i < end && (s[i] == 0x2B || s[i] == 0x2D) {
            negative = s[i] == 0x2D
            i += 1
        }
        var r = Int(toInt32(radix ?? 0))
        var stripPrefix = true
        if r != 0 {
            if r < 2 || r > 36 { return .nan }
            if r != 16 { stripPrefix = false }
        } else {
            r = 10
        }
        if stripPrefix && end - i >= 2 && s[i] == 0x30 && (s[i + 1] | 0x20) == 0x78 {
            i += 2
            r = 16
        }
        var j = i
        while j < end && digitValue(s[j]) < r { j += 1 }
        if j == i { return .nan }
        // Skip leading zeros (as V8 does before accumulating).
        var k = i
        while k < j && s[k] == 0x30 { k += 1 }
        var value: Double
        if k == j {
            value = 0
        } else if r == 10 {
            let digits = s[k..<j].map { UInt8($0) }
            value = decimalDigitsToDouble(digits, pointPosition: digits.count)
        } else if r & (r - 1) == 0 {
            let bpd = r.trailingZeroBitCount
            value = powerOfTwoDigitsToDouble(s[k..<j].map { digitValue($0) }, bitsPerDigit: bpd)
        } else {
            value = genericRadixAccumulate(s, k, j, r)
        }
        return negative ? -value : value
    }

    /// V8's StringToIntHelper::HandleGenericCase: digits are gathered into
    /// 32-bit parts whose multiplier stays <= 0xFFFFFFFF / 36, and each part is
    /// folded into the double result as `result * multiplier + part`.
    private static func genericRadixAccumulate(_ s: [UInt16], _ from: Int, _ end: Int, _ radix: Int) -> Double {
        let kMaximumMultiplier: UInt32 = 0xFFFF_FFFF / 36
        var result = 0.0
        var i = from
        let r = UInt32(radix)
        while i < end {
            var part: UInt32 = 0
            var multiplier: UInt32 = 1
            while i < end {
                let m = multiplier &* r
                if m > kMaximumMultiplier { break }
                part = part * r + UInt32(digitValue(s[i]))
                multiplier = m
                i += 1
            }
            result = result * Double(multiplier) + Double(part)
        }
        return result
    }
}
