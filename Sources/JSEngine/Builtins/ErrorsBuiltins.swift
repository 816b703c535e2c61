/// Error and its native subclasses (TypeError, RangeError, ...): constructors, `message`,
/// `name` and `Error.prototype.toString`.
extension Builtins {
    static func installErrors(_ realm: Realm) {
        let base = JSObject(proto: realm.objectPrototype)
        realm.errorPrototypes[.error] = base
        let errorCtor = makeErrorConstructor(realm, .error, prototype: base)
        base.define("name", .string("Error"))
        base.define("message", .string(""))
        realm.method(base, "toString", 0) { realm, this, _, _ in
            guard case .object(let o) = this else {
                throw realm.typeError("Error.prototype.toString requires that 'this' be an Object")
            }
            let n = try realm.get(o, "name")
            let m = try realm.get(o, "message")
            let name = n.isUndefined ? "Error" : try realm.toSwiftString(n)
            let msg = m.isUndefined ? "" : try realm.toSwiftString(m)
            if name.isEmpty { return .string(msg) }
            if msg.isEmpty { return .string(name) }
            return .string(name + ": " + msg)
        }
        for kind in ErrorKind.allCases where kind != .error {
            let proto = JSObject(proto: base)
            realm.errorPrototypes[kind] = proto
            let c = makeErrorConstructor(realm, kind, prototype: proto)
            _ = realm.setPrototype(c, errorCtor)
            proto.define("name", .string(kind.rawValue))
            proto.define("message", .string(""))
        }
    }

    private static func makeErrorConstructor(_ realm: Realm, _ kind: ErrorKind, prototype: JSObject) -> JSFunction {
        constructor(realm, kind.rawValue, length: 1, prototype: prototype) { realm, _, args, newTarget in
            var proto = prototype
            if let nt = newTarget, case .object(let p) = try realm.get(nt, "prototype") { proto = p }
            let e = JSErrorObject(proto: proto)
            let m = args[arg: 0]
            if !m.isUndefined { e.define("message", .string(try realm.toJSString(m))) }
            if case .object(let opts) = args[arg: 1], realm.hasProperty(opts, PropertyKey("cause")) {
                e.define("cause", try realm.get(opts, "cause"))
            }
            return .object(e)
        }
    }
}
