/// The object-internal methods ([[Get]], [[Set]], [[DefineOwnProperty]], [[Delete]],
/// [[HasProperty]], [[OwnPropertyKeys]]) over the shape/elements representation, with the
/// prototype walk, accessors and V8's error messages.
extension Realm {
    /// [[Get]] on an object, with `receiver` as `this` for getters.
    public func get(_ object: JSObject, _ key: PropertyKey, receiver: JSValue) throws -> JSValue {
        var o: JSObject? = object
        while let cur = o {
            if let p = cur.getOwn(key) {
                if p.attributes.contains(.accessor) {
                    guard let pair = p.value.asObject as? AccessorPair, let g = pair.getter else { return .undefined }
                    return try interpreter.call(g, this: receiver, args: [])
                }
                return p.value
            }
            o = cur.proto
        }
        return .undefined
    }

    public func get(_ object: JSObject, _ name: String) throws -> JSValue {
        try get(object, PropertyKey(name), receiver: .object(object))
    }

    /// GetV: property read on any value (primitives read from their prototype).
    public func getValue(_ v: JSValue, _ key: PropertyKey) throws -> JSValue {
        switch v {
        case .object(let o): return try get(o, key, receiver: v)
        case .string(let s):
            switch key {
            case .index(let i): return Int(i) < s.count ? .string(JSString([s[Int(i)]])) : .undefined
            case .name(let n) where n == JSArray.lengthKey: return .number(Double(s.count))
            default: return try get(stringPrototype, key, receiver: v)
            }
        case .number: return try get(numberPrototype, key, receiver: v)
        case .bool: return try get(booleanPrototype, key, receiver: v)
        case .undefined, .null, .hole:
            throw typeError("Cannot read properties of \(v.isNullish && !v.isUndefined ? "null" : "undefined") (reading '\(key)')")
        }
    }

    /// [[Set]]: assigns through setters and the prototype chain; returns false when the
    /// assignment was refused (non-writable, non-extensible), which strict code turns into a TypeError.
    @discardableResult
    public func set(_ object: JSObject, _ key: PropertyKey, _ value: JSValue, receiver: JSValue) throws -> Bool {
        if let a = object as? JSArray, case .name(let n) = key, n == JSArray.lengthKey, receiver.asObject === object {
            return try setArrayLength(a, value)
        }
        // A typed array's element keys (integer indices and other canonical numeric strings)
        // convert the value with ToNumber, which may run user code, and then store it when
        // the index is valid; other numeric keys drop the store (TypedArraySetElement).
        if let t = object as? JSTypedArray, receiver.asObject === object {
            if case .index(let i) = key {
                let n = try toNumber(value)
                if Int(i) < t.length { t.store(Int(i), n) }
                return true
            }
            if JSTypedArray.isCanonicalNumeric(key) {
                _ = try toNumber(value)
                return true
            }
        }
        // Fast path: own writable data property.
        if case .name(let n) = key, let s = object.shape.slot(of: n), receiver.asObject === object {
            let attrs = object.shape.attributes[s]
            if attrs.contains(.writable) && !attrs.contains(.accessor) {
                object.slots[s] = value
                return true
            }
        }
        var o: JSObject? = object
        while let cur = o {
            if let p = cur.getOwn(key) {
                if p.attributes.contains(.accessor) {
                    guard let pair = p.value.asObject as? AccessorPair, let setter = pair.setter else { return false }
                    _ = try interpreter.call(setter, this: receiver, args: [value])
                    return true
                }
                if !p.attributes.contains(.writable) { return false }
                break
            }
            o = cur.proto
        }
        guard case .object(let target) = receiver else { return false }
        if let existing = target.getOwn(key) {
            if existing.attributes.contains(.accessor) || !existing.attributes.contains(.writable) { return false }
            target.putOwn(key, value, existing.attributes)
            return true
        }
        guard target.canAddOwn(key) else { return false }
        target.putOwn(key, value, .default)
        return true
    }

    /// ArraySetLength for `a.length = v`: RangeError unless v is a valid uint32.
    public func setArrayLength(_ a: JSArray, _ value: JSValue) throws -> Bool {
        let n = try toNumber(value)
        let u = NumberConversion.toUint32(n)
        guard Double(u) == n else { throw rangeError("Invalid array length") }
        guard a.lengthWritable else { return u == a.length }
        if u < a.length, a.elements.isSparse, let s = a.elements.sparse {
            // Non-configurable elements stop the truncation.
            if let stop = s.filter({ $0.key >= u && !$0.value.attributes.contains(.configurable) }).keys.max() {
                a.setLength(stop + 1)
                return false
            }
        }
        a.setLength(u)
        return true
    }

