import JSEngine

/// The type the typer gives every IR node: which kinds of JS values it can hold and,
/// for numbers, an interval plus whether -0 and NaN are possible (as TurboFan's Type
/// with its Range, MinusZero and NaN bits).
public struct IRType: Equatable, CustomStringConvertible, Sendable {
    /// Kinds of values, as bits.
    public struct Kinds: OptionSet, Hashable, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let number = Kinds(rawValue: 1 << 0)
        public static let string = Kinds(rawValue: 1 << 1)
        public static let boolean = Kinds(rawValue: 1 << 2)
        public static let undefined = Kinds(rawValue: 1 << 3)
        public static let null = Kinds(rawValue: 1 << 4)
        public static let object = Kinds(rawValue: 1 << 5)
        public static let function = Kinds(rawValue: 1 << 6)
        public static let hole = Kinds(rawValue: 1 << 7)
        public static let any: Kinds = [.number, .string, .boolean, .undefined, .null, .object, .function, .hole]
    }

    public var kinds: Kinds
    /// Bounds of the numeric values (ignoring -0 and NaN), meaningful when `kinds` has `.number`.
    public var min: Double
    public var max: Double
    /// Whether the numbers are all integers (in [min, max]).
    public var integral: Bool
    public var maybeMinusZero: Bool
    public var maybeNaN: Bool

    public init(kinds: Kinds, min: Double = -.infinity, max: Double = .infinity, integral: Bool = false,
                maybeMinusZero: Bool = true, maybeNaN: Bool = true) {
        self.kinds = kinds
        self.min = min
        self.max = max
        self.integral = integral
        self.maybeMinusZero = maybeMinusZero && kinds.contains(.number)
        self.maybeNaN = maybeNaN && kinds.contains(.number)
    }

    public static let any = IRType(kinds: .any)
    public static let none = IRType(kinds: [], min: .infinity, max: -.infinity, maybeMinusZero: false, maybeNaN: false)
    public static let number = IRType(kinds: .number)
    public static let string = IRType(kinds: .string)
    public static let boolean = IRType(kinds: .boolean)
    public static let undefined = IRType(kinds: .undefined)
    public static let object = IRType(kinds: [.object, .function])
    /// Any int32 (not -0).
    public static let int32 = range(-2147483648, 2147483647)
    /// Any uint32.
    public static let uint32 = range(0, 4294967295)
    /// A float64 that may be anything, -0 and NaN included.
    public static let float64 = IRType(kinds: .number)

    /// An integer interval without -0 or NaN.
    public static func range(_ lo: Double, _ hi: Double) -> IRType {
        IRType(kinds: .number, min: lo, max: hi, integral: true, maybeMinusZero: false, maybeNaN: false)
    }

    /// The singleton type of a constant.
    public static func constant(_ v: JSValue) -> IRType {
        switch v {
        case .number(let d):
            if d.isNaN { return IRType(kinds: .number, min: .infinity, max: -.infinity, integral: false, maybeMinusZero: false, maybeNaN: true) }
            if d == 0 && d.sign == .minus { return IRType(kinds: .number, min: .infinity, max: -.infinity, integral: false, maybeMinusZero: true, maybeNaN: false) }
            return IRType(kinds: .number, min: d, max: d, integral: d.rounded(.towardZero) == d, maybeMinusZero: false, maybeNaN: false)
        case .string: return .string
        case .bool: return .boolean
        case .undefined, .hole: return .undefined
        case .null: return IRType(kinds: .null)
        case .object(let o): return IRType(kinds: o.isCallable ? .function : .object)
        }
    }

    public var isNumberOnly: Bool { kinds == .number }
    public var isEmpty: Bool { kinds.isEmpty }

    /// Whether every value of the type is an int32 (no -0, no NaN).
    public var isInt32: Bool {
        isNumberOnly && integral && !maybeMinusZero && !maybeNaN && min >= -2147483648 && max <= 2147483647
    }

    public var isUint32: Bool {
        isNumberOnly && integral && !maybeMinusZero && !maybeNaN && min >= 0 && max <= 4294967295
    }

    /// Whether `d` is a value of this type.
    public func contains(_ v: JSValue) -> Bool {
        switch v {
        case .number(let d):
            guard kinds.contains(.number) else { return false }
            if d.isNaN { return maybeNaN }
            if d == 0 && d.sign == .minus { return maybeMinusZero }
            if integral && d.rounded(.towardZero) != d { return false }
            return d >= min && d <= max
        case .string: return kinds.contains(.string)
        case .bool: return kinds.contains(.boolean)
        case .undefined: return kinds.contains(.undefined)
        case .hole: return kinds.contains(.hole)
        case .null: return kinds.contains(.null)
        case .object(let o): return kinds.contains(o.isCallable ? .function : .object)
        }
    }

    /// The least type containing both.
    public func union(_ o: IRType) -> IRType {
        if isEmpty { return o }
        if o.isEmpty { return self }
        let selfNum = kinds.contains(.number) && min <= max
        let otherNum = o.kinds.contains(.number) && o.min <= o.max
        var t = IRType(kinds: kinds.union(o.kinds))
        switch (selfNum, otherNum) {
        case (true, true):
            t.min = Swift.min(min, o.min)
            t.max = Swift.max(max, o.max)
            t.integral = integral && o.integral
        case (true, false):
            t.min = min; t.max = max; t.integral = integral
        case (false, true):
            t.min = o.min; t.max = o.max; t.integral = o.integral
        case (false, false):
            t.min = .infinity; t.max = -.infinity; t.integral = true
        }
        t.maybeMinusZero = maybeMinusZero || o.maybeMinusZero
        t.maybeNaN = maybeNaN || o.maybeNaN
        return t
    }

    public var description: String {
        if isEmpty { return "None" }
        if self == .any { return "Any" }
        var parts: [String] = []
        if kinds.contains(.number) {
            var n: String
            if min > max {
                n = ""
            } else if integral {
                n = min == max ? "\(fmt(min))" : "Range(\(fmt(min)), \(fmt(max)))"
            } else {
                n = (min == -.infinity && max == .infinity) ? "Number" : "Number[\(fmt(min)), \(fmt(max))]"
            }
            if maybeMinusZero { n += n.isEmpty ? "MinusZero" : "|MinusZero" }
            if maybeNaN { n += n.isEmpty ? "NaN" : "|NaN" }
            parts.append(n)
        }
        let names: [(Kinds, String)] = [(.string, "String"), (.boolean, "Boolean"), (.undefined, "Undefined"),
                                        (.null, "Null"), (.object, "Object"), (.function, "Function"), (.hole, "Hole")]
        for (k, n) in names where kinds.contains(k) { parts.append(n) }
        return parts.joined(separator: "|")
    }

    private func fmt(_ d: Double) -> String {
        if d == .infinity { return "inf" }
        if d == -.infinity { return "-inf" }
        return NumberConversion.numberToString(d)
    }
}
