/// The generic (slow-path) semantics of JS operators: `+` with string concatenation,
/// arithmetic after ToNumeric, relational comparison after ToPrimitive, bitwise operators.
extension Realm {
    /// The `+` operator.
    public func add(_ a: JSValue, _ b: JSValue) throws -> JSValue {
        if case .number(let x) = a, case .number(let y) = b { return .number(x + y) }
        if case .string(let x) = a, case .string(let y) = b { return .string(try concat(x, y)) }
        let pa = try toPrimitive(a), pb = try toPrimitive(b)
        if pa.asString != nil || pb.asString != nil {
            return .string(try concat(try toJSString(pa), try toJSString(pb)))
        }
        return .number(try toNumber(pa) + toNumber(pb))
    }

    /// String concatenation with V8's maximum string length.
    public func concat(_ a: JSString, _ b: JSString) throws -> JSString {
        if a.count + b.count > Realm.maxStringLength { throw rangeError("Invalid string length") }
        return JSString.concat(a, b)
    }

    /// V8's String::kMaxLength on 64-bit hosts.
    public static let maxStringLength = (1 << 29) - 24

    public enum ArithmeticOp { case sub, mul, div, mod, exp, shl, sar, shr, and, or, xor }

    /// Arithmetic and bitwise operators other than `+`.
    public func arithmetic(_ op: ArithmeticOp, _ a: JSValue, _ b: JSValue) throws -> JSValue {
        let x = try toNumber(a)
        let y = try toNumber(b)
        return .number(Realm.arithmetic(op, x, y))
    }

    @inline(__always) public static func arithmetic(_ op: ArithmeticOp, _ x: Double, _ y: Double) -> Double {
        switch op {
        case .sub: return x - y
        case .mul: return x * y
        case .div: return x / y
        case .mod: return x.truncatingRemainder(dividingBy: y)
        case .exp: return JSMath.pow(x, y)
        case .shl: return Double(NumberConversion.toInt32(x) << (NumberConversion.toUint32(y) & 31))
        case .sar: return Double(NumberConversion.toInt32(x) >> (NumberConversion.toUint32(y) & 31))
        case .shr: return Double(NumberConversion.toUint32(x) >> (NumberConversion.toUint32(y) & 31))
        case .and: return Double(NumberConversion.toInt32(x) & NumberConversion.toInt32(y))
        case .or: return Double(NumberConversion.toInt32(x) | NumberConversion.toInt32(y))
        case .xor: return Double(NumberConversion.toInt32(x) ^ NumberConversion.toInt32(y))
        }
    }

    /// IsLessThan: nil means undefined (a NaN was involved).
    public func lessThan(_ a: JSValue, _ b: JSValue, leftFirst: Bool) throws -> Bool? {
        var pa: JSValue, pb: JSValue
        if leftFirst {
            pa = try toPrimitive(a, hint: .number)
            pb = try toPrimitive(b, hint: .number)
        } else {
            pb = try toPrimitive(b, hint: .number)
            pa = try toPrimitive(a, hint: .number)
        }
        if case .string(let x) = pa, case .string(let y) = pb { return JSString.lessThan(x, y) }
        let x = try toNumber(pa), y = try toNumber(pb)
        if x.isNaN || y.isNaN { return nil }
        return x < y
    }

    public enum CompareOp { case less, greater, lessEqual, greaterEqual }

    /// `<`, `>`, `<=`, `>=`.
    public func compare(_ op: CompareOp, _ a: JSValue, _ b: JSValue) throws -> Bool {
        if case .number(let x) = a, case .number(let y) = b {
            switch op {
            case .less: return x < y
            case .greater: return x > y
            case .lessEqual: return x <= y
            case .greaterEqual: return x >= y
            }
        }
        switch op {
        case .less: return try lessThan(a, b, leftFirst: true) ?? false
        case .greater: return try lessThan(b, a, leftFirst: false) ?? false
        case .lessEqual:
            guard let r = try lessThan(b, a, leftFirst: false) else { return false }
            return !r
        case .greaterEqual:
            guard let r = try lessThan(a, b, leftFirst: true) else { return false }
            return !r
        }
    }
}
