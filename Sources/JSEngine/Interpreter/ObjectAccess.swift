/// The object accesses of optimized code's hot path (the executor's field loads and
/// stores, shape checks and dense element accesses), compiled in this module so that
/// shape, slot and element reads are direct loads: from another module every property of
/// the open `JSObject` class is read through a getter that returns a retained value. Each
/// answers nil (or false) when the access is not the plain case; the caller then takes its
/// full path, which reports memory-safety violations in its own words.
public enum ObjectAccess {
    /// Whether `v` is an object with one of `shapes`.
    public static func hasShape(_ v: JSValue, _ shapes: [Shape]) -> Bool {
        guard case .object(let o) = v else { return false }
        let shape = o.shape
        for s in shapes where s === shape { return true }
        return false
    }

    /// Whether `v` is the object at address `object` (a call-target check; the caller keeps
    /// that object alive).
    public static func isObject(_ v: JSValue, at object: UnsafeRawPointer) -> Bool {
        guard case .object(let o) = v else { return false }
        return Unmanaged.passUnretained(o).toOpaque() == object
    }

    /// Whether `v` is an object whose shape is the one at address `shape` (a monomorphic
    /// shape check; the caller keeps that shape alive).
    public static func hasShape(_ v: JSValue, at shape: UnsafeRawPointer) -> Bool {
        guard case .object(let o) = v else { return false }
        return Unmanaged.passUnretained(o.shape).toOpaque() == shape
    }

    /// Slot `slot` of object `v` when its shape is the one at address `shape` and the slot
    /// lies within both its slots and that shape.
    public static func loadSlot(_ v: JSValue, _ slot: Int, shapeAt shape: UnsafeRawPointer) -> JSValue? {
        guard case .object(let o) = v, Unmanaged.passUnretained(o.shape).toOpaque() == shape,
              slot >= 0, slot < o.slots.count, slot < o.shape.count else { return nil }
        return o.slots[slot]
    }

    /// Stores `value` into slot `slot` of object `v` under the conditions of
    /// `loadSlot(_:_:shapeAt:)`; false when they do not hold (nothing is stored).
    public static func storeSlot(_ v: JSValue, _ slot: Int, _ value: JSValue, shapeAt shape: UnsafeRawPointer) -> Bool {
        guard case .object(let o) = v, Unmanaged.passUnretained(o.shape).toOpaque() == shape,
              slot >= 0, slot < o.slots.count, slot < o.shape.count else { return false }
        o.slots[slot] = value
        return true
    }

    /// Slot `slot` of object `v`, when `v` has one of `shapes` (any shape when empty) and the
    /// slot lies within both its slots and its shape.
    public static func loadSlot(_ v: JSValue, _ slot: Int, shapes: [Shape]) -> JSValue? {
        guard case .object(let o) = v, slot >= 0, slot < o.slots.count, slot < o.shape.count else { return nil }
        if shapes.isEmpty { return o.slots[slot] }
        let shape = o.shape
        for s in shapes where s === shape { return o.slots[slot] }
        return nil
    }

    /// Stores `value` into slot `slot` of object `v` under the conditions of `loadSlot`;
    /// false when they do not hold (nothing is stored).
    public static func storeSlot(_ v: JSValue, _ slot: Int, _ value: JSValue, shapes: [Shape]) -> Bool {
        guard case .object(let o) = v, slot >= 0, slot < o.slots.count, slot < o.shape.count else { return false }
        if !shapes.isEmpty {
            let shape = o.shape
            guard shapes.contains(where: { $0 === shape }) else { return false }
        }
        o.slots[slot] = value
        return true
    }

    /// The bit of `kind` in an elements-kind mask (`kindMask(_:)`).
    @inline(__always) static func bit(_ kind: ElementsKind) -> UInt8 { UInt8(1) << kind.rawValue }

    /// The mask of `kinds` for the dense element accesses (0: any kind).
    public static func kindMask(_ kinds: [ElementsKind]) -> UInt8 {
        kinds.reduce(0) { $0 | bit($1) }
    }

