// ECMAScript numeric-to-integer conversions (ToInt32, ToUint32, typed-array
// element conversions, ToIntegerOrInfinity).

extension NumberConversion {
    /// Truncates and reduces modulo 2^32 (NaN/±Infinity -> 0). The result is
    /// the low 32 bits of the mathematical integer.
    @inline(__always) private static func modulo2p32(_ d: Double) -> UInt32 {
        if !d.isFinite { return 0 }
        let t = d.rounded(.towardZero)
        if abs(t) < 0x1p63 {
            return UInt32(truncatingIfNeeded: Int64(t))
        }
        // |t| >= 2^63: t is a multiple of 2^11; remainder is exact.
        let r = t.truncatingRemainder(dividingBy: 0x1p32)  // in (-2^32, 2^32)
        return UInt32(truncatingIfNeeded: Int64(r))
    }

    /// ECMAScript ToInt32.
    @inline(__always) public static func toInt32(_ d: Double) -> Int32 {
        // Fast path: values already in int32 range (the common case in bitwise code).
        if d > -2147483649.0 && d < 2147483648.0 { return Int32(d) }
        return Int32(bitPattern: modulo2p32(d))
    }

    /// ECMAScript ToUint32.
    @inline(__always) public static func toUint32(_ d: Double) -> UInt32 {
        if d > -1.0 && d < 4294967296.0 { return UInt32(d) }
        return modulo2p32(d)
    }

    /// ECMAScript ToUint16.
    public static func toUint16(_ d: Double) -> UInt16 {
        UInt16(truncatingIfNeeded: modulo2p32(d))
    }

    /// ECMAScript ToInt16.
    public static func toInt16(_ d: Double) -> Int16 {
        Int16(truncatingIfNeeded: modulo2p32(d))
    }

    /// ECMAScript ToInt8.
    public static func toInt8(_ d: Double) -> Int8 {
        Int8(truncatingIfNeeded: modulo2p32(d))
    }

    /// ECMAScript ToUint8.
    public static func toUint8(_ d: Double) -> UInt8 {
        UInt8(truncatingIfNeeded: modulo2p32(d))
    }

    /// ECMAScript ToUint8Clamp (Uint8ClampedArray): NaN -> 0, clamps to
    /// 0...255, otherwise rounds half to even (2.5 -> 2, 3.5 -> 4).
    public static func toUint8Clamp(_ d: Double) -> UInt8 {
        if d.isNaN || d <= 0 { return 0 }
        if d >= 255 { return 255 }
        return UInt8(d.rounded(.toNearestOrEven))
    }

    /// ECMAScript ToIntegerOrInfinity: NaN and ±0 -> +0, ±Infinity kept,
    /// otherwise truncation toward zero (never returns -0).
    public static func toIntegerOrInfinity(_ d: Double) -> Double {
        if d.isNaN { return 0 }
        if d.isInfinite { return d }
        let t = d.rounded(.towardZero)
        return t == 0 ? 0 : t
    }

    /// ToBigInt64-style helper for typed arrays is out of scope; ToLength:
    /// clamps ToIntegerOrInfinity to 0...2^53-1.
    public static func toLength(_ d: Double) -> Double {
        let len = toIntegerOrInfinity(d)
        if len <= 0 { return 0 }
        return Swift.min(len, 9007199254740991)
    }
}
