/// The Object constructor and its static functions (keys, assign, create, defineProperty,
/// freeze, ...). Object.prototype's methods live in ObjectBuiltinsPrototype.swift.
extension Builtins {
    /// Installs `Object`, its static methods (in V8's property order) and Object.prototype.
    static func installObject(_ realm: Realm) {
        let op = realm.objectPrototype
        let selfRef = FunctionRef()
        let ctor = constructor(realm, "Object", length: 1, prototype: op) { realm, _, args, newTarget in
            if let nt = newTarget, nt !== selfRef.function {
                let p = try realm.get(nt, PropertyKey.prototype, receiver: .object(nt))
                return .object(JSObject(proto: p.asObject ?? realm.objectPrototype))
            }
            let v = args[arg: 0]
            if v.isNullish { return .object(realm.newObject()) }
            return .object(try realm.toObject(v))
        }
        selfRef.function = ctor
        installObjectStatics(realm, ctor)
        installObjectPrototype(realm)
    }

    private static func installObjectStatics(_ realm: Realm, _ ctor: JSFunction) {
        realm.method(ctor, "assign", 2) { realm, _, args, _ in
            let to = try realm.toObject(args[arg: 0])
            for src in args.dropFirst() where !src.isNullish {
                let from = try realm.toObject(src)
                for k in from.ownKeys() {
                    guard let p = from.getOwn(k), p.attributes.contains(.enumerable) else { continue }
                    let v = try realm.get(from, k, receiver: .object(from))
                    try realm.setValue(.object(to), k, v, strict: true)
                }
            }
            return .object(to)
        }
        realm.method(ctor, "getOwnPropertyDescriptor", 2) { realm, _, args, _ in
            let o = try realm.toObject(args[arg: 0])
            let k = try realm.toPropertyKey(args[arg: 1])
            guard let p = o.getOwn(k) else { return .undefined }
            return .object(ObjectDescriptors.fromOwn(realm, p))
        }
        realm.method(ctor, "getOwnPropertyDescriptors", 1) { realm, _, args, _ in
            let o = try realm.toObject(args[arg: 0])
            let out = realm.newObject()
            for k in o.ownKeys() {
                guard let p = o.getOwn(k) else { continue }
                out.putOwn(k, .object(ObjectDescriptors.fromOwn(realm, p)), .default)
            }
            return .object(out)
        }
        realm.method(ctor, "getOwnPropertyNames", 1) { realm, _, args, _ in
            let o = try realm.toObject(args[arg: 0])
            return .object(realm.newArray(o.ownKeys().map { .string($0.jsString) }))
        }
        realm.method(ctor, "getOwnPropertySymbols", 1) { realm, _, args, _ in
            _ = try realm.toObject(args[arg: 0])
            return .object(realm.newArray())
        }
        realm.method(ctor, "hasOwn", 2) { realm, _, args, _ in
            let o = try realm.toObject(args[arg: 0])
            let k = try realm.toPropertyKey(args[arg: 1])
            return .bool(o.getOwn(k) != nil)
        }
        realm.method(ctor, "is", 2) { _, _, args, _ in
            .bool(Realm.sameValue(args[arg: 0], args[arg: 1]))
        }
        realm.method(ctor, "preventExtensions", 1) { _, _, args, _ in
            if case .object(let o) = args[arg: 0] { o.extensible = false }
            return args[arg: 0]
        }
        realm.method(ctor, "seal", 1) { realm, _, args, _ in
            if case .object(let o) = args[arg: 0] { try ObjectDescriptors.setIntegrity(realm, o, frozen: false) }
            return args[arg: 0]
        }
        realm.method(ctor, "create", 2) { realm, _, args, _ in
            let o: JSObject
            switch args[arg: 0] {
            case .object(let p): o = JSObject(proto: p)
            case .null: o = JSObject(proto: nil)
            default:
                throw realm.typeError("Object prototype may only be an Object or null: \(ObjectDescriptors.describe(realm, args[arg: 0]))")
            }
            if !args[arg: 1].isUndefined { try ObjectDescriptors.defineProperties(realm, o, args[arg: 1]) }
            return .object(o)
        }
        realm.method(ctor, "defineProperties", 2) { realm, _, args, _ in
            guard case .object(let o) = args[arg: 0] else {
                throw realm.typeError("Object.defineProperties called on non-object")
            }
            try ObjectDescriptors.defineProperties(realm, o, args[arg: 1])
            return args[arg: 0]
        }
        realm.method(ctor, "defineProperty", 3) { realm, _, args, _ in
            guard case .object(let o) = args[arg: 0] else {
                throw realm.typeError("Object.defineProperty called on non-object")
            }
            let k = try realm.toPropertyKey(args[arg: 1])
            let d = try ObjectDescriptors.toDescriptor(realm, args[arg: 2])
            try ObjectDescriptors.defineOrThrow(realm, o, k, d)
            return args[arg: 0]
        }
        realm.method(ctor, "freeze", 1) { realm, _, args, _ in
            if case .object(let o) = args[arg: 0] { try ObjectDescriptors.setIntegrity(realm, o, frozen: true) }
            return args[arg: 0]
        }
        realm.method(ctor, "getPrototypeOf", 1) { realm, _, args, _ in
            let o = try realm.toObject(args[arg: 0])
            return o.proto.map { .object($0) } ?? .null
        }
        realm.method(ctor, "setPrototypeOf", 2) { realm, _, args, _ in
            let target = args[arg: 0]
            if target.isNullish { throw realm.typeError("Object.setPrototypeOf called on null or undefined") }
            let proto: JSObject?
            switch args[arg: 1] {
            case .object(let p): proto = p
            case .null: proto = nil
            default:
                throw realm.typeError("Object prototype may only be an Object or null: \(ObjectDescriptors.describe(realm, args[arg: 1]))")
            }
            guard case .object(let o) = target else { return target }
            try setPrototypeOrThrow(realm, o, proto)
            return target
        }
        realm.method(ctor, "isExtensible", 1) { _, _, args, _ in
            .bool(args[arg: 0].asObject?.extensible ?? false)
        }
        realm.method(ctor, "isFrozen", 1) { _, _, args, _ in
            guard case .object(let o) = args[arg: 0] else { return .bool(true) }
            return .bool(ObjectDescriptors.testIntegrity(o, frozen: true))
        }
        realm.method(ctor, "isSealed", 1) { _, _, args, _ in
            guard case .object(let o) = args[arg: 0] else { return .bool(true) }
            return .bool(ObjectDescriptors.testIntegrity(o, frozen: false))
        }
        realm.method(ctor, "keys", 1) { realm, _, args, _ in
            let o = try realm.toObject(args[arg: 0])
            return .object(realm.newArray(realm.ownEnumerableKeys(o).map { .string($0.jsString) }))
        }
        realm.method(ctor, "entries", 1) { realm, _, args, _ in
            let o = try realm.toObject(args[arg: 0])
            var out: [JSValue] = []
            for k in o.ownKeys() {
                guard let p = o.getOwn(k), p.attributes.contains(.enumerable) else { continue }
                let v = try realm.get(o, k, receiver: .object(o))
                out.append(.object(realm.newArray([.string(k.jsString), v])))
            }
            return .object(realm.newArray(out))
        }
        realm.method(ctor, "fromEntries", 1) { realm, _, args, _ in
            let iterable = args[arg: 0]
            if iterable.isNullish { throw realm.typeError("undefined is not iterable") }
            let out = realm.newObject()
            try realm.interpreter.iterate(iterable) { entry in
                guard case .object(let e) = entry else {
                    throw realm.typeError("Iterator value \(ObjectDescriptors.describe(realm, entry)) is not an entry object")
                }
                let k = try realm.get(e, PropertyKey.index(0), receiver: entry)
                let v = try realm.get(e, PropertyKey.index(1), receiver: entry)
                realm.createDataProperty(out, try realm.toPropertyKey(k), v)
            }
            return .object(out)
        }
        realm.method(ctor, "values", 1) { realm, _, args, _ in
            let o = try realm.toObject(args[arg: 0])
            var out: [JSValue] = []
            for k in o.ownKeys() {
                guard let p = o.getOwn(k), p.attributes.contains(.enumerable) else { continue }
                out.append(try realm.get(o, k, receiver: .object(o)))
            }
            return .object(realm.newArray(out))
        }
    }

    /// [[SetPrototypeOf]] that throws V8's TypeErrors (cycle, non-extensible).
    static func setPrototypeOrThrow(_ realm: Realm, _ o: JSObject, _ proto: JSObject?) throws {
        if realm.setPrototype(o, proto) { return }
        if !o.extensible { throw realm.typeError("\(realm.describeForError(.object(o))) is not extensible") }
        throw realm.typeError("Cyclic __proto__ value")
    }
}

/// A late-bound reference to a builtin function, for closures that must recognise the
/// function they belong to (e.g. `new Object()` versus a subclass's `super()`).
final class FunctionRef {
    weak var function: JSFunction?
    init() {}
}
