extension Builtins {
    /// Installs the Map and Set constructors and prototypes over `JSMapObject`.
    static func installMapAndSet(_ realm: Realm) {
        installMap(realm)
        installSet(realm)
    }

    private static func installMap(_ realm: Realm) {
        let proto = realm.mapPrototype!
        constructor(realm, "Map", length: 0, prototype: proto) { realm, _, args, newTarget in
            guard let nt = newTarget else { throw realm.typeError("Constructor Map requires 'new'") }
            let m = JSMapObject(isSet: false, proto: try MapAndSetOps.prototypeFor(realm, nt, realm.mapPrototype))
            let iterable = args[arg: 0]
            if iterable.isNullish { return .object(m) }
            let adder = try realm.get(m, "set")
            guard adder.isCallable else {
                throw realm.typeError("'\(realm.describeForError(adder))' returned for property 'set' of object '#<Map>' is not a function")
            }
            let fast = adder.asObject === realm.builtinState.mapSet
            try MapAndSetOps.iterate(realm, iterable) { entry in
                guard case .object(let e) = entry else {
                    throw realm.typeError("Iterator value \(MapAndSetOps.describeEntry(realm, entry)) is not an entry object")
                }
                let k = try ArrayOps.get(realm, e, 0)
                let v = try ArrayOps.get(realm, e, 1)
                if fast { m.set(k, v) } else { _ = try realm.call(adder, this: .object(m), [k, v]) }
            }
            return .object(m)
        }
        realm.method(proto, "get", 1) { realm, this, args, _ in
            try MapAndSetOps.thisMap(realm, this, "Map.prototype.get", set: false).get(args[arg: 0]) ?? .undefined
        }
        let setFn = realm.method(proto, "set", 2) { realm, this, args, _ in
            try MapAndSetOps.thisMap(realm, this, "Map.prototype.set", set: false).set(args[arg: 0], args[arg: 1])
            return this
        }
        realm.builtinState.mapSet = setFn
        realm.method(proto, "has", 1) { realm, this, args, _ in
            .bool(try MapAndSetOps.thisMap(realm, this, "Map.prototype.has", set: false).has(args[arg: 0]))
        }
        realm.method(proto, "delete", 1) { realm, this, args, _ in
            .bool(try MapAndSetOps.thisMap(realm, this, "Map.prototype.delete", set: false).delete(args[arg: 0]))
        }
        realm.method(proto, "clear", 0) { realm, this, _, _ in
            try MapAndSetOps.thisMap(realm, this, "Map.prototype.clear", set: false).clear()
            return .undefined
        }
        realm.method(proto, "entries", 0) { realm, this, _, _ in
            .object(try MapAndSetOps.thisMap(realm, this, "Map.prototype.entries", set: false).makeIterator(kind: .entries, realm: realm))
        }
        realm.method(proto, "forEach", 1) { realm, this, args, _ in
            let m = try MapAndSetOps.thisMap(realm, this, "Map.prototype.forEach", set: false)
            try MapAndSetOps.forEach(realm, m, args)
            return .undefined
        }
        realm.method(proto, "keys", 0) { realm, this, _, _ in
            .object(try MapAndSetOps.thisMap(realm, this, "Map.prototype.keys", set: false).makeIterator(kind: .keys, realm: realm))
        }
        realm.getter(proto, "size") { realm, this, _, _ in
            .number(Double(try MapAndSetOps.thisMap(realm, this, "get Map.prototype.size", set: false).size))
        }
        realm.method(proto, "values", 0) { realm, this, _, _ in
            .object(try MapAndSetOps.thisMap(realm, this, "Map.prototype.values", set: false).makeIterator(kind: .values, realm: realm))
        }
    }

