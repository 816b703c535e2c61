/// Property-descriptor conversions and integrity-level helpers shared by the Object
/// builtins: ToPropertyDescriptor, FromPropertyDescriptor, DefinePropertyOrThrow with
/// V8's messages, and SetIntegrityLevel / TestIntegrityLevel (freeze, seal).
enum ObjectDescriptors {
    /// ToPropertyDescriptor: reads the fields of a descriptor object in spec order.
    static func toDescriptor(_ realm: Realm, _ v: JSValue) throws -> PropertyDescriptor {
        guard case .object(let o) = v else {
            throw realm.typeError("Property description must be an object: \(describe(realm, v))")
        }
        var d = PropertyDescriptor()
        if realm.hasProperty(o, PropertyKey("enumerable")) { d.enumerable = try realm.get(o, "enumerable").truthy }
        if realm.hasProperty(o, PropertyKey("configurable")) { d.configurable = try realm.get(o, "configurable").truthy }
        if realm.hasProperty(o, PropertyKey("value")) { d.value = try realm.get(o, "value") }
        if realm.hasProperty(o, PropertyKey("writable")) { d.writable = try realm.get(o, "writable").truthy }
        if realm.hasProperty(o, PropertyKey("get")) {
            let g = try realm.get(o, "get")
            if !g.isUndefined && !g.isCallable { throw realm.typeError("Getter must be a function: \(describe(realm, g))") }
            d.get = g
        }
        if realm.hasProperty(o, PropertyKey("set")) {
            let s = try realm.get(o, "set")
            if !s.isUndefined && !s.isCallable { throw realm.typeError("Setter must be a function: \(describe(realm, s))") }
            d.set = s
        }
        if d.isAccessor && (d.value != nil || d.writable != nil) {
            throw realm.typeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, \(describe(realm, v))")
        }
        return d
    }

    /// How V8 prints a value inside descriptor error messages (strings unquoted).
    static func describe(_ realm: Realm, _ v: JSValue) -> String {
        switch v {
        case .string(let s): return s.string
        case .object(let o):
            if o is JSArray { return (try? realm.toSwiftString(v)) ?? "" }
            if let f = o as? JSFunction { return Builtins.functionSourceText(realm, f) }
            return realm.describeForError(v)
        default: return realm.describeForError(v)
        }
    }

    /// FromPropertyDescriptor for an own property as the object model stores it.
    static func fromOwn(_ realm: Realm, _ p: SparseElement) -> JSObject {
        let d = realm.newObject()
        if p.attributes.contains(.accessor) {
            let pair = p.value.asObject as? AccessorPair
            d.putOwn(PropertyKey("get"), pair?.getter.map { .object($0) } ?? .undefined, .default)
            d.putOwn(PropertyKey("set"), pair?.setter.map { .object($0) } ?? .undefined, .default)
        } else {
            d.putOwn(PropertyKey("value"), p.value, .default)
            d.putOwn(PropertyKey("writable"), .bool(p.attributes.contains(.writable)), .default)
        }
        d.putOwn(PropertyKey("enumerable"), .bool(p.attributes.contains(.enumerable)), .default)
        d.putOwn(PropertyKey("configurable"), .bool(p.attributes.contains(.configurable)), .default)
        return d
    }

    /// DefinePropertyOrThrow with V8's messages.
    static func defineOrThrow(_ realm: Realm, _ o: JSObject, _ key: PropertyKey, _ desc: PropertyDescriptor) throws {
        let existed = o.getOwn(key) != nil
        if try realm.defineOwnProperty(o, key, desc) { return }
        if !existed && !o.extensible {
            throw realm.typeError("Cannot define property \(key), object is not extensible")
        }
        throw realm.typeError("Cannot redefine property: \(key)")
    }

    /// ObjectDefineProperties: reads every descriptor first, then defines them in order.
    static func defineProperties(_ realm: Realm, _ o: JSObject, _ props: JSValue) throws {
        let src = try realm.toObject(props)
        var descs: [(PropertyKey, PropertyDescriptor)] = []
        for k in src.ownKeys() {
            guard let p = src.getOwn(k), p.attributes.contains(.enumerable) else { continue }
            let dv = try realm.get(src, k, receiver: .object(src))
            descs.append((k, try toDescriptor(realm, dv)))
        }
        for (k, d) in descs { try defineOrThrow(realm, o, k, d) }
    }

    /// SetIntegrityLevel (sealed or frozen); returns false when some property refused.
    static func setIntegrity(_ realm: Realm, _ o: JSObject, frozen: Bool) throws {
        if let t = o as? JSTypedArray, frozen, t.length > 0 {
            throw realm.typeError("Cannot freeze array buffer views with elements")
        }
        o.extensible = false
        for k in o.ownKeys() {
            guard let p = o.getOwn(k) else { continue }
            if o is JSTypedArray, case .index = k { continue }
            var attrs = p.attributes
            attrs.remove(.configurable)
            if frozen && !attrs.contains(.accessor) { attrs.remove(.writable) }
            if attrs == p.attributes { continue }
            var d = PropertyDescriptor(configurable: false)
            if frozen && !p.attributes.contains(.accessor) { d.writable = false }
            if !(try realm.defineOwnProperty(o, k, d)) {
                throw realm.typeError("Cannot redefine property: \(k)")
            }
        }
    }

    /// TestIntegrityLevel.
    static func testIntegrity(_ o: JSObject, frozen: Bool) -> Bool {
        if o.extensible { return false }
        for k in o.ownKeys() {
            guard let p = o.getOwn(k) else { continue }
            if p.attributes.contains(.configurable) { return false }
            if frozen && !p.attributes.contains(.accessor) && p.attributes.contains(.writable) { return false }
        }
        return true
    }
}
