extension Builtins {
    /// Array.prototype's searching and callback-taking methods: indexOf, lastIndexOf, includes,
    /// find*, forEach, map, filter, some, every, reduce*, flat, flatMap, keys, values, entries.
    static func installArraySearchAndIteration(_ realm: Realm, _ proto: JSObject) {
        realm.method(proto, "entries", 0) { realm, this, _, _ in
            .object(ArrayLikeIterator(target: .object(try ArrayOps.thisObject(realm, this)), kind: .entries, proto: realm.iteratorPrototype))
        }
        realm.method(proto, "every", 1) { realm, this, args, _ in
            let (o, len, f) = try ArrayOps.callbackSetup(realm, this, args, "Array.prototype.every")
            var k = 0.0
            while k < len {
                if let v = try ArrayOps.getIfPresent(realm, o, k),
                   !(try realm.interpreter.call(f, this: args[arg: 1], v, .number(k), .object(o))).truthy {
                    return .bool(false)
                }
                k += 1
            }
            return .bool(true)
        }
        realm.method(proto, "filter", 1) { realm, this, args, _ in
            let (o, len, f) = try ArrayOps.callbackSetup(realm, this, args, "Array.prototype.filter")
            let a = try ArrayOps.speciesCreate(realm, o, 0)
            var k = 0.0, n = 0.0
            while k < len {
                if let v = try ArrayOps.getIfPresent(realm, o, k),
                   try realm.interpreter.call(f, this: args[arg: 1], v, .number(k), .object(o)).truthy {
                    try ArrayOps.create(realm, a, n, v)
                    n += 1
                }
                k += 1
            }
            return .object(a)
        }
        for (name, fromEnd, wantIndex) in [("find", false, false), ("findIndex", false, true),
                                           ("findLast", true, false), ("findLastIndex", true, true)] {
            realm.method(proto, name, 1) { realm, this, args, _ in
                let (o, len, f) = try ArrayOps.callbackSetup(realm, this, args, "Array.prototype." + name)
                var k = fromEnd ? len - 1 : 0
                while fromEnd ? k >= 0 : k < len {
                    let v = try ArrayOps.get(realm, o, k)
                    if try realm.interpreter.call(f, this: args[arg: 1], v, .number(k), .object(o)).truthy {
                        return wantIndex ? .number(k) : v
                    }
                    k += fromEnd ? -1 : 1
                }
                return wantIndex ? .number(-1) : .undefined
            }
        }
        realm.method(proto, "flat", 0) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            var depth = 1.0
            if !args[arg: 0].isUndefined {
                depth = try realm.toInteger(args[arg: 0])
                if depth < 0 { depth = 0 }
            }
            let a = try ArrayOps.speciesCreate(realm, o, 0)
            _ = try ArrayOps.flatten(realm, a, o, len, 0, depth, nil, .undefined)
            return .object(a)
        }
        realm.method(proto, "flatMap", 1) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            let f = try ArrayOps.callback(realm, args[arg: 0])
            let a = try ArrayOps.speciesCreate(realm, o, 0)
            _ = try ArrayOps.flatten(realm, a, o, len, 0, 1, f, args[arg: 1])
            return .object(a)
        }
        realm.method(proto, "forEach", 1) { realm, this, args, _ in
            let (o, len, f) = try ArrayOps.callbackSetup(realm, this, args, "Array.prototype.forEach")
            var k = 0.0
            while k < len {
                if let v = try ArrayOps.getIfPresent(realm, o, k) {
                    _ = try realm.interpreter.call(f, this: args[arg: 1], v, .number(k), .object(o))
                }
                k += 1
            }
            return .undefined
        }
        realm.method(proto, "includes", 1) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            if len == 0 { return .bool(false) }
            var k = try ArrayOps.startIndex(realm, args[arg: 1], len)
            let target = args[arg: 0]
            while k < len {
                if Realm.sameValueZero(try ArrayOps.get(realm, o, k), target) { return .bool(true) }
                k += 1
            }
            return .bool(false)
        }
        realm.method(proto, "indexOf", 1) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this, "Array.prototype.indexOf")
            let len = try ArrayOps.length(realm, o)
            if len == 0 { return .number(-1) }
            var k = try ArrayOps.startIndex(realm, args[arg: 1], len)
            let target = args[arg: 0]
            if let a = o as? JSArray, !a.elements.isSparse {
                // Dense storage: holes are absent unless the prototype chain has elements.
                var i = Int(k)
                let end = Int(min(len, Double(a.elements.dense.count)))
                if case .number(let d) = target, !a.elements.kind.isHoley {
                    // Packed storage: no holes, no accessors, nothing user-visible during the scan.
                    let dense = a.elements.dense
                    while i < end {
                        if case .number(let x) = dense[i], x == d { return .number(Double(i)) }
                        i += 1
                    }
                }
                while i < end && i < a.elements.dense.count {
                    let v = a.elements.dense[i]
                    if v.isHole {
                        if let pv = try ArrayOps.getIfPresent(realm, o, Double(i)), Realm.strictEquals(pv, target) { return .number(Double(i)) }
                    } else if Realm.strictEquals(v, target) {
                        return .number(Double(i))
                    }
                    i += 1
                }
                k = Double(i)
            }
            while k < len {
                if let v = try ArrayOps.getIfPresent(realm, o, k), Realm.strictEquals(v, target) { return .number(k) }
                k += 1
            }
            return .number(-1)
        }
        realm.method(proto, "keys", 0) { realm, this, _, _ in
            .object(ArrayLikeIterator(target: .object(try ArrayOps.thisObject(realm, this)), kind: .keys, proto: realm.iteratorPrototype))
        }
        realm.method(proto, "lastIndexOf", 1) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            if len == 0 { return .number(-1) }
            var k: Double
            if args.count > 1 {
                let n = try realm.toInteger(args[1])
                if n == -Double.infinity { return .number(-1) }
                k = n >= 0 ? min(n, len - 1) : len + n
            } else {
                k = len - 1
            }
            let target = args[arg: 0]
            while k >= 0 {
                if let v = try ArrayOps.getIfPresent(realm, o, k), Realm.strictEquals(v, target) { return .number(k + 0) }
                k -= 1
            }
            return .number(-1)
        }
        realm.method(proto, "map", 1) { realm, this, args, _ in
            let (o, len, f) = try ArrayOps.callbackSetup(realm, this, args, "Array.prototype.map")
            if let src = o as? JSArray, try ArrayOps.isPlainSpecies(realm, src) {
                guard len <= 4294967295 else { throw realm.rangeError("Invalid array length") }
                var out: [JSValue] = []
                out.reserveCapacity(Int(len))
                var k = 0.0
                while k < len {
                    if let v = try ArrayOps.getIfPresent(realm, o, k) {
                        out.append(try realm.interpreter.call(f, this: args[arg: 1], v, .number(k), .object(o)))
                    } else {
                        out.append(.hole)
                    }
                    k += 1
                }
                return .object(realm.newArray(out))
            }
            let a = try ArrayOps.speciesCreate(realm, o, len)
            var k = 0.0
            while k < len {
                if let v = try ArrayOps.getIfPresent(realm, o, k) {
                    let r = try realm.interpreter.call(f, this: args[arg: 1], v, .number(k), .object(o))
                    if !realm.createDataProperty(a, ArrayOps.key(realm, k), r) {
                        throw realm.typeError("Cannot add property \(ArrayOps.key(realm, k)), object is not extensible")
                    }
                }
                k += 1
            }
            return .object(a)
        }
        for (name, fromEnd) in [("reduce", false), ("reduceRight", true)] {
            realm.method(proto, name, 1) { realm, this, args, _ in
                let (o, len, f) = try ArrayOps.callbackSetup(realm, this, args, "Array.prototype." + name)
                var k = fromEnd ? len - 1 : 0
                let step: Double = fromEnd ? -1 : 1
                func inRange(_ k: Double) -> Bool { fromEnd ? k >= 0 : k < len }
                var acc: JSValue
                if args.count > 1 {
                    acc = args[1]
                } else {
                    var found: JSValue? = nil
                    while found == nil && inRange(k) {
                        found = try ArrayOps.getIfPresent(realm, o, k)
                        k += step
                    }
                    guard let first = found else { throw realm.typeError("Reduce of empty array with no initial value") }
                    acc = first
                }
                while inRange(k) {
                    if let v = try ArrayOps.getIfPresent(realm, o, k) {
                        acc = try realm.interpreter.call(f, this: .undefined, acc, v, .number(k), .object(o))
                    }
                    k += step
                }
                return acc
            }
        }
        realm.method(proto, "some", 1) { realm, this, args, _ in
            let (o, len, f) = try ArrayOps.callbackSetup(realm, this, args, "Array.prototype.some")
            var k = 0.0
            while k < len {
                if let v = try ArrayOps.getIfPresent(realm, o, k),
                   try realm.interpreter.call(f, this: args[arg: 1], v, .number(k), .object(o)).truthy {
                    return .bool(true)
                }
                k += 1
            }
            return .bool(false)
        }
        realm.method(proto, "values", 0) { realm, this, _, _ in
            .object(ArrayLikeIterator(target: .object(try ArrayOps.thisObject(realm, this)), kind: .values, proto: realm.iteratorPrototype))
        }
    }
}

