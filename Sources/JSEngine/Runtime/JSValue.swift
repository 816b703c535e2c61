/// A JavaScript value as the interpreter, the builtins and the optimizer's executable form see it.
///
/// Numbers are always doubles; "small integer" (int32) is a classification the feedback
/// vectors make, not a separate representation. `hole` is engine-internal: it marks an
/// uninitialised `let`/`const` binding (TDZ) and a missing array element, and never escapes to JS.
public enum JSValue {
    case undefined
    case null
    case bool(Bool)
    case number(Double)
    case string(JSString)
    case object(JSObject)
    case hole

    @inline(__always) public var isUndefined: Bool { if case .undefined = self { return true }; return false }
    @inline(__always) public var isNullish: Bool {
        switch self {
        case .undefined, .null: return true
        default: return false
        }
    }
    @inline(__always) public var isHole: Bool { if case .hole = self { return true }; return false }
    @inline(__always) public var asObject: JSObject? { if case .object(let o) = self { return o }; return nil }
    @inline(__always) public var asNumber: Double? { if case .number(let d) = self { return d }; return nil }
    @inline(__always) public var asString: JSString? { if case .string(let s) = self { return s }; return nil }
    public var asFunction: JSFunction? { asObject as? JSFunction }
    public var isCallable: Bool { asObject?.isCallable ?? false }

    public static func string(_ s: String) -> JSValue { .string(JSString(s)) }
    public static let zero = JSValue.number(0)

    /// Whether this number is an int32 (and not -0): the feedback's "signed small" class.
    @inline(__always) public static func isInt32(_ d: Double) -> Bool {
        guard d > -2147483649.0 && d < 2147483648.0 else { return false }
        let i = Int32(d)
        return Double(i) == d && (i != 0 || d.sign == .plus)
    }

    /// The spec's ToBoolean.
    @inline(__always) public var truthy: Bool {
        switch self {
        case .bool(let b): return b
        case .number(let d): return !(d == 0 || d.isNaN)
        case .undefined, .null, .hole: return false
        case .string(let s): return s.count > 0
        case .object: return true
        }
    }

    /// The result of the `typeof` operator.
    public var typeofString: String {
        switch self {
        case .undefined, .hole: return "undefined"
        case .null: return "object"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .object(let o): return o.isCallable ? "function" : "object"
        }
    }
}

/// A property key: an array index (0 ... 2^32-2) or a string name.
public enum PropertyKey: Hashable, CustomStringConvertible {
    case index(UInt32)
    case name(JSString)

    public init(_ s: JSString) {
        if let i = s.arrayIndex { self = .index(i) } else { self = .name(s) }
    }

    public init(_ s: String) { self.init(JSString(s)) }

    /// Frequently used keys, created once.
    public static let prototype = PropertyKey.name(JSString("prototype"))
    public static let constructor = PropertyKey.name(JSString("constructor"))
    public static let length = PropertyKey.name(JSArray.lengthKey)

    /// The key as a JS string value.
    public var jsString: JSString {
        switch self {
        case .index(let i): return JSString(String(i))
        case .name(let s): return s
        }
    }

    public var description: String {
        switch self {
        case .index(let i): return String(i)
        case .name(let s): return s.string
        }
    }
}