    /// `v` as a JS array: an exact class test (`JSArray` is final), with no dynamic cast.
    @inline(__always) static func array(_ v: JSValue) -> JSArray? {
        guard case .object(let o) = v, ObjectIdentifier(type(of: o)) == ObjectIdentifier(JSArray.self) else { return nil }
        return unsafeDowncast(o, to: JSArray.self)
    }

    /// Whether `v` is a JS array whose elements kind is in `kindMask` (an elements-kind guard).
    public static func hasElementsKind(_ v: JSValue, in kindMask: UInt8) -> Bool {
        guard let a = array(v) else { return false }
        return kindMask & bit(a.elementsKind) != 0
    }

    /// Element `index` of JS array `v` when it is stored densely (a hole included) and the
    /// array's elements kind is in `kindMask` (any when 0).
    public static func loadDenseElement(_ v: JSValue, _ index: JSValue, kindMask: UInt8) -> JSValue? {
        guard let a = array(v), !a.elements.isSparse, case .number(let d) = index,
              let i = Int(exactly: d), i >= 0, i < a.elements.dense.count, UInt32(i) < a.length else { return nil }
        if kindMask != 0 && kindMask & bit(a.elementsKind) == 0 { return nil }
        return a.elements.dense[i]
    }

    /// Stores `value` as element `index` of JS array `v` under the conditions of
    /// `loadDenseElement`, generalizing the elements kind; false when they do not hold.
    public static func storeDenseElement(_ v: JSValue, _ index: JSValue, _ value: JSValue, kindMask: UInt8) -> Bool {
        guard let a = array(v), !a.elements.isSparse, case .number(let d) = index,
              let i = Int(exactly: d), i >= 0, i < a.elements.dense.count, UInt32(i) < a.length else { return false }
        if kindMask != 0 && kindMask & bit(a.elementsKind) == 0 { return false }
        a.elements.dense[i] = value
        a.elements.kind = a.elements.kind.generalized(for: value)
        return true
    }

    /// `v` as a typed array of `kind` with `index` an in-bounds element index (within its
    /// buffer too), with the index; nil otherwise.
    @inline(__always) static func typedElement(_ v: JSValue, _ index: JSValue, kind: TypedArrayKind) -> (JSTypedArray, Int)? {
        guard case .object(let o) = v, ObjectIdentifier(type(of: o)) == ObjectIdentifier(JSTypedArray.self) else { return nil }
        let t = unsafeDowncast(o, to: JSTypedArray.self)
        guard t.kind == kind, case .number(let d) = index, d >= 0, d < Double(t.length), let i = Int(exactly: d),
              t.byteOffset + (i + 1) * kind.bytesPerElement <= t.buffer.bytes.count else { return nil }
        return (t, i)
    }

    /// Element `index` of typed array `v` when it is of `kind` and the index is in bounds.
    public static func loadTypedElement(_ v: JSValue, _ index: JSValue, kind: TypedArrayKind) -> Double? {
        guard let (t, i) = typedElement(v, index, kind: kind) else { return nil }
        return t.load(i)
    }

    /// Stores number `value` as element `index` of typed array `v` under the conditions of
    /// `loadTypedElement`; false when they do not hold (nothing is stored).
    public static func storeTypedElement(_ v: JSValue, _ index: JSValue, _ value: Double, kind: TypedArrayKind) -> Bool {
        guard let (t, i) = typedElement(v, index, kind: kind) else { return false }
        t.store(i, value)
        return true
    }

    /// Appends `value` to JS array `v` when its elements are dense, it is extensible and its
    /// length writable (what an inlined `push` speculates); returns the new length, or nil
    /// (nothing appended) when the generic path must run.
    public static func push(_ v: JSValue, _ value: JSValue) -> Double? {
        guard let a = array(v), a.extensible, a.lengthWritable, !a.elements.isSparse,
              Int(a.length) == a.elements.dense.count, a.length < UInt32.max else { return nil }
        a.append(value)
        return Double(a.length)
    }
}
