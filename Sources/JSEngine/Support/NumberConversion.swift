// Number -> String conversion with V8 (node 20) observable results.
//
// API overview (all static, namespace `NumberConversion`):
//   numberToString(_:)                 Number::toString(x) (radix 10, shortest round-trip)
//   numberToString(_:radix:)           Number.prototype.toString(radix), V8 DoubleToRadixCString
//   toFixed / toPrecision / toExponential   (NumberFormatting.swift)
//   stringToNumber / parseInt / parseFloat  (NumberParsing.swift)
//   toInt32 / toUint32 / toInt16 / ...      (NumberIntegerConversion.swift)
// Math functions live in `JSMath` (MathFunctions.swift).

// The stdlib's rounding/sqrt wrappers call libm symbols (floor, ceil, sqrt, ...);
// importing the C library here makes the module autolink libm on Linux.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Namespace for ECMAScript Number <-> String and integer conversions,
/// reproducing node 20 / V8 results exactly. All members are static.
public enum NumberConversion {
    // MARK: - Shortest digits

    /// Shortest round-trip decimal digits of a finite, non-zero |d|:
    /// `|d| ≈ 0.d1d2...dk × 10^exponent`, digits without leading/trailing zeros.
    ///
    /// Swift's `description` already yields the shortest digit string that
    /// round-trips (closest to the exact value on ties, like V8's Grisu3/bignum
    /// fallback); only its layout differs, so we re-derive digits and exponent.
    public static func shortestDigits(_ d: Double) -> (digits: [UInt8], exponent: Int) {
        let text = abs(d).description.utf8
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        var pointPos: Int? = nil
        var exp10 = 0
        var iter = text.makeIterator()
        while let c = iter.next() {
            if c >= 48 && c <= 57 {
                digits.append(c - 48)
            } else if c == 46 {  // "."
                pointPos = digits.count
            } else if c == 101 || c == 69 {  // "e"
                var neg = false
                var v = 0
                while let e = iter.next() {
                    if e == 45 { neg = true } else if e == 43 { continue } else { v = v * 10 + Int(e - 48) }
                }
                exp10 = neg ? -v : v
                break
            }
        }
        var point = (pointPos ?? digits.count) + exp10
        // Strip leading zeros.
        var start = 0
        while start < digits.count - 1 && digits[start] == 0 {
            start += 1
            point -= 1
        }
        var end = digits.count
        while end > start + 1 && digits[end - 1] == 0 { end -= 1 }
        return (Array(digits[start..<end]), point)
    }

    // MARK: - Number::toString (radix 10)

    /// ECMAScript Number::toString(x) exactly as V8 prints it:
    /// "NaN", "Infinity", "-Infinity", "0" for ±0, plain notation for
    /// 1e-6 <= |x| < 1e21 and exponent notation ("1e+21", "1.5e-7") otherwise.
    public static func numberToString(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d == 0 { return "0" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == d.rounded(.towardZero) && abs(d) < 1e15 {
            return String(Int64(d))  // fast path for integers
        }
        let (digits, n) = shortestDigits(d)
        return layoutDecimal(negative: d < 0, digits: digits, n: n)
    }

    /// Lays out digits per Number::toString step 6-12 (k digits, value = 0.digits × 10^n).
    public static func layoutDecimal(negative: Bool, digits: [UInt8], n: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        if negative { out.append(45) }
        let k = digits.count
        if k <= n && n <= 21 {
            for dg in digits { out.append(dg + 48) }
            for _ in 0..<(n - k) { out.append(48) }
        } else if 0 < n && n <= 21 {
            for i in 0..<n { out.append(digits[i] + 48) }
            out.append(46)
            for i in n..<k { out.append(digits[i] + 48) }
        } else if -6 < n && n <= 0 {
            out.append(48)
            out.append(46)
            for _ in 0..<(-n) { out.append(48) }
            for dg in digits { out.append(dg + 48) }
        } else {
            out.append(digits[0] + 48)
            if k > 1 {
                out.append(46)
                for i in 1..<k { out.append(digits[i] + 48) }
            }
            out.append(101)
            let e = n - 1
            out.append(e < 0 ? 45 : 43)
            out.append(contentsOf: String(abs(e)).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// UTF-16 convenience wrapper for the engine's string representation.
    public static func numberToUTF16(_ d: Double) -> [UInt16] {
        Array(numberToString(d).utf16)
    }

    // MARK: - Number.prototype.toString(radix)

    private static let radixChars: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// Number.prototype.toString(radix) for radix in 2...36 (caller validates the
    /// range). Radix 10 uses `numberToString`; others reproduce V8's
    /// DoubleToRadixCString, including fraction digits generated only up to the
    /// precision of the input and round-half-even on the last digit.
    public static func numberToString(_ d: Double, radix: Int) -> String {
        precondition(radix >= 2 && radix <= 36, "radix out of range")
        if radix == 10 { return numberToString(d) }
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return "0" }
        let r = Double(radix)
        var value = d
        let negative = value < 0
        if negative { value = -value }

        var integer = value.rounded(.down)
        var fraction = value - integer
        var delta = 0.5 * (value.nextUp - value)
        delta = Swift.max(Double.leastNonzeroMagnitude, delta)
        var frac: [UInt8] = []
        if fraction >= delta {
            repeat {
                fraction *= r
                delta *= r
                let digit = Int(fraction)
                frac.append(radixChars[digit])
                fraction -= Double(digit)
                if fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0) {
                    if fraction + delta > 1 {
                        // Round up, propagating carries back through the fraction.
                        while true {
                            if frac.isEmpty {
                                integer += 1
                                break
                            }
                            let c = frac.removeLast()
                            let dv = c > 57 ? Int(c) - 97 + 10 : Int(c) - 48
                            if dv + 1 < radix {
                                frac.append(radixChars[dv + 1])
                                break
                            }
                        }
                        break
                    }
                }
            } while fraction >= delta
        }
        // Integer digits; digits below the double's precision are emitted as '0'.
        var intDigits: [UInt8] = []
        while integer / r >= 0x1p53 {
            integer /= r
            intDigits.append(48)
        }
        repeat {
            let remainder = integer.truncatingRemainder(dividingBy: r)
            intDigits.append(radixChars[Int(remainder)])
            integer = (integer - remainder) / r
        } while integer > 0
        var out: [UInt8] = []
        out.reserveCapacity(intDigits.count + frac.count + 2)
        if negative { out.append(45) }
        out.append(contentsOf: intDigits.reversed())
        if !frac.isEmpty {
            out.append(46)
            out.append(contentsOf: frac)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
