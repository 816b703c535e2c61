/// The Function constructor (which refuses dynamic code: this engine has no eval) and
/// Function.prototype's apply, bind, call and toString, plus the poisoned
/// `arguments`/`caller` accessors, in V8's property order.
extension Builtins {
    /// Installs `Function` and Function.prototype's methods.
    static func installFunction(_ realm: Realm) {
        let fp = realm.functionPrototype
        let thrower = realm.makeNative("", length: 0) { realm, this, _, _ in
            // V8 gives sloppy functions own `arguments`/`caller` properties that read as null
            // outside a call; reading them through this accessor gives the same value.
            if let f = this.asFunction, let code = f.codeBlock, code.kind == .normal, !code.isStrict {
                return .null
            }
            throw realm.typeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them")
        }
        thrower.extensible = false
        fp.defineAccessor("arguments", getter: thrower, setter: thrower, [.configurable])
        fp.defineAccessor("caller", getter: thrower, setter: thrower, [.configurable])
        constructor(realm, "Function", length: 1, prototype: fp) { realm, _, _, _ in
            throw realm.error(.evalError, "Code generation from strings disallowed for this context")
        }
        realm.method(fp, "apply", 2) { realm, this, args, _ in
            guard this.isCallable else { throw realm.typeError("\(realm.describeForError(this)) is not a function") }
            let list = args[arg: 1]
            if list.isNullish { return try realm.call(this, this: args[arg: 0], []) }
            return try realm.call(this, this: args[arg: 0], try createListFromArrayLike(realm, list))
        }
        realm.method(fp, "bind", 1) { realm, this, args, _ in
            guard case .object(let target) = this, target.isCallable else {
                throw realm.typeError("Bind must be called on a function")
            }
            let boundArgs = Array(args.dropFirst())
            let f = JSFunction(body: .bound(target: target, this: args[arg: 0], args: boundArgs),
                               proto: target.proto ?? realm.functionPrototype)
            if target.proto == nil { _ = realm.setPrototype(f, nil) }
            var length = 0.0
            if target.getOwn(PropertyKey("length")) != nil, case .number(let l) = try realm.get(target, "length") {
                if l == .infinity { length = .infinity } else if l.isFinite {
                    length = max(0, l.rounded(.towardZero) - Double(boundArgs.count))
                }
            }
            f.define("length", .number(length + 0), [.configurable])
            var name = JSString.empty
            if case .string(let s) = try realm.get(target, "name") { name = s }
            f.define("name", .string(JSString.concat(JSString("bound "), name)), [.configurable])
            return .object(f)
        }
        realm.method(fp, "call", 1) { realm, this, args, _ in
            guard this.isCallable else { throw realm.typeError("\(realm.describeForError(this)) is not a function") }
            return try realm.call(this, this: args[arg: 0], Array(args.dropFirst()))
        }
        realm.method(fp, "toString", 0) { realm, this, _, _ in
            guard case .object(let o) = this, let f = o as? JSFunction else {
                throw realm.typeError("Function.prototype.toString requires that 'this' be a Function")
            }
            return .string(functionSourceText(realm, f))
        }
    }

    /// Function.prototype.toString's text: the source slice of a JS function, or V8's native form.
    static func functionSourceText(_ realm: Realm, _ f: JSFunction) -> String {
        switch f.body {
        case .bytecode(let code, _):
            if !code.sourceText.isEmpty { return code.sourceText }
            return "function \(code.name)() { [native code] }"
        case .native:
            return "function \(f.debugName)() { [native code] }"
        case .bound:
            return "function () { [native code] }"
        }
    }

    /// The most arguments `apply` passes before V8 reports a stack overflow (measured on node 20).
    static let maxSpreadArguments = 124_864.0

    /// CreateListFromArrayLike (Function.prototype.apply and friends).
    static func createListFromArrayLike(_ realm: Realm, _ v: JSValue) throws -> [JSValue] {
        guard case .object(let o) = v else {
            throw realm.typeError("CreateListFromArrayLike called on non-object")
        }
        let len = NumberConversion.toLength(try realm.toNumber(try realm.get(o, "length")))
        // V8 pushes the arguments on its stack: about 125k of them overflow it.
        if len > maxSpreadArguments { throw realm.rangeError("Maximum call stack size exceeded") }
        if let a = o as? JSArray, let packed = a.packedValues { return packed }
        var out: [JSValue] = []
        out.reserveCapacity(Int(len))
        for i in 0..<Int(len) {
            out.append(try realm.get(o, PropertyKey.index(UInt32(i)), receiver: v))
        }
        return out
    }
}
