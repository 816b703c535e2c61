// Number.prototype.toFixed / toPrecision / toExponential with V8 results.
//
// All three round the *exact* binary value of the double to the requested
// number of decimal digits, ties rounding away from zero (V8's bignum
// fixed/precision dtoa does this), e.g. (1.005).toFixed(2) == "1.00" because
// 1.005 is really 1.00499999999999989..., while (0.5).toFixed(0) == "1" and
// (2.5).toFixed(0) == "3".

/// Exact decimal expansion of a finite double, used for fixed/precision output.
///
/// `digits` holds every significant decimal digit of |value| (no leading or
/// trailing zeros), and |value| = 0.d1d2...dn × 10^`exponent`. Zero has no digits.
struct ExactDecimal {
    var digits: [UInt8]
    var exponent: Int

    init(digits: [UInt8], exponent: Int) {
        self.digits = digits
        self.exponent = exponent
    }

    /// Computes the exact expansion with base-1e9 big-integer arithmetic.
    init(_ value: Double) {
        let v = abs(value)
        precondition(v.isFinite)
        if v == 0 {
            self.init(digits: [], exponent: 0)
            return
        }
        var mantissa = v.significandBitPattern
        var e2: Int
        if v.exponentBitPattern == 0 {
            e2 = -1074
        } else {
            mantissa |= 1 << 52
            e2 = Int(v.exponentBitPattern) - 1075
        }
        // Big integer in base 1e9, little endian.
        let base: UInt64 = 1_000_000_000
        var limbs: [UInt64] = [mantissa % base, (mantissa / base) % base, mantissa / base / base]
        func mul(_ m: UInt64) {
            var carry: UInt64 = 0
            for i in 0..<limbs.count {
                let p = limbs[i] * m + carry
                limbs[i] = p % base
                carry = p / base
            }
            while carry > 0 {
                limbs.append(carry % base)
                carry /= base
            }
        }
        var fractionDigits = 0
        if e2 >= 0 {
            var e = e2
            while e >= 29 { mul(1 << 29); e -= 29 }
            if e > 0 { mul(1 << UInt64(e)) }
        } else {
            // m / 2^k = m * 5^k / 10^k
            var k = -e2
            fractionDigits = k
            while k >= 13 { mul(1_220_703_125); k -= 13 }  // 5^13
            var p: UInt64 = 1
            for _ in 0..<k { p *= 5 }
            if p > 1 { mul(p) }
        }
        while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
        var out: [UInt8] = []
        out.reserveCapacity(limbs.count * 9)
        var top = limbs[limbs.count - 1]
        var topDigits: [UInt8] = []
        repeat {
            topDigits.append(UInt8(top % 10))
            top /= 10
        } while top > 0
        out.append(contentsOf: topDigits.reversed())
        if limbs.count >= 2 {
            for i in stride(from: limbs.count - 2, through: 0, by: -1) {
                var l = limbs[i]
                var buf = [UInt8](repeating: 0, count: 9)
                for j in stride(from: 8, through: 0, by: -1) {
                    buf[j] = UInt8(l % 10)
                    l /= 10
                }
                out.append(contentsOf: buf)
            }
        }
        let exponent = out.count - fractionDigits
        var end = out.count
        while end > 0 && out[end - 1] == 0 { end -= 1 }
        out.removeSubrange(end...)
        self.init(digits: out, exponent: exponent)
    }

    /// Rounds to `count` leading digits, ties away from zero. Returns exactly
    /// `count` digits (zero padded) and the exponent of the rounded value
    /// (one higher after a carry such as 9.96 -> 10.0). For `count <= 0` the
    /// value lies below the rounding position: the result is `[]` (rounds to
    /// zero) or, when count == 0 and the first digit is >= 5, `[1]` with
    /// exponent + 1.
    func rounded(toDigits count: Int) -> (digits: [UInt8], exponent: Int) {
        if count <= 0 {
            // Everything is below the rounding position.
            if count == 0 && !digits.isEmpty && digits[0] >= 5 {
                return ([1], exponent + 1)
            }
            return ([], exponent)
        }
        if digits.count <= count {
            return (digits + [UInt8](repeating: 0, count: count - digits.count), exponent)
        }
        var out = Array(digits[0..<count])
        if digits[count] >= 5 {
            var i = count - 1
            while i >= 0 {
                if out[i] == 9 {
                    out[i] = 0
                    i -= 1
                } else {
                    out[i] += 1
                    break
                }
            }
            if i < 0 {
                out.insert(1, at: 0)
                out.removeLast()
                return (out, exponent + 1)
            }
        }
        return (out, exponent)
    }
}

