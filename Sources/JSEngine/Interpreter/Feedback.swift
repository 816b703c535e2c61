/// The operand types an arithmetic or comparison site has seen, as V8's BinaryOperationHint
/// and CompareOperationHint lattice: int32 ("signed small"), other numbers, strings,
/// receivers (objects and functions), null and undefined, and anything else (booleans, holes).
public struct TypeFeedback: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let int32 = TypeFeedback(rawValue: 1)
    public static let double = TypeFeedback(rawValue: 2)
    public static let string = TypeFeedback(rawValue: 4)
    public static let other = TypeFeedback(rawValue: 8)
    /// Set when an int32 operation produced a result outside int32 (overflow, -0, fraction).
    public static let overflowed = TypeFeedback(rawValue: 16)
    /// An object or function (V8's kReceiver compare feedback).
    public static let receiver = TypeFeedback(rawValue: 32)
    /// null or undefined (with `.receiver`, V8's kReceiverOrNullOrUndefined).
    public static let nullish = TypeFeedback(rawValue: 64)

    @inline(__always) public static func of(_ v: JSValue) -> TypeFeedback {
        switch v {
        case .number(let d): return JSValue.isInt32(d) ? .int32 : .double
        case .string: return .string
        case .object: return .receiver
        case .null, .undefined: return .nullish
        case .bool, .hole: return .other
        }
    }

    /// The hint a compiler derives: the narrowest class covering everything seen.
    public var hint: String {
        if isEmpty { return "none" }
        if subtracting([.int32, .overflowed]).isEmpty { return contains(.overflowed) ? "number" : "int32" }
        if subtracting([.int32, .double, .overflowed]).isEmpty { return "number" }
        if self == .string { return "string" }
        if self == .receiver { return "receiver" }
        if contains(.receiver) && subtracting([.receiver, .nullish]).isEmpty { return "receiver-or-nullish" }
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
    /// For holders two or more prototypes up: the `Shape.prototypeEpoch` the entry is valid in
    /// (an intermediate prototype could otherwise gain a shadowing property unseen); -1 otherwise.
    public var epoch: Int = -1
}

/// The inline cache and feedback of one named property load or store site: the shapes
/// seen (up to 4) with where the property lives, or megamorphic. A reference type so the
/// interpreter updates it in place; the first entry is mirrored in plain fields for the
/// monomorphic fast path.
public final class PropertyCache {
    public private(set) var entries: [PropertyCacheEntry] = []
    public private(set) var megamorphic = false
    /// Store sites that added a property: (shape before, shape after).
    public private(set) var transitions: [(from: Shape, to: Shape)] = []
    /// `Shape.prototypeEpoch` when the transitions were recorded (a prototype change invalidates them).
    public private(set) var epoch = 0
    /// For `length` loads (answered without a cache entry): whether the site read the length
    /// of a JS array, and of a string.
    public internal(set) var sawArrayLength = false
    public internal(set) var sawStringLength = false
    /// For `length` loads of typed arrays (a getter of %TypedArray%.prototype, answered
    /// without a cache entry): the receiver shapes and kinds seen, at most `maxPolymorphism`;
    /// `sawManyTypedArrayLengths` once more were seen.
    public private(set) var typedArrayLengthReceivers: [(shape: Shape, kind: TypedArrayKind)] = []
    public private(set) var sawManyTypedArrayLengths = false
    public static let maxPolymorphism = 4

    // Mirror of entries[0] for the interpreter's fast path.
    var shape0: Shape?
    var slot0 = 0
    var holder0: JSObject?
    var holderShape0: Shape?
    var epoch0 = -1

    public init() {}

    public var state: String {
        if megamorphic { return "megamorphic" }
        switch entries.count + transitions.count {
        case 0: return "uninitialized"
        case 1: return "monomorphic"
        default: return "polymorphic"
        }
    }

    func add(_ e: PropertyCacheEntry) {
        guard !megamorphic else { return }
        entries.removeAll { $0.shape === e.shape }
        entries.append(e)
        overflowCheck()
        syncFirst()
    }

    func addTransition(from: Shape, to: Shape, epoch now: Int) {
        guard !megamorphic else { return }
        if epoch != now { transitions.removeAll() }
        epoch = now
        transitions.append((from: from, to: to))
        overflowCheck()
    }

    func recordTypedArrayLength(shape: Shape, kind: TypedArrayKind) {
        guard !sawManyTypedArrayLengths, !typedArrayLengthReceivers.contains(where: { $0.shape === shape && $0.kind == kind }) else {
            return
        }
        if typedArrayLengthReceivers.count < PropertyCache.maxPolymorphism {
            typedArrayLengthReceivers.append((shape, kind))
        } else {
            typedArrayLengthReceivers.removeAll()
            sawManyTypedArrayLengths = true
        }
    }

    func goMegamorphic() {
        megamorphic = true
        entries.removeAll()
        transitions.removeAll()
        syncFirst()
    }

    var isFull: Bool { entries.count + transitions.count >= PropertyCache.maxPolymorphism }

