extension Builtins {
    /// Installs `next` on the shared iterator prototype: array, string, Map and Set iterators
    /// (all `JSIteratorObject`s) answer `{ value, done }` result objects.
    static func installIterators(_ realm: Realm) {
        let proto = realm.iteratorPrototype!
        realm.method(proto, "next", 0) { realm, this, _, _ in
            guard case .object(let o) = this, let it = o as? JSIteratorObject else {
                throw realm.typeError("Method Iterator.prototype.next called on incompatible receiver \(realm.describeForError(this))")
            }
            let result = realm.newObject()
            if let v = try it.next(realm) {
                result.define("value", v, .default)
                result.define("done", .bool(false), .default)
            } else {
                result.define("value", .undefined, .default)
                result.define("done", .bool(true), .default)
            }
            return .object(result)
        }
    }
}