extension NumberConversion {
    @inline(__always) private static func ascii(_ d: [UInt8]) -> String {
        String(decoding: d.map { $0 + 48 }, as: UTF8.self)
    }

    private static func exponentSuffix(_ e: Int) -> String {
        (e < 0 ? "e-" : "e+") + String(abs(e))
    }

    /// Number.prototype.toFixed(fractionDigits). Valid `digits`: 0...100 (the
    /// caller throws RangeError otherwise). Non-finite values and |x| >= 1e21
    /// return `numberToString(x)`. Negative values (but not -0) get a "-" sign,
    /// so (-0.0001).toFixed(2) == "-0.00".
    public static func toFixed(_ d: Double, _ digits: Int) -> String {
        if !d.isFinite || abs(d) >= 1e21 { return numberToString(d) }
        let negative = d < 0
        let exact = ExactDecimal(d)
        // n = round(|x| * 10^f): its digit count is exponent + f.
        let keep = exact.exponent + digits
        let (rd, re) = exact.rounded(toDigits: keep)
        var intDigits: [UInt8]
        if rd.isEmpty {
            intDigits = [0]
        } else {
            // The rounded value is 0.rd × 10^re, so n = value × 10^f has re + f digits.
            let total = re + digits
            intDigits = rd
            if intDigits.count < total {
                intDigits += [UInt8](repeating: 0, count: total - intDigits.count)
            } else if intDigits.count > total {
                intDigits.removeLast(intDigits.count - total)
            }
        }
        var s: [UInt8]
        if digits == 0 {
            s = intDigits
        } else {
            if intDigits.count <= digits {
                intDigits = [UInt8](repeating: 0, count: digits + 1 - intDigits.count) + intDigits
            }
            let a = intDigits[0..<(intDigits.count - digits)]
            let b = intDigits[(intDigits.count - digits)...]
            s = a.map { $0 + 48 } + [46] + b.map { $0 + 48 }  // 46 == "."
        }
        if digits == 0 { s = s.map { $0 + 48 } }
        let text = String(decoding: s, as: UTF8.self)
        return negative ? "-" + text : text
    }

    /// Number.prototype.toExponential(fractionDigits). `digits == nil` means
    /// "as many digits as necessary" (shortest round-trip). Valid digits:
    /// 0...100. Non-finite values return `numberToString(x)`.
    public static func toExponential(_ d: Double, _ digits: Int?) -> String {
        if !d.isFinite { return numberToString(d) }
        let negative = d < 0
        var m: [UInt8]
        var e: Int
        if d == 0 {
            m = [UInt8](repeating: 0, count: (digits ?? 0) + 1)
            e = 0
        } else if let f = digits {
            let (rd, re) = ExactDecimal(d).rounded(toDigits: f + 1)
            m = rd
            e = re - 1
        } else {
            let (sd, se) = shortestDigits(d)
            m = sd
            e = se - 1
        }
        var text = String(UnicodeScalar(m[0] + 48))
        if m.count > 1 {
            text += "." + ascii(Array(m[1...]))
        }
        text += exponentSuffix(e)
        return negative ? "-" + text : text
    }

    /// Number.prototype.toPrecision(precision) for precision in 1...100
    /// (an undefined precision means `numberToString`, handled by the caller).
    /// Non-finite values return `numberToString(x)`.
    public static func toPrecision(_ d: Double, _ precision: Int) -> String {
        if !d.isFinite { return numberToString(d) }
        let p = precision
        let negative = d < 0
        var m: [UInt8]
        var e: Int
        if d == 0 {
            m = [UInt8](repeating: 0, count: p)
            e = 0
        } else {
            let (rd, re) = ExactDecimal(d).rounded(toDigits: p)
            m = rd
            e = re - 1
        }
        var text: String
        if e < -6 || e >= p {
            text = String(UnicodeScalar(m[0] + 48))
            if p > 1 { text += "." + ascii(Array(m[1...])) }
            text += exponentSuffix(e)
        } else if e == p - 1 {
            text = ascii(m)
        } else if e >= 0 {
            text = ascii(Array(m[0...e])) + "." + ascii(Array(m[(e + 1)...]))
        } else {
            text = "0." + String(repeating: "0", count: -(e + 1)) + ascii(m)
        }
        return negative ? "-" + text : text
    }
}