    private static func installSet(_ realm: Realm) {
        let proto = realm.setPrototype!
        constructor(realm, "Set", length: 0, prototype: proto) { realm, _, args, newTarget in
            guard let nt = newTarget else { throw realm.typeError("Constructor Set requires 'new'") }
            let s = JSMapObject(isSet: true, proto: try MapAndSetOps.prototypeFor(realm, nt, realm.setPrototype))
            let iterable = args[arg: 0]
            if iterable.isNullish { return .object(s) }
            let adder = try realm.get(s, "add")
            guard adder.isCallable else {
                throw realm.typeError("'\(realm.describeForError(adder))' returned for property 'add' of object '#<Set>' is not a function")
            }
            let fast = adder.asObject === realm.builtinState.setAdd
            try MapAndSetOps.iterate(realm, iterable) { v in
                if fast { s.set(v, v) } else { _ = try realm.call(adder, this: .object(s), [v]) }
            }
            return .object(s)
        }
        realm.method(proto, "has", 1) { realm, this, args, _ in
            .bool(try MapAndSetOps.thisMap(realm, this, "Set.prototype.has", set: true).has(args[arg: 0]))
        }
        let add = realm.method(proto, "add", 1) { realm, this, args, _ in
            try MapAndSetOps.thisMap(realm, this, "Set.prototype.add", set: true).set(args[arg: 0], args[arg: 0])
            return this
        }
        realm.builtinState.setAdd = add
        realm.method(proto, "delete", 1) { realm, this, args, _ in
            .bool(try MapAndSetOps.thisMap(realm, this, "Set.prototype.delete", set: true).delete(args[arg: 0]))
        }
        realm.method(proto, "clear", 0) { realm, this, _, _ in
            try MapAndSetOps.thisMap(realm, this, "Set.prototype.clear", set: true).clear()
            return .undefined
        }
        realm.method(proto, "entries", 0) { realm, this, _, _ in
            .object(try MapAndSetOps.thisMap(realm, this, "Set.prototype.entries", set: true).makeIterator(kind: .entries, realm: realm))
        }
        realm.method(proto, "forEach", 1) { realm, this, args, _ in
            let m = try MapAndSetOps.thisMap(realm, this, "Set.prototype.forEach", set: true)
            try MapAndSetOps.forEach(realm, m, args)
            return .undefined
        }
        realm.getter(proto, "size") { realm, this, _, _ in
            .number(Double(try MapAndSetOps.thisMap(realm, this, "get Set.prototype.size", set: true).size))
        }
        let values = realm.method(proto, "values", 0) { realm, this, _, _ in
            .object(try MapAndSetOps.thisMap(realm, this, "Set.prototype.values", set: true).makeIterator(kind: .values, realm: realm))
        }
        proto.define("keys", .object(values))
    }
}

/// Shared pieces of the Map and Set builtins: receiver checks, live forEach, constructor iteration.
enum MapAndSetOps {

    static func prototypeFor(_ realm: Realm, _ newTarget: JSObject, _ intrinsic: JSObject) throws -> JSObject {
        if let f = newTarget as? JSFunction, case .object(let p) = try realm.get(f, "prototype") { return p }
        return intrinsic
    }

    static func thisMap(_ realm: Realm, _ this: JSValue, _ method: String, set: Bool) throws -> JSMapObject {
        if case .object(let o) = this, let m = o as? JSMapObject, m.isSet == set { return m }
        throw realm.typeError("Method \(method) called on incompatible receiver \(describeReceiver(realm, this))")
    }

    /// How V8 prints a receiver in "called on incompatible receiver X".
    static func describeReceiver(_ realm: Realm, _ v: JSValue) -> String {
        switch v {
        case .string(let s): return s.string
        case .object(let o):
            if o is JSArray { return (try? realm.toSwiftString(v)) ?? "[object Array]" }
            if o.isCallable { return realm.describeForError(v) }
            return "#<\(realm.constructorName(of: o))>"
        default: return realm.describeForError(v)
        }
    }

    /// How V8 prints a non-object entry in "Iterator value X is not an entry object".
    static func describeEntry(_ realm: Realm, _ v: JSValue) -> String {
        if case .string(let s) = v { return s.string }
        return realm.describeForError(v)
    }

    /// Map/Set forEach: visits entries live (added ones are visited, deleted ones skipped).
    static func forEach(_ realm: Realm, _ m: JSMapObject, _ args: [JSValue]) throws {
        let f = args[arg: 0]
        guard case .object(let fn) = f, fn.isCallable else {
            throw realm.typeError("\(describeNonCallable(realm, f)) is not a function")
        }
        let thisArg = args[arg: 1]
        var i = 0
        while i < m.capacityUsed {
            if let (k, v) = m.entry(at: i) {
                _ = try realm.interpreter.call(fn, this: thisArg, m.isSet ? k : v, k, .object(m))
            }
            i += 1
        }
    }

    /// V8's "<typeof> <value>" description of a non-callable in Map/Set forEach.
    static func describeNonCallable(_ realm: Realm, _ v: JSValue) -> String {
        switch v {
        case .undefined: return "undefined"
        case .null: return "object null"
        case .object: return "object"
        case .string(let s): return "string \"\(s.string)\""
        default: return "\(v.typeofString) \((try? realm.toSwiftString(v)) ?? "")"
        }
    }

    /// Iterates the constructor argument, with V8's message for a non-iterable.
    static func iterate(_ realm: Realm, _ v: JSValue, _ body: (JSValue) throws -> Void) throws {
        if !ArrayOps.isIterable(v) {
            let d: String
            switch v {
            case .object: d = "object is not iterable (cannot read property Symbol(Symbol.iterator))"
            case .string(let s): d = "string \"\(s.string)\" is not iterable (cannot read property Symbol(Symbol.iterator))"
            default: d = "\(v.typeofString) \((try? realm.toSwiftString(v)) ?? "") is not iterable (cannot read property Symbol(Symbol.iterator))"
            }
            throw realm.typeError(d)
        }
        let it = try realm.interpreter.makeIterator(v)
        while let x = try it.next(realm) { try body(x) }
    }
}
