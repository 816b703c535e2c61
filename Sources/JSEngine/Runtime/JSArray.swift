/// A JavaScript Array: element storage with an elements kind plus the `length` property,
/// kept in sync with the elements as the spec's array exotic object requires.
public final class JSArray: JSObject {
    public var length: UInt32
    public var lengthWritable = true
    static let lengthKey = JSString("length")

    public init(proto: JSObject, values: [JSValue] = []) {
        self.length = UInt32(values.count)
        super.init(proto: proto)
        self.elements = ElementStorage(values: values)
    }

    public override var objectClass: ObjectClass { .array }

    /// The elements kind the optimizer and feedback see (holey when length exceeds dense storage).
    public var elementsKind: ElementsKind {
        if !elements.isSparse && Int(length) > elements.dense.count { return elements.kind.holey }
        return elements.kind
    }

    public override func getOwn(_ key: PropertyKey) -> SparseElement? {
        if case .name(let n) = key, n == JSArray.lengthKey {
            return SparseElement(value: .number(Double(length)), attributes: lengthWritable ? [.writable] : [])
        }
        return super.getOwn(key)
    }

    public override func ownKeys() -> [PropertyKey] {
        var out = elements.indices().map { PropertyKey.index($0) }
        out.append(.name(JSArray.lengthKey))
        for k in shape.keys { out.append(.name(k)) }
        return out
    }

    public override func putOwn(_ key: PropertyKey, _ value: JSValue, _ attrs: PropertyAttributes) {
        switch key {
        case .index(let i):
            super.putOwn(key, value, attrs)
            if i >= length { length = i + 1 }
        case .name(let n) where n == JSArray.lengthKey:
            if case .number(let d) = value, let l = UInt32(exactly: d) { setLength(l) }
            if !attrs.contains(.writable) { lengthWritable = false }
        default:
            super.putOwn(key, value, attrs)
        }
    }

    public override func removeOwn(_ key: PropertyKey) {
        if case .name(let n) = key, n == JSArray.lengthKey { return }
        super.removeOwn(key)
    }

    public override func canAddOwn(_ key: PropertyKey) -> Bool {
        if case .index(let i) = key, i >= length, !lengthWritable { return false }
        return extensible
    }

    /// Sets `length`, truncating elements when it shrinks.
    public func setLength(_ newLength: UInt32) {
        if newLength < length {
            elements.truncate(to: newLength)
        } else if newLength > length && !elements.isSparse && Int(newLength) > elements.dense.count + 1_000_000 {
            elements.makeSparse()
        }
        length = newLength
        if !elements.isSparse && Int(length) > elements.dense.count { elements.kind = elements.kind.holey }
    }

    /// The largest `new Array(n)` whose dense storage is allocated up front (`preallocateHoles`).
    public static let maxPreallocatedLength = 1 << 18

    /// Fills the dense storage with holes up to the length, for `new Array(n)` with n up to
    /// `maxPreallocatedLength` (V8 allocates a holey backing store for it as well), so that
    /// stores below the length fill holes in place rather than grow the storage one by one.
    public func preallocateHoles() {
        guard !elements.isSparse, Int(length) <= JSArray.maxPreallocatedLength, elements.dense.count < Int(length) else { return }
        elements.dense.append(contentsOf: repeatElement(JSValue.hole, count: Int(length) - elements.dense.count))
        elements.kind = elements.kind.holey
    }

    /// Appends a value (Array.prototype.push's fast path).
    @inline(__always) public func append(_ v: JSValue) {
        if !elements.isSparse && Int(length) == elements.dense.count {
            elements.dense.append(v)
            elements.kind = elements.kind.generalized(for: v)
            length += 1
        } else {
            elements.put(length, v)
            length += 1
        }
    }

    /// The dense values if the array is dense and hole-free up to `length` (fast paths).
    public var packedValues: [JSValue]? {
        if elements.isSparse || Int(length) != elements.dense.count || elements.kind.isHoley { return nil }
        return elements.dense
    }
}

/// A closure environment: the slots of captured variables of one scope, chained outward.
public final class Context {
    public let parent: Context?
    public var slots: [JSValue]
    public init(parent: Context?, count: Int) {
        self.parent = parent
        self.slots = Array(repeating: .hole, count: count)
    }
    public init(copying other: Context) {
        self.parent = other.parent
        self.slots = other.slots
    }
}
