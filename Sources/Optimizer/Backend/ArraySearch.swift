import JSEngine

/// The inlined `Array.prototype.includes` / `indexOf` over a JS array's dense elements. It
/// is only valid while no object on the array's prototype chain has indexed properties
/// (the `CheckNoPrototypeElements` guard in front of it, V8's NoElementsProtector): a hole
/// then reads as undefined, as the builtins' `Get` finds nothing up the chain.
/// `includes` compares with SameValueZero and sees holes as undefined; `indexOf` compares
/// strictly and skips them.
struct ArraySearch {
    let array: JSArray
    let target: JSValue
    let includes: Bool

    func run() -> JSValue {
        let dense = array.elements.dense
        let length = Int(array.length)
        for k in 0..<min(length, dense.count) {
            let element = dense[k]
            if element.isHole {
                if includes && target.isUndefined { return .bool(true) }
            } else if includes ? Realm.sameValueZero(element, target) : Realm.strictEquals(element, target) {
                return includes ? .bool(true) : .number(Double(k))
            }
        }
        // The length may reach past the dense elements: holes, read as undefined too.
        if includes && target.isUndefined && length > dense.count { return .bool(true) }
        return includes ? .bool(false) : .number(-1)
    }

    /// Whether some object on `object`'s prototype chain has an indexed property (an
    /// element, an indexed accessor, a typed array's or a wrapped string's indices): a hole
    /// of `object` then reads through to it instead of as undefined.
    static func prototypeChainHasElements(_ object: JSObject) -> Bool {
        var next = object.proto
        while let p = next {
            if hasIndexedProperties(p) { return true }
            next = p.proto
        }
        return false
    }

    private static func hasIndexedProperties(_ o: JSObject) -> Bool {
        if let t = o as? JSTypedArray { return t.length > 0 }
        if o is JSPrimitiveObject { return true }
        if let sparse = o.elements.sparse { return !sparse.isEmpty }
        return o.elements.dense.contains { !$0.isHole }
    }
}