extension ArrayOps {
    /// Array.prototype.values (also the arguments object's and typed arrays' iterator).

    /// ToObject(this), LengthOfArrayLike, and the callable check, in the spec's order.
    @inline(__always)
    static func callbackSetup(_ realm: Realm, _ this: JSValue, _ args: [JSValue], _ name: String) throws -> (JSObject, Double, JSObject) {
        let o = try thisObject(realm, this, name)
        let len = try length(realm, o)
        let f = try callback(realm, args[arg: 0])
        return (o, len, f)
    }

    /// The start index of indexOf/includes from a fromIndex argument.
    static func startIndex(_ realm: Realm, _ v: JSValue, _ len: Double) throws -> Double {
        let n = try realm.toInteger(v)
        if n == .infinity { return len }
        if n == -.infinity { return 0 }
        if n >= 0 { return n }
        return max(len + n, 0)
    }

    /// FlattenIntoArray; returns the next target index.
    static func flatten(_ realm: Realm, _ target: JSObject, _ source: JSObject, _ sourceLen: Double, _ start: Double,
                        _ depth: Double, _ mapper: JSObject?, _ thisArg: JSValue) throws -> Double {
        var targetIndex = start
        var k = 0.0
        while k < sourceLen {
            if var element = try getIfPresent(realm, source, k) {
                if let m = mapper {
                    element = try realm.interpreter.call(m, this: thisArg, element, .number(k), .object(source))
                }
                if depth > 0, case .object(let inner) = element, inner is JSArray {
                    let innerLen = try length(realm, inner)
                    targetIndex = try flatten(realm, target, inner, innerLen, targetIndex, depth - 1, nil, .undefined)
                } else {
                    if targetIndex >= 9007199254740991 { throw realm.typeError("Invalid array length") }
                    try create(realm, target, targetIndex, element)
                    targetIndex += 1
                }
            }
            k += 1
        }
        return targetIndex
    }
}