    private func overflowCheck() {
        if entries.count + transitions.count > PropertyCache.maxPolymorphism { goMegamorphic() }
    }

    private func syncFirst() {
        if let e = entries.first {
            shape0 = e.shape
            slot0 = e.slot
            holder0 = e.holder
            holderShape0 = e.holderShape
            epoch0 = e.epoch
        } else {
            shape0 = nil
            holder0 = nil
            holderShape0 = nil
        }
    }
}

/// Feedback of an element access: which elements kinds (or typed-array kinds) were seen, and
/// whether an access was out of bounds (past the length; for stores, also past a holey array's
/// dense storage, which grows there).
public struct ElementFeedback: Equatable {
    public var kinds: [ElementsKind] = []
    public var typedArrayKinds: [TypedArrayKind] = []
    public var sawNonArray = false
    public var sawOutOfBounds = false
    public var sawStringKey = false
}

/// Feedback of a call site: the single target seen, or megamorphic.
public struct CallFeedback {
    public var target: JSObject?
    public var megamorphic = false
}

/// What kind of operation a feedback slot belongs to.
public enum FeedbackSlot: Sendable {
    case binary, compare, property, element, call, loop
}

/// The per-function record of what the interpreter observed, read by the optimizer's graph
/// builder to decide what to speculate on. Storage is split by kind into flat arrays so the
/// interpreter's hot paths update a byte or a reference, never a copied enum.
public final class FeedbackVector {
    public private(set) var slots: [FeedbackSlot] = []
    /// Operand types seen at each binary or compare slot.
    public private(set) var types: [TypeFeedback] = []
    var propertyCaches: [PropertyCache] = []
    var elementBits: [UInt32] = []
    var callTargets: [JSObject?] = []
    private static let unusedCache = PropertyCache()

    /// Adds a slot and returns its index (used by the bytecode compiler).
    public func add(_ slot: FeedbackSlot) -> Int32 {
        slots.append(slot)
        types.append([])
        propertyCaches.append(slot == .property ? PropertyCache() : FeedbackVector.unusedCache)
        elementBits.append(0)
        callTargets.append(nil)
        return Int32(slots.count - 1)
    }

    /// The property cache of a `.property` slot.
    public func property(_ i: Int) -> PropertyCache { propertyCaches[i] }

    /// The decoded element feedback of an `.element` slot.
    public func element(_ i: Int) -> ElementFeedback {
        let b = elementBits[i]
        var f = ElementFeedback()
        f.kinds = ElementsKind.allCases.filter { b & (1 << UInt32($0.rawValue)) != 0 }
        f.typedArrayKinds = TypedArrayKind.allCases.filter { b & (1 << UInt32(8 + $0.rawValue)) != 0 }
        f.sawNonArray = b & ElementBit.nonArray != 0
        f.sawOutOfBounds = b & ElementBit.outOfBounds != 0
        f.sawStringKey = b & ElementBit.stringKey != 0
        return f
    }

    /// The call feedback of a `.call` slot.
    public func call(_ i: Int) -> CallFeedback {
        let t = callTargets[i]
        if t === FeedbackVector.megamorphicMarker { return CallFeedback(target: nil, megamorphic: true) }
        return CallFeedback(target: t, megamorphic: false)
    }

    private enum ElementBit {
        static let nonArray: UInt32 = 1 << 20
        static let outOfBounds: UInt32 = 1 << 21
        static let stringKey: UInt32 = 1 << 22
    }
    static let megamorphicMarker = JSObject(shape: Shape.root(proto: nil))

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

    @inline(__always) func recordCall(_ i: Int32, _ target: JSObject) {
        let old = callTargets[Int(i)]
        if old === target || old === FeedbackVector.megamorphicMarker { return }
        callTargets[Int(i)] = old == nil ? target : FeedbackVector.megamorphicMarker
    }

    @inline(__always) private func orElementBits(_ i: Int32, _ bits: UInt32) {
        elementBits.withUnsafeMutableBufferPointer { buf in buf[Int(i)] |= bits }
    }

    @inline(__always) func recordElement(_ i: Int32, object: JSObject, outOfBounds: Bool, stringKey: Bool = false) {
        var bits: UInt32
        if let a = object as? JSArray {
            bits = 1 << UInt32(a.elementsKind.rawValue)
        } else if let t = object as? JSTypedArray {
            bits = 1 << UInt32(8 + t.kind.rawValue)
        } else {
            bits = ElementBit.nonArray
        }
        if outOfBounds { bits |= ElementBit.outOfBounds }
        if stringKey { bits |= ElementBit.stringKey }
        orElementBits(i, bits)
    }

    @inline(__always) func recordElement(_ i: Int32, array: JSArray, outOfBounds: Bool) {
        var bits: UInt32 = 1 << UInt32(array.elementsKind.rawValue)
        if outOfBounds { bits |= ElementBit.outOfBounds }
        orElementBits(i, bits)
    }

    func recordElementNonObject(_ i: Int32) {
        orElementBits(i, ElementBit.nonArray)
    }
}
