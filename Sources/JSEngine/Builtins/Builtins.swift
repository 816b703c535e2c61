/// Creates the global object and every builtin of a realm. Each area lives in its own
/// file (`install*` functions) and is installed here in a fixed order, so shapes and
/// property orders are the same in every run.
enum Builtins {
    static func install(in realm: Realm) {
        let op = realm.objectPrototype
        realm.global = JSGlobalObject(proto: op, realm: realm)
        realm.iteratorPrototype = JSObject(proto: op)
        realm.arrayPrototype = JSArray(proto: op)
        realm.stringPrototype = JSPrimitiveObject(primitive: .string(JSString.empty), proto: op)
        realm.numberPrototype = JSPrimitiveObject(primitive: .number(0), proto: op)
        realm.booleanPrototype = JSPrimitiveObject(primitive: .bool(false), proto: op)
        realm.mapPrototype = JSObject(proto: op)
        realm.setPrototype = JSObject(proto: op)
        realm.arrayBufferPrototype = JSObject(proto: op)
        realm.functionPrototype.define("length", .number(0), [.configurable])
        realm.functionPrototype.define("name", .string(""), [.configurable])

        installObject(realm)
        installFunction(realm)
        installErrors(realm)
        installArray(realm)
        installString(realm)
        installNumberAndBoolean(realm)
        installMath(realm)
        installJSON(realm)
        installMapAndSet(realm)
        installTypedArrays(realm)
        installIterators(realm)
        installGlobals(realm)
        installConsole(realm)
    }

    /// Defines a constructor function `name` on the global object, linked with `prototype`.
    @discardableResult
    static func constructor(_ realm: Realm, _ name: String, length: Int, prototype: JSObject,
                            _ body: @escaping NativeFunction) -> JSFunction {
        let c = realm.makeNative(name, length: length, constructible: true, body)
        c.define("prototype", .object(prototype), [])
        prototype.define("constructor", .object(c))
        realm.global.define(name, .object(c))
        return c
    }

    /// Reads `this` as the primitive of a wrapper or the primitive itself (thisNumberValue and friends).
    static func thisPrimitive(_ this: JSValue) -> JSValue {
        if case .object(let o) = this, let w = o as? JSPrimitiveObject { return w.primitive }
        return this
    }
}
