extension Builtins {
    /// Installs the Array constructor, its statics (isArray, of, from) and Array.prototype.
    static func installArray(_ realm: Realm) {
        let proto = realm.arrayPrototype!
        let ctor = constructor(realm, "Array", length: 1, prototype: proto) { realm, _, args, newTarget in
            let a = JSArray(proto: try ArrayOps.prototypeFor(realm, newTarget), values: [])
            if args.count == 1 {
                if case .number(let d) = args[0] {
                    guard let n = UInt32(exactly: d) else { throw realm.rangeError("Invalid array length") }
                    a.setLength(n)
                    a.preallocateHoles()
                } else {
                    a.append(args[0])
                }
                return .object(a)
            }
            a.elements = ElementStorage(values: args)
            a.length = UInt32(args.count)
            return .object(a)
        }
        realm.builtinState.arrayConstructor = ObjectIdentifier(ctor)

        realm.method(ctor, "isArray", 1) { _, _, args, _ in .bool(ArrayOps.isArray(args[arg: 0])) }
        realm.method(ctor, "from", 1) { realm, this, args, _ in
            try ArrayOps.from(realm, this, args[arg: 0], args[arg: 1], args[arg: 2])
        }
        realm.method(ctor, "of", 0) { realm, this, args, _ in
            let a = try ArrayOps.constructFromThis(realm, this, length: Double(args.count))
            for (i, v) in args.enumerated() { try ArrayOps.create(realm, a, Double(i), v) }
            try ArrayOps.setLength(realm, a, Double(args.count))
            return .object(a)
        }

        // Install into a staging object, then define on the prototype in V8's property order.
        let staging = JSObject(proto: nil)
        installArrayMutators(realm, staging)
        installArraySearchAndIteration(realm, staging)
        installArrayReordering(realm, staging)
        let order = ["at", "concat", "copyWithin", "fill", "find", "findIndex", "findLast", "findLastIndex",
                     "lastIndexOf", "pop", "push", "reverse", "shift", "unshift", "slice", "sort", "splice",
                     "includes", "indexOf", "join", "keys", "entries", "values", "forEach", "filter", "flat",
                     "flatMap", "map", "every", "some", "reduce", "reduceRight", "toLocaleString", "toString",
                     "toReversed", "toSorted", "toSpliced", "with"]
        ArrayOps.moveProperties(from: staging, to: proto, order: order)
    }
}

extension ArrayOps {
    /// Defines `staging`'s properties on `target`, those named in `order` first and in that order
    /// (builtins are installed by area but V8 lists them in its own order).
    static func moveProperties(from staging: JSObject, to target: JSObject, order: [String]) {
        let rest = staging.shape.keys.map { $0.string }.filter { !order.contains($0) }
        for name in order + rest {
            guard let p = staging.getOwn(PropertyKey(name)) else { continue }
            target.putOwn(PropertyKey(name), p.value, p.attributes)
        }
    }

    /// The Array constructor's identity (to tell `new Array` from subclass constructors in ArraySpeciesCreate).

    /// The prototype for an array created by `new.target` (subclasses of Array).
    static func prototypeFor(_ realm: Realm, _ newTarget: JSObject?) throws -> JSObject {
        guard let nt = newTarget, ObjectIdentifier(nt) != realm.builtinState.arrayConstructor else { return realm.arrayPrototype }
        if case .object(let p) = try realm.get(nt, "prototype") { return p }
        return realm.arrayPrototype
    }

    /// ArraySpeciesCreate: a plain array unless `original` is an array whose constructor is a
    /// different constructor (an Array subclass), which is then constructed with `length`.
    static func speciesCreate(_ realm: Realm, _ original: JSObject, _ length: Double) throws -> JSObject {
        if original is JSArray {
            let c = try realm.get(original, "constructor")
            if case .object(let f) = c, ObjectIdentifier(f) != realm.builtinState.arrayConstructor {
                if let fn = f as? JSFunction, fn.isConstructor {
                    guard case .object(let r) = try realm.construct(c, [.number(length)]) else {
                        throw realm.typeError("object is not a constructor")
                    }
                    return r
                }
                if !(f is JSFunction) && !f.isCallable {
                    // An object constructor without Symbol.species support acts as undefined.
                    return try plainArray(realm, length)
                }
                throw realm.typeError("object.constructor[Symbol.species] is not a constructor")
            }
        }
        return try plainArray(realm, length)
    }

    static func plainArray(_ realm: Realm, _ length: Double) throws -> JSArray {
        guard let n = UInt32(exactly: length) else { throw realm.rangeError("Invalid array length") }
        let a = realm.newArray()
        if n > 0 { a.setLength(n) }
        return a
    }

    /// `new C(len)` for Array.of / Array.from called on a constructor other than Array.
    static func constructFromThis(_ realm: Realm, _ this: JSValue, length: Double?) throws -> JSObject {
        if case .object(let f) = this, ObjectIdentifier(f) != realm.builtinState.arrayConstructor, let fn = f as? JSFunction, fn.isConstructor {
            let args: [JSValue] = length.map { [.number($0)] } ?? []
            guard case .object(let r) = try realm.construct(this, args) else { throw realm.typeError("object is not a constructor") }
            return r
        }
        return realm.newArray()
    }

    /// Whether Array.from should use the iteration protocol for `v`.
    static func isIterable(_ v: JSValue) -> Bool {
        switch v {
        case .string: return true
        case .object(let o):
            return o is JSArray || o is JSTypedArray || o is JSArgumentsObject || o is JSMapObject || o is JSIteratorObject
        default: return false
        }
    }

    /// Array.from(items, mapFn, thisArg).
    static func from(_ realm: Realm, _ this: JSValue, _ items: JSValue, _ mapFn: JSValue, _ thisArg: JSValue) throws -> JSValue {
        var mapper: JSObject? = nil
        if !mapFn.isUndefined { mapper = try callback(realm, mapFn) }
        if items.isNullish {
            throw realm.typeError("\(items.isUndefined ? "undefined" : "object null") is not iterable (cannot read property Symbol(Symbol.iterator))")
        }
        if isIterable(items) {
            let a = try constructFromThis(realm, this, length: nil)
            var k = 0.0
            if mapper == nil, let arr = a as? JSArray, case .object(let src) = items, let s = src as? JSArray, let packed = s.packedValues {
                for v in packed { arr.append(v) }
                return .object(arr)
            }
            let it = try realm.interpreter.makeIterator(items)
            while let v = try it.next(realm) {
                let mapped = try mapper.map { try realm.interpreter.call($0, this: thisArg, v, .number(k)) } ?? v
                try create(realm, a, k, mapped)
                k += 1
            }
            try setLength(realm, a, k)
            return .object(a)
        }
        let src = try realm.toObject(items)
        let len = try length(realm, src)
        let a = try constructFromThis(realm, this, length: len)
        var k = 0.0
        while k < len {
            let v = try get(realm, src, k)
            let mapped = try mapper.map { try realm.interpreter.call($0, this: thisArg, v, .number(k)) } ?? v
            try create(realm, a, k, mapped)
            k += 1
        }
        try setLength(realm, a, len)
        return .object(a)
    }

    /// A packed, writable, extensible array whose dense storage may be edited directly.
    @inline(__always) static func fastArray(_ o: JSObject) -> JSArray? {
        guard let a = o as? JSArray, !a.elements.isSparse, a.extensible, a.lengthWritable,
              Int(a.length) == a.elements.dense.count, !a.elements.kind.isHoley else { return nil }
        return a
    }
}
