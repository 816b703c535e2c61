/// Object.prototype's methods (hasOwnProperty, toString, valueOf, isPrototypeOf, ...),
/// the legacy `__defineGetter__` family and the `__proto__` accessor, in V8's order.
extension Builtins {
    /// Installs the methods of Object.prototype (after `constructor`).
    static func installObjectPrototype(_ realm: Realm) {
        let op = realm.objectPrototype
        realm.method(op, "__defineGetter__", 2) { realm, this, args, _ in
            try defineLegacyAccessor(realm, this, args, getter: true)
        }
        realm.method(op, "__defineSetter__", 2) { realm, this, args, _ in
            try defineLegacyAccessor(realm, this, args, getter: false)
        }
        realm.method(op, "hasOwnProperty", 1) { realm, this, args, _ in
            let k = try realm.toPropertyKey(args[arg: 0])
            let o = try realm.toObject(this)
            return .bool(o.getOwn(k) != nil)
        }
        realm.method(op, "__lookupGetter__", 1) { realm, this, args, _ in
            try lookupLegacyAccessor(realm, this, args, getter: true)
        }
        realm.method(op, "__lookupSetter__", 1) { realm, this, args, _ in
            try lookupLegacyAccessor(realm, this, args, getter: false)
        }
        realm.method(op, "isPrototypeOf", 1) { realm, this, args, _ in
            guard case .object(let v) = args[arg: 0] else { return .bool(false) }
            let o = try realm.toObject(this)
            var p = v.proto
            while let cur = p {
                if cur === o { return .bool(true) }
                p = cur.proto
            }
            return .bool(false)
        }
        realm.method(op, "propertyIsEnumerable", 1) { realm, this, args, _ in
            let k = try realm.toPropertyKey(args[arg: 0])
            let o = try realm.toObject(this)
            return .bool(o.getOwn(k)?.attributes.contains(.enumerable) ?? false)
        }
        realm.method(op, "toString", 0) { realm, this, _, _ in
            .string(objectToStringTag(realm, this))
        }
        realm.method(op, "valueOf", 0) { realm, this, _, _ in
            .object(try realm.toObject(this))
        }
        let protoGetter = realm.makeNative("get __proto__", length: 0) { realm, this, _, _ in
            let o = try realm.toObject(this)
            return o.proto.map { .object($0) } ?? .null
        }
        let protoSetter = realm.makeNative("set __proto__", length: 1) { realm, this, args, _ in
            if this.isNullish {
                throw realm.typeError("Object.prototype.__proto__ called on null or undefined")
            }
            let proto: JSObject?
            switch args[arg: 0] {
            case .object(let p): proto = p
            case .null: proto = nil
            default: return .undefined
            }
            guard case .object(let o) = this else { return .undefined }
            try setPrototypeOrThrow(realm, o, proto)
            return .undefined
        }
        op.defineAccessor("__proto__", getter: protoGetter, setter: protoSetter, [.configurable])
        realm.method(op, "toLocaleString", 0) { realm, this, _, _ in
            if this.isNullish { throw realm.typeError("Object.prototype.toLocaleString called on null or undefined") }
            let f = try realm.getValue(this, PropertyKey("toString"))
            return try realm.call(f, this: this, [])
        }
    }

    /// The result of Object.prototype.toString: "[object Tag]".
    static func objectToStringTag(_ realm: Realm, _ v: JSValue) -> JSString {
        JSString("[object " + objectClassTag(realm, v) + "]")
    }

    /// The tag of Object.prototype.toString (builtin class or the Symbol.toStringTag V8 defines).
    static func objectClassTag(_ realm: Realm, _ v: JSValue) -> String {
        switch v {
        case .undefined, .hole: return "Undefined"
        case .null: return "Null"
        case .number: return "Number"
        case .string: return "String"
        case .bool: return "Boolean"
        case .object(let o):
            if let t = o as? JSTypedArray { return t.kind.constructorName }
            if o is ArrayLikeIterator { return "Array Iterator" }
            if o is StringIterator { return "String Iterator" }
            if let m = o as? MapIterator { return m.map.isSet ? "Set Iterator" : "Map Iterator" }
            switch o.objectClass {
            case .object, .iterator:
                if o === realm.global { return "global" }
                if let m = realm.global.ownDataValue(JSString("Math"))?.asObject, m === o, o.proto === realm.objectPrototype {
                    return "Math"
                }
                return "Object"
            case .typedArray: return "Object"
            default: return o.objectClass.rawValue
            }
        }
    }

    private static func defineLegacyAccessor(_ realm: Realm, _ this: JSValue, _ args: [JSValue], getter: Bool) throws -> JSValue {
        let o = try realm.toObject(this)
        let f = args[arg: 1]
        guard f.isCallable else {
            throw realm.typeError("Object.prototype.__define\(getter ? "G" : "S")etter__: Expecting function")
        }
        let k = try realm.toPropertyKey(args[arg: 0])
        var d = PropertyDescriptor(enumerable: true, configurable: true)
        if getter { d.get = f } else { d.set = f }
        try ObjectDescriptors.defineOrThrow(realm, o, k, d)
        return .undefined
    }

    private static func lookupLegacyAccessor(_ realm: Realm, _ this: JSValue, _ args: [JSValue], getter: Bool) throws -> JSValue {
        let o = try realm.toObject(this)
        let k = try realm.toPropertyKey(args[arg: 0])
        var cur: JSObject? = o
        while let c = cur {
            if let p = c.getOwn(k) {
                guard p.attributes.contains(.accessor), let pair = p.value.asObject as? AccessorPair else { return .undefined }
                let f = getter ? pair.getter : pair.setter
                return f.map { .object($0) } ?? .undefined
            }
            cur = c.proto
        }
        return .undefined
    }
}
