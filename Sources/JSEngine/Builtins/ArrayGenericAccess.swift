/// The abstract operations the generic Array.prototype methods are written in (LengthOfArrayLike,
/// Get/HasProperty/Set/DeletePropertyOrThrow by a numeric index, ArraySpeciesCreate's plain-array
/// case), with fast paths on dense `JSArray` storage that are observably identical to the slow paths.
enum ArrayOps {
    /// The property key for an integer index that may exceed the array-index range.
    @inline(__always) static func key(_ realm: Realm, _ i: Double) -> PropertyKey {
        if i >= 0 && i < 4294967295 { return .index(UInt32(i)) }
        return PropertyKey(realm.numberString(i))
    }

    /// ToObject on `this`, throwing V8's "<name> called on null or undefined" when `name` is given
    /// and V8's ToObject message otherwise.
    static func thisObject(_ realm: Realm, _ this: JSValue, _ name: String? = nil) throws -> JSObject {
        if case .object(let o) = this { return o }
        if this.isNullish || this.isHole {
            if let n = name { throw realm.typeError("\(n) called on null or undefined") }
        }
        return try realm.toObject(this)
    }

    /// LengthOfArrayLike.
    @inline(__always) static func length(_ realm: Realm, _ o: JSObject) throws -> Double {
        if let a = o as? JSArray { return Double(a.length) }
        if let t = o as? JSTypedArray { return Double(t.length) }
        return NumberConversion.toLength(try realm.toNumber(try realm.get(o, PropertyKey(JSArray.lengthKey), receiver: .object(o))))
    }

    /// Get(O, ToString(i)). The slow path counts as a step of the run, so a builtin walking a
    /// huge sparse length (`[].join` of an array with length 2^32 - 1) stays within the run's
    /// time and step budgets instead of hanging.
    @inline(__always) static func get(_ realm: Realm, _ o: JSObject, _ i: Double) throws -> JSValue {
        if let a = o as? JSArray, !a.elements.isSparse, i >= 0, i < Double(a.elements.dense.count) {
            let v = a.elements.dense[Int(i)]
            if !v.isHole { return v }
        }
        try realm.interpreter?.tick()
        return try realm.get(o, key(realm, i), receiver: .object(o))
    }

    /// HasProperty(O, ToString(i)).
    @inline(__always) static func has(_ realm: Realm, _ o: JSObject, _ i: Double) -> Bool {
        if let a = o as? JSArray, !a.elements.isSparse, i >= 0, i < Double(a.elements.dense.count),
           !a.elements.dense[Int(i)].isHole {
            return true
        }
        return realm.hasProperty(o, key(realm, i))
    }

    /// HasProperty then Get (the pattern of forEach/map/filter...): nil for an absent element.
    @inline(__always) static func getIfPresent(_ realm: Realm, _ o: JSObject, _ i: Double) throws -> JSValue? {
        if let a = o as? JSArray, !a.elements.isSparse, i >= 0, i < Double(a.elements.dense.count) {
            let v = a.elements.dense[Int(i)]
            if !v.isHole { return v }
        }
        let k = key(realm, i)
        guard realm.hasProperty(o, k) else { return nil }
        return try realm.get(o, k, receiver: .object(o))
    }

    /// Set(O, key, v, true): a refused write throws a TypeError.
    static func set(_ realm: Realm, _ o: JSObject, _ k: PropertyKey, _ v: JSValue) throws {
        if try !realm.set(o, k, v, receiver: .object(o)) {
            if o is JSArray, let p = realm.findInChain(o, k), p.attributes.contains(.accessor) {
                throw realm.typeError("Cannot set property \(k) of [object Array] which has only a getter")
            }
            throw realm.failedAssignment(o, k)
        }
    }

    @inline(__always) static func set(_ realm: Realm, _ o: JSObject, _ i: Double, _ v: JSValue) throws {
        if let a = o as? JSArray, !a.elements.isSparse, i >= 0, i < Double(a.elements.dense.count),
           !a.elements.dense[Int(i)].isHole {
            a.elements.dense[Int(i)] = v
            a.elements.kind = a.elements.kind.generalized(for: v)
            return
        }
        try set(realm, o, key(realm, i), v)
    }

    /// Set(O, "length", len, true), with V8's RangeError for an invalid array length.
    static func setLength(_ realm: Realm, _ o: JSObject, _ len: Double) throws {
        if let a = o as? JSArray {
            guard let l = UInt32(exactly: len) else { throw realm.rangeError("Invalid array length") }
            // [[Set]] on a non-writable length fails even when the value is unchanged.
            if !a.lengthWritable {
                throw realm.typeError("Cannot assign to read only property 'length' of object '[object Array]'")
            }
            if l == a.length { return }
            if l < a.length, a.elements.isSparse {
                // Non-configurable elements stop the truncation (ArraySetLength).
                for i in a.elements.indices().reversed() where i >= l {
                    if let e = a.elements.get(i), !e.attributes.contains(.configurable) {
                        a.setLength(i + 1)
                        throw realm.typeError("Cannot delete property '\(i)' of [object Array]")
                    }
                }
            }
            a.setLength(l)
            return
        }
        try set(realm, o, PropertyKey(JSArray.lengthKey), .number(len))
    }

    /// V8 checks an array's `length` writability before writing elements (push, unshift, splice).
    static func checkLengthWritable(_ realm: Realm, _ o: JSObject) throws {
        if let a = o as? JSArray, !a.lengthWritable, a.extensible {
            throw realm.typeError("Cannot assign to read only property 'length' of object '[object Array]'")
        }
    }

    /// DeletePropertyOrThrow(O, ToString(i)).
    static func delete(_ realm: Realm, _ o: JSObject, _ i: Double) throws {
        let k = key(realm, i)
        if !realm.deleteProperty(o, k) {
            throw realm.typeError("Cannot delete property '\(k)' of \(o is JSArray ? "[object Array]" : realm.describeForError(.object(o)))")
        }
    }

    /// CreateDataPropertyOrThrow on a result object.
    static func create(_ realm: Realm, _ o: JSObject, _ i: Double, _ v: JSValue) throws {
        if let a = o as? JSArray, !a.elements.isSparse, i == Double(a.length), Int(a.length) == a.elements.dense.count {
            a.append(v)
            return
        }
        if !realm.createDataProperty(o, key(realm, i), v) {
            throw realm.typeError("Cannot add property \(key(realm, i)), object is not extensible")
        }
    }

    /// ToIntegerOrInfinity of a relative index argument, resolved against `len` and clamped to [0, len].
    static func relativeIndex(_ realm: Realm, _ v: JSValue, _ len: Double, default d: Double) throws -> Double {
        if v.isUndefined { return d }
        let r = try realm.toInteger(v)
        if r < 0 { return max(len + r, 0) }
        return min(r, len)
    }

    /// How V8 names a non-callable callback in "x is not a function" from the Array builtins.
    static func describeCallback(_ realm: Realm, _ v: JSValue) -> String {
        switch v {
        case .string(let s): return s.string
        case .object(let o):
            if o is JSArray { return "[object Array]" }
            return "#<\(realm.constructorName(of: o))>"
        default: return realm.describeForError(v)
        }
    }

    /// Checks that a callback argument is callable.
    @inline(__always) static func callback(_ realm: Realm, _ v: JSValue) throws -> JSObject {
        if case .object(let o) = v, o.isCallable { return o }
        throw realm.typeError("\(describeCallback(realm, v)) is not a function")
    }

    /// Whether `v` is an Array (IsArray).
    static func isArray(_ v: JSValue) -> Bool { v.asObject is JSArray }
}