    /// PutValue on any base value, throwing like V8 for null/undefined and, in strict code, for refused writes.
    public func setValue(_ base: JSValue, _ key: PropertyKey, _ value: JSValue, strict: Bool) throws {
        switch base {
        case .object(let o):
            if try !set(o, key, value, receiver: base), strict {
                throw failedAssignment(o, key)
            }
        case .undefined, .null, .hole:
            throw typeError("Cannot set properties of \(base.isUndefined || base.isHole ? "undefined" : "null") (setting '\(key)')")
        default:
            // Primitives: setters on the prototype still run; otherwise the write is lost.
            if let proto = prototypeForPrimitive(base) {
                var o: JSObject? = proto
                while let cur = o {
                    if let p = cur.getOwn(key) {
                        if p.attributes.contains(.accessor), let pair = p.value.asObject as? AccessorPair, let s = pair.setter {
                            _ = try interpreter.call(s, this: base, args: [value])
                            return
                        }
                        break
                    }
                    o = cur.proto
                }
            }
            if strict {
                throw typeError("Cannot create property '\(key)' on \(base.typeofString) '\((try? toSwiftString(base)) ?? "")'")
            }
        }
    }

    func failedAssignment(_ o: JSObject, _ key: PropertyKey) -> JSException {
        if let p = o.getOwn(key), p.attributes.contains(.accessor) {
            return typeError("Cannot set property \(key) of \(describeForError(.object(o))) which has only a getter")
        }
        if o.getOwn(key) != nil || !o.extensible && o.getOwn(key) == nil && findInChain(o, key) != nil {
            return typeError("Cannot assign to read only property '\(key)' of object '\(describeReadOnlyTarget(o))'")
        }
        if !o.extensible { return typeError("Cannot add property \(key), object is not extensible") }
        return typeError("Cannot assign to read only property '\(key)' of object '\(describeReadOnlyTarget(o))'")
    }

    /// How V8 names the object in "Cannot assign to read only property" (arrays as '[object Array]').
    private func describeReadOnlyTarget(_ o: JSObject) -> String {
        if o is JSArray { return "[object Array]" }
        return describeForError(.object(o))
    }

    func findInChain(_ o: JSObject, _ key: PropertyKey) -> SparseElement? {
        var cur: JSObject? = o
        while let c = cur {
            if let p = c.getOwn(key) { return p }
            cur = c.proto
        }
        return nil
    }

    /// [[HasProperty]].
    public func hasProperty(_ object: JSObject, _ key: PropertyKey) -> Bool {
        findInChain(object, key) != nil
    }

    /// CreateDataProperty: defines an own enumerable, writable, configurable data property.
    @discardableResult
    public func createDataProperty(_ o: JSObject, _ key: PropertyKey, _ value: JSValue) -> Bool {
        if let existing = o.getOwn(key) {
            if !existing.attributes.contains(.configurable) {
                if existing.attributes.contains(.writable) && !existing.attributes.contains(.accessor) {
                    o.putOwn(key, value, existing.attributes)
                    return true
                }
                return false
            }
        } else if !o.canAddOwn(key) {
            return false
        }
        o.putOwn(key, value, .default)
        return true
    }

    /// [[Delete]]: returns false for a non-configurable own property.
    public func deleteProperty(_ o: JSObject, _ key: PropertyKey) -> Bool {
        guard let p = o.getOwn(key) else { return true }
        if !p.attributes.contains(.configurable) { return false }
        o.removeOwn(key)
        return true
    }

