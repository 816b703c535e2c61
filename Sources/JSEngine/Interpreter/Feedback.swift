/// The operand types an arithmetic or comparison site has seen, as V8's BinaryOperationHint
/// and CompareOperationHint lattice: int32 ("signed small"), other numbers, strings, and anything else.
public struct TypeFeedback: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let int32 = TypeFeedback(rawValue: 1)
    public static let double = TypeFeedback(rawValue: 2)
    public static let string = TypeFeedback(rawValue: 4)
    public static let other = TypeFeedback(rawValue: 8)
    /// Set when an int32 operation produced a result outside int32 (overflow, -0, fraction).
    public static let overflowed = TypeFeedback(rawValue: 16)

    @inline(__always) public static func of(_ v: JSValue) -> TypeFeedback {
        switch v {
        case .number(let d): return JSValue.isInt32(d) ? .int32 : .double
        case .string: return .string
        default: return .other
        }
    }

    /// The hint a compiler derives: the narrowest class covering everything seen.
    public var hint: String {
        if isEmpty { return "none" }
        if subtracting([.int32, .overflowed]).isEmpty { return contains(.overflowed) ? "number" : "int32" }
        if subtracting([.int32, .double, .overflowed]).isEmpty { return "number" }
        if self == .string { return "string" }
        return "any"
    }

    public var description: String { hint }
}

/// One inline-cache entry of a property access: a receiver shape and where the property was found.
public struct PropertyCacheEntry {
    public let shape: Shape
    /// The slot in the receiver (holder == nil) or in `holder` (a prototype).
    public let slot: Int
    public let holder: JSObject?
    public let holderShape: Shape?
}

/// Feedback of a named property load or store: the shapes seen (up to 4) or megamorphic.
public struct PropertyFeedback {
    public var entries: [PropertyCacheEntry] = []
    public var megamorphic = false
    /// Set for a store site that added a property (entries then hold the shape *before* the add).
    public var transitions: [(from: Shape, to: Shape)] = []
    /// `Shape.prototypeEpoch` when the transitions were recorded (a prototype change invalidates them).
    public var epoch = 0
    public static let maxPolymorphism = 4

    public var state: String {
        if megamorphic { return "megamorphic" }
        switch entries.count + transitions.count {
        case 0: return "uninitialized"
        case 1: return "monomorphic"
        default: return "polymorphic"
        }
    }
}

/// Feedback of an element access: which elements kinds (or typed-array kinds) were seen.
public struct ElementFeedback {
    public var kinds: Set<ElementsKind> = []
    public var typedArrayKinds: Set<TypedArrayKind> = []
    public var sawNonArray = false
    public var sawOutOfBounds = false
    public var sawStringKey = false
}

/// Feedback of a call site: the single target seen, or megamorphic.
public struct CallFeedback {
    public var target: JSObject?
    public var megamorphic = false
    public var count = 0
}

/// One slot of a function's feedback vector.
public enum FeedbackSlot {
    case none
    /// An arithmetic site; its operand types are in `FeedbackVector.types`.
    case binary
    /// A comparison site; its operand types are in `FeedbackVector.types`.
    case compare
    case property(PropertyFeedback)
    case element(ElementFeedback)
    case call(CallFeedback)
    case loop(count: Int)
}

/// The per-function record of what the interpreter observed, read by the optimizer's graph
/// builder to decide what to speculate on.
public final class FeedbackVector {
    public var slots: [FeedbackSlot] = []
    /// Operand types seen at each binary or compare slot (parallel to `slots`; kept apart so
    /// the interpreter's hot path updates a byte, not an enum).
    public private(set) var types: [TypeFeedback] = []

    /// Adds a slot and returns its index (used by the bytecode compiler).
    public func add(_ slot: FeedbackSlot) -> Int32 {
        slots.append(slot)
        types.append([])
        return Int32(slots.count - 1)
    }

    @inline(__always) func recordBinary(_ i: Int32, _ a: JSValue, _ b: JSValue, result: JSValue? = nil) {
        var f = TypeFeedback.of(a).union(TypeFeedback.of(b))
        if let r = result, f == .int32, case .number(let d) = r, !JSValue.isInt32(d) {
            f.insert(.overflowed)
        }
        types.withUnsafeMutableBufferPointer { buf in
            let old = buf[Int(i)]
            if !old.isSuperset(of: f) { buf[Int(i)] = old.union(f) }
        }
    }

    @inline(__always) func recordCompare(_ i: Int32, _ a: JSValue, _ b: JSValue) {
        let f = TypeFeedback.of(a).union(TypeFeedback.of(b))
        types.withUnsafeMutableBufferPointer { buf in
            let old = buf[Int(i)]
            if !old.isSuperset(of: f) { buf[Int(i)] = old.union(f) }
        }
    }

    func recordCall(_ i: Int32, _ target: JSObject) {
        guard case .call(var f) = slots[Int(i)] else { return }
        f.count += 1
        if f.megamorphic {
        } else if let t = f.target {
            if t !== target {
                f.megamorphic = true
                f.target = nil
            }
        } else {
            f.target = target
        }
        slots[Int(i)] = .call(f)
    }

    func recordElement(_ i: Int32, object: JSObject, outOfBounds: Bool, stringKey: Bool = false) {
        guard case .element(var f) = slots[Int(i)] else { return }
        if let a = object as? JSArray {
            f.kinds.insert(a.elementsKind)
        } else if let t = object as? JSTypedArray {
            f.typedArrayKinds.insert(t.kind)
        } else {
            f.sawNonArray = true
        }
        if outOfBounds { f.sawOutOfBounds = true }
        if stringKey { f.sawStringKey = true }
        slots[Int(i)] = .element(f)
    }

    func recordElementNonObject(_ i: Int32) {
        guard case .element(var f) = slots[Int(i)] else { return }
        f.sawNonArray = true
        slots[Int(i)] = .element(f)
    }
}
