/// The spec's type-conversion abstract operations (ToPrimitive, ToNumber, ToString,
/// ToPropertyKey, ToObject) and the equality algorithms, on a realm because user-defined
/// `valueOf`/`toString` may run.
extension Realm {
    public enum PrimitiveHint { case `default`, number, string }

    /// ToPrimitive: calls `valueOf`/`toString` in hint order.
    public func toPrimitive(_ v: JSValue, hint: PrimitiveHint = .default) throws -> JSValue {
        guard case .object(let o) = v else { return v }
        let order = hint == .string ? ["toString", "valueOf"] : ["valueOf", "toString"]
        for name in order {
            let f = try get(o, PropertyKey(name), receiver: v)
            if f.isCallable {
                let r = try call(f, this: v, [])
                if r.asObject == nil { return r }
            }
        }
        throw typeError("Cannot convert object to primitive value")
    }

    @inline(__always) public func toNumber(_ v: JSValue) throws -> Double {
        if case .number(let d) = v { return d }
        return try toNumberSlow(v)
    }

    func toNumberSlow(_ v: JSValue) throws -> Double {
        switch v {
        case .number(let d): return d
        case .undefined, .hole: return .nan
        case .null: return 0
        case .bool(let b): return b ? 1 : 0
        case .string(let s): return NumberConversion.stringToNumber(s.units)
        case .object: return try toNumber(try toPrimitive(v, hint: .number))
        }
    }

    @inline(__always) public func toInt32(_ v: JSValue) throws -> Int32 {
        if case .number(let d) = v, let i = Int32(exactly: d) { return i }
        return NumberConversion.toInt32(try toNumber(v))
    }

    public func toUint32(_ v: JSValue) throws -> UInt32 {
        NumberConversion.toUint32(try toNumber(v))
    }

    /// ToIntegerOrInfinity.
    public func toInteger(_ v: JSValue) throws -> Double {
        let d = try toNumber(v)
        if d.isNaN { return 0 }
        if d.isInfinite { return d }
        return d.rounded(.towardZero) + 0
    }

    /// ToString.
    public func toJSString(_ v: JSValue) throws -> JSString {
        switch v {
        case .string(let s): return s
        case .number(let d): return numberString(d)
        case .undefined, .hole: return Realm.undefinedString
        case .null: return Realm.nullString
        case .bool(let b): return b ? Realm.trueString : Realm.falseString
        case .object: return try toJSString(try toPrimitive(v, hint: .string))
        }
    }

    public func toSwiftString(_ v: JSValue) throws -> String { try toJSString(v).string }

    static let undefinedString = JSString("undefined")
    static let nullString = JSString("null")
    static let trueString = JSString("true")
    static let falseString = JSString("false")
    private static let smallIntegerStrings: [JSString] = (0..<256).map { JSString(String($0)) }

    /// Number::toString with a cache for small integers.
    public func numberString(_ d: Double) -> JSString {
        if d >= 0, d < 256, let i = Int(exactly: d) { return Realm.smallIntegerStrings[i] }
        return JSString(NumberConversion.numberToString(d))
    }

    /// ToPropertyKey.
    @inline(__always) public func toPropertyKey(_ v: JSValue) throws -> PropertyKey {
        switch v {
        case .number(let d):
            if d >= 0, d < 4294967295, let i = UInt32(exactly: d) { return .index(i) }
            return PropertyKey(numberString(d))
        case .string(let s): return PropertyKey(s)
        default: return PropertyKey(try toJSString(try toPrimitive(v, hint: .string)))
        }
    }

    /// ToObject; throws for undefined and null.
    public func toObject(_ v: JSValue) throws -> JSObject {
        switch v {
        case .object(let o): return o
        case .undefined, .null, .hole: throw typeError("Cannot convert undefined or null to object")
        case .bool: return JSPrimitiveObject(primitive: v, proto: booleanPrototype)
        case .number: return JSPrimitiveObject(primitive: v, proto: numberPrototype)
        case .string: return JSPrimitiveObject(primitive: v, proto: stringPrototype)
        }
    }

    /// The prototype to start a property lookup on a primitive from.
    @inline(__always) func prototypeForPrimitive(_ v: JSValue) -> JSObject? {
        switch v {
        case .string: return stringPrototype
        case .number: return numberPrototype
        case .bool: return booleanPrototype
        default: return nil
        }
    }

    // MARK: - Equality

    public static func strictEquals(_ a: JSValue, _ b: JSValue) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.undefined, .undefined), (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.object(let x), .object(let y)): return x === y
        case (.hole, .hole), (.hole, .undefined), (.undefined, .hole): return true
        default: return false
        }
    }

    /// SameValue (Object.is).
    public static func sameValue(_ a: JSValue, _ b: JSValue) -> Bool {
        if case .number(let x) = a, case .number(let y) = b {
            if x.isNaN && y.isNaN { return true }
            return x == y && x.sign == y.sign
        }
        return strictEquals(a, b)
    }

    /// SameValueZero (includes, Map and Set keys).
    public static func sameValueZero(_ a: JSValue, _ b: JSValue) -> Bool {
        if case .number(let x) = a, case .number(let y) = b {
            return x == y || (x.isNaN && y.isNaN)
        }
        return strictEquals(a, b)
    }

    /// IsLooselyEqual (`==`).
    public func looseEquals(_ a: JSValue, _ b: JSValue) throws -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.undefined, .undefined), (.null, .null), (.undefined, .null), (.null, .undefined): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.object(let x), .object(let y)): return x === y
        case (.number(let x), .string(let y)): return x == NumberConversion.stringToNumber(y.units)
        case (.string(let x), .number(let y)): return NumberConversion.stringToNumber(x.units) == y
        case (.bool(let x), _): return try looseEquals(.number(x ? 1 : 0), b)
        case (_, .bool(let y)): return try looseEquals(a, .number(y ? 1 : 0))
        case (.object, .number), (.object, .string): return try looseEquals(try toPrimitive(a), b)
        case (.number, .object), (.string, .object): return try looseEquals(a, try toPrimitive(b))
        default: return false
        }
    }

    /// A short description of a value for error messages, as V8 prints it.
    public func describeForError(_ v: JSValue) -> String {
        switch v {
        case .string(let s): return "\"\(s.string)\""
        case .object(let o):
            if let f = o as? JSFunction {
                let n = f.debugName
                return n.isEmpty ? "function" : n
            }
            if o is JSArray { return "object" }
            return "#<\(constructorName(of: o))>"
        default: return (try? toSwiftString(v)) ?? "value"
        }
    }

    /// The name of an object's constructor, as V8 shows it in `#<Name>`.
    public func constructorName(of o: JSObject) -> String {
        var p: JSObject? = o
        while let cur = p {
            if let c = cur.ownDataValue(JSString("constructor")), let f = c.asFunction {
                let n = f.debugName
                if !n.isEmpty { return n }
            }
            p = cur.proto
        }
        return "Object"
    }
}
