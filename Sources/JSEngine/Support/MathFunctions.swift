// ECMAScript Math functions and Number operators with node 20 / V8 results.
//
// Transcendentals delegate to `FDLibm` (bit-exact ports of V8's fdlibm code);
// the rest are the IEEE operations plus the ECMAScript special cases
// (Math.round rounding half toward +Infinity, NaN/-0 rules of max/min, ...).

/// Namespace for the ECMAScript `Math` object's functions and `**`.
/// All members are static and pure; inputs are already ToNumber-converted.
public enum JSMath {
    // MARK: Exponentiation

    /// Number::exponentiate (`**`) and Math.pow, bit-identical to V8
    /// (fdlibm `__ieee754_pow`; e.g. 10 ** -5 == 0.000009999999999999999).
    /// ECMAScript specials: y NaN -> NaN, (±1) ** ±Infinity -> NaN.
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if y.isNaN { return .nan }
        if y.isInfinite && (x == 1 || x == -1) { return .nan }
        return FDLibm.pow(x, y)
    }

    // MARK: Exponentials and logarithms

    public static func exp(_ x: Double) -> Double { FDLibm.exp(x) }
    public static func expm1(_ x: Double) -> Double { FDLibm.expm1(x) }
    public static func log(_ x: Double) -> Double { FDLibm.log(x) }
    public static func log1p(_ x: Double) -> Double { FDLibm.log1p(x) }
    public static func log2(_ x: Double) -> Double { FDLibm.log2(x) }
    public static func log10(_ x: Double) -> Double { FDLibm.log10(x) }
    public static func cbrt(_ x: Double) -> Double { FDLibm.cbrt(x) }
    public static func sqrt(_ x: Double) -> Double { x.squareRoot() }

    // MARK: Trigonometry

    public static func sin(_ x: Double) -> Double { FDLibm.sin(x) }
    public static func cos(_ x: Double) -> Double { FDLibm.cos(x) }
    public static func tan(_ x: Double) -> Double { FDLibm.tan(x) }
    public static func asin(_ x: Double) -> Double { FDLibm.asin(x) }
    public static func acos(_ x: Double) -> Double { FDLibm.acos(x) }
    public static func atan(_ x: Double) -> Double { FDLibm.atan(x) }
    /// Math.atan2(y, x).
    public static func atan2(_ y: Double, _ x: Double) -> Double { FDLibm.atan2(y, x) }
    public static func sinh(_ x: Double) -> Double { FDLibm.sinh(x) }
    public static func cosh(_ x: Double) -> Double { FDLibm.cosh(x) }
    public static func tanh(_ x: Double) -> Double { FDLibm.tanh(x) }
    public static func asinh(_ x: Double) -> Double { FDLibm.asinh(x) }
    public static func acosh(_ x: Double) -> Double { FDLibm.acosh(x) }
    public static func atanh(_ x: Double) -> Double { FDLibm.atanh(x) }

    // MARK: Hypot

    /// Math.hypot as V8 computes it: Infinity wins over NaN, then NaN, then
    /// scaling by the largest magnitude with Kahan-compensated summation of
    /// squares. No arguments -> +0.
    public static func hypot(_ values: [Double]) -> Double {
        if values.isEmpty { return 0 }
        var maxValue = 0.0
        var oneIsNaN = false
        var absValues = [Double](repeating: 0, count: values.count)
        for (i, v) in values.enumerated() {
            if v.isNaN {
                oneIsNaN = true
            } else {
                let a = Swift.abs(v)
                absValues[i] = a
                if a > maxValue { maxValue = a }
            }
        }
        if maxValue == .infinity { return .infinity }
        if oneIsNaN { return .nan }
        if maxValue == 0 { return 0 }
        var sum = 0.0
        var compensation = 0.0
        for a in absValues {
            let n = a / maxValue
            let summand = n * n - compensation
            let preliminary = sum + summand
            compensation = (preliminary - sum) - summand
            sum = preliminary
        }
        return sum.squareRoot() * maxValue
    }

    // MARK: Rounding and sign

    /// Math.round: nearest integer, ties toward +Infinity; -0 and values in
    /// [-0.5, -0) give -0; Math.round(0.49999999999999994) == 0.
    public static func round(_ x: Double) -> Double {
        if !x.isFinite || x == 0 { return x }
        let r = x.rounded(.up)
        if r - 0.5 > x { return r - 1.0 == 0 && x < 0 ? -0.0 : r - 1.0 }
        return r
    }

    public static func floor(_ x: Double) -> Double { x.rounded(.down) }
    public static func ceil(_ x: Double) -> Double { x.rounded(.up) }
    public static func trunc(_ x: Double) -> Double { x.rounded(.towardZero) }
    public static func abs(_ x: Double) -> Double { Swift.abs(x) }

    /// Math.sign: NaN -> NaN, ±0 -> ±0, otherwise ±1.
    public static func sign(_ x: Double) -> Double {
        if x.isNaN || x == 0 { return x }
        return x > 0 ? 1 : -1
    }

    /// Math.fround: round to float32 (nearest-even) and back.
    public static func fround(_ x: Double) -> Double { Double(Float(x)) }

    /// Math.clz32.
    public static func clz32(_ x: Double) -> Double {
        Double(NumberConversion.toUint32(x).leadingZeroBitCount)
    }

    /// Math.imul.
    public static func imul(_ a: Double, _ b: Double) -> Double {
        Double(NumberConversion.toInt32(a) &* NumberConversion.toInt32(b))
    }

    // MARK: max / min

    /// Math.max semantics for two values: NaN if either is NaN, +0 beats -0.
    public static func max(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN { return .nan }
        if a == 0 && b == 0 { return (a.sign == .minus && b.sign == .minus) ? -0.0 : 0.0 }
        return a > b ? a : b
    }

    /// Math.min semantics for two values: NaN if either is NaN, -0 beats +0.
    public static func min(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN { return .nan }
        if a == 0 && b == 0 { return (a.sign == .minus || b.sign == .minus) ? -0.0 : 0.0 }
        return a < b ? a : b
    }

    /// Math.max over a list (-Infinity for none).
    public static func max(_ values: [Double]) -> Double {
        var r = -Double.infinity
        for v in values { r = max(r, v) }
        return r
    }

    /// Math.min over a list (+Infinity for none).
    public static func min(_ values: [Double]) -> Double {
        var r = Double.infinity
        for v in values { r = min(r, v) }
        return r
    }
}