    /// ValidateAndApplyPropertyDescriptor ([[DefineOwnProperty]]); returns false when refused.
    public func defineOwnProperty(_ o: JSObject, _ key: PropertyKey, _ desc: PropertyDescriptor) throws -> Bool {
        if let a = o as? JSArray, case .name(let n) = key, n == JSArray.lengthKey {
            if desc.isAccessor || desc.configurable == true || desc.enumerable == true { return false }
            if let v = desc.value {
                let d = try toNumber(v)
                guard let l = UInt32(exactly: d) else { throw rangeError("Invalid array length") }
                if !a.lengthWritable && l != a.length { return false }
                a.setLength(l)
            }
            if desc.writable == false { a.lengthWritable = false }
            else if desc.writable == true && !a.lengthWritable { return false }
            return true
        }
        guard let current = o.getOwn(key) else {
            guard o.canAddOwn(key) else { return false }
            var attrs: PropertyAttributes = []
            if desc.enumerable == true { attrs.insert(.enumerable) }
            if desc.configurable == true { attrs.insert(.configurable) }
            if desc.isAccessor {
                attrs.insert(.accessor)
                let pair = AccessorPair(getter: desc.get?.asObject, setter: desc.set?.asObject)
                o.putOwn(key, .object(pair), attrs)
            } else {
                if desc.writable == true { attrs.insert(.writable) }
                o.putOwn(key, desc.value ?? .undefined, attrs)
            }
            return true
        }
        var attrs = current.attributes
        let isAccessor = attrs.contains(.accessor)
        if !attrs.contains(.configurable) {
            if desc.configurable == true { return false }
            if let e = desc.enumerable, e != attrs.contains(.enumerable) { return false }
            if desc.isAccessor != isAccessor && (desc.isAccessor || desc.value != nil || desc.writable != nil) { return false }
            if isAccessor {
                let pair = current.value.asObject as? AccessorPair
                if let g = desc.get, g.asObject !== pair?.getter { return false }
                if let s = desc.set, s.asObject !== pair?.setter { return false }
            } else if !attrs.contains(.writable) {
                if desc.writable == true { return false }
                if let v = desc.value, !Realm.sameValue(v, current.value) { return false }
            }
        }
        if let e = desc.enumerable { if e { attrs.insert(.enumerable) } else { attrs.remove(.enumerable) } }
        if let c = desc.configurable { if c { attrs.insert(.configurable) } else { attrs.remove(.configurable) } }
        if desc.isAccessor {
            let old = isAccessor ? current.value.asObject as? AccessorPair : nil
            if old == nil { attrs.remove(.writable) }
            // A new pair, never one changed in place: optimized code that relies on a getter
            // checks the identity of the pair holding it.
            let pair = AccessorPair(getter: desc.get.map { $0.asObject } ?? old?.getter,
                                    setter: desc.set.map { $0.asObject } ?? old?.setter)
            attrs.insert(.accessor)
            o.putOwn(key, .object(pair), attrs)
        } else if isAccessor && (desc.value != nil || desc.writable != nil) {
            attrs.remove(.accessor)
            if desc.writable == true { attrs.insert(.writable) }
            o.putOwn(key, desc.value ?? .undefined, attrs)
        } else {
            if let w = desc.writable { if w { attrs.insert(.writable) } else { attrs.remove(.writable) } }
            o.putOwn(key, desc.value ?? current.value, attrs)
        }
        return true
    }

    /// Own enumerable string keys in V8 order (Object.keys, for-in's first level, JSON).
    public func ownEnumerableKeys(_ o: JSObject) -> [PropertyKey] {
        o.ownKeys().filter { o.getOwn($0)?.attributes.contains(.enumerable) ?? false }
    }

    /// `instanceof` (OrdinaryHasInstance; bound functions unwrap to their target).
    public func instanceOf(_ v: JSValue, _ target: JSValue) throws -> Bool {
        guard case .object(let c) = target, c.isCallable else {
            throw typeError("Right-hand side of 'instanceof' is not callable")
        }
        if let f = c as? JSFunction, case .bound(let t, _, _) = f.body {
            return try instanceOf(v, .object(t))
        }
        guard case .object(let o) = v else { return false }
        let protoValue = try get(c, PropertyKey.prototype, receiver: target)
        guard case .object(let proto) = protoValue else {
            throw typeError("Function has non-object prototype '\(try toSwiftString(protoValue))' in instanceof check")
        }
        var p = o.proto
        while let cur = p {
            if cur === proto { return true }
            p = cur.proto
        }
        return false
    }

    /// Changes an object's prototype (Object.setPrototypeOf); false on a cycle or a non-extensible object.
    public func setPrototype(_ o: JSObject, _ proto: JSObject?) -> Bool {
        if o.proto === proto { return true }
        if !o.extensible { return false }
        var p = proto
        while let cur = p {
            if cur === o { return false }
            p = cur.proto
        }
        o.shape = o.shape.withProto(proto)
        return true
    }
}
