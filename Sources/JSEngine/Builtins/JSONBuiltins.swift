/// The JSON namespace object: JSON.parse (JSONParse.swift) and JSON.stringify (JSONStringify.swift).
extension Builtins {
    /// Installs the global `JSON` object with `parse` and `stringify`.
    static func installJSON(_ realm: Realm) {
        let json = JSONNamespaceObject(proto: realm.objectPrototype)
        realm.method(json, "parse", 2) { realm, _, args, _ in
            let text = try realm.toJSString(args[arg: 0])
            var parser = JSONParser(realm: realm, source: text)
            let value = try parser.parse()
            let reviver = args[arg: 1]
            guard reviver.isCallable else { return value }
            let root = realm.newObject()
            root.putOwn(PropertyKey(JSString.empty), value, .default)
            return try JSONReviver(realm: realm, reviver: reviver).internalize(root, PropertyKey(JSString.empty), depth: 0)
        }
        realm.method(json, "stringify", 3) { realm, _, args, _ in
            let s = try JSONSerializer(realm: realm).stringify(args[arg: 0], replacer: args[arg: 1], space: args[arg: 2])
            return s.map { .string($0) } ?? .undefined
        }
        realm.global.define("JSON", .object(json))
    }
}

/// The `JSON` object: an ordinary object whose Object.prototype.toString tag is "JSON".
final class JSONNamespaceObject: JSObject {
    override var objectClass: ObjectClass { .json }
}
