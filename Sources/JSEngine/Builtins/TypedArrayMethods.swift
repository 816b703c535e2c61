extension Builtins {
    /// %TypedArray%.prototype: the getters (buffer, byteLength, byteOffset, length) and the
    /// methods shared by all nine typed array kinds.
    static func installTypedArrayPrototype(_ realm: Realm, _ proto: JSObject) {
        for name in ["buffer", "byteLength", "byteOffset", "length"] {
            realm.getter(proto, name) { realm, this, _, _ in
                guard let t = this.asObject as? JSTypedArray else {
                    var r = realm.describeForError(this)
                    if case .object(let o) = this { r = "[object \(o is JSArray ? "Array" : o.isCallable ? "Function" : "Object")]" }
                    throw realm.typeError("Method get TypedArray.prototype.\(name) called on incompatible receiver \(r)")
                }
                switch name {
                case "buffer": return .object(t.buffer)
                case "byteLength": return .number(Double(t.length * t.kind.bytesPerElement))
                case "byteOffset": return .number(Double(t.byteOffset))
                default: return .number(Double(t.length))
                }
            }
        }
        realm.method(proto, "at", 1) { realm, this, args, _ in
            let t = try TypedArrayOps.this(realm, this)
            let r = try realm.toInteger(args[arg: 0])
            let k = r >= 0 ? r : Double(t.length) + r
            if k < 0 || k >= Double(t.length) { return .undefined }
            return .number(t.load(Int(k)))
        }
        realm.method(proto, "entries", 0) { realm, this, _, _ in
            .object(ArrayLikeIterator(target: .object(try TypedArrayOps.this(realm, this)), kind: .entries, proto: realm.iteratorPrototype))
        }
        realm.method(proto, "every", 1) { realm, this, args, _ in
            let (t, f) = try TypedArrayOps.callbackSetup(realm, this, args)
            for i in 0..<t.length where !(try TypedArrayOps.call(realm, f, args, t, i)).truthy { return .bool(false) }
            return .bool(true)
        }
        realm.method(proto, "fill", 1) { realm, this, args, _ in
            let t = try TypedArrayOps.this(realm, this)
            let d = try realm.toNumber(args[arg: 0])
            let len = Double(t.length)
            let k = try ArrayOps.relativeIndex(realm, args[arg: 1], len, default: 0)
            let fin = try ArrayOps.relativeIndex(realm, args[arg: 2], len, default: len)
            var i = Int(k)
            while i < Int(fin) && i < t.length {
                t.store(i, d)
                i += 1
            }
            return .object(t)
        }
        realm.method(proto, "filter", 1) { realm, this, args, _ in
            let (t, f) = try TypedArrayOps.callbackSetup(realm, this, args)
            var kept: [Double] = []
            for i in 0..<t.length where try TypedArrayOps.call(realm, f, args, t, i).truthy { kept.append(t.load(i)) }
            let r = try TypedArrayOps.create(realm, t.kind, kept.count)
            for (i, d) in kept.enumerated() { r.store(i, d) }
            return .object(r)
        }
        for (name, fromEnd, wantIndex) in [("find", false, false), ("findIndex", false, true),
                                           ("findLast", true, false), ("findLastIndex", true, true)] {
            realm.method(proto, name, 1) { realm, this, args, _ in
                let (t, f) = try TypedArrayOps.callbackSetup(realm, this, args)
                let order: [Int] = fromEnd ? Array((0..<t.length).reversed()) : Array(0..<t.length)
                for i in order {
                    let v = JSValue.number(i < t.length ? t.load(i) : .nan)
                    if try realm.interpreter.call(f, this: args[arg: 1], i < t.length ? v : .undefined, .number(Double(i)), .object(t)).truthy {
                        return wantIndex ? .number(Double(i)) : (i < t.length ? v : .undefined)
                    }
                }
                return wantIndex ? .number(-1) : .undefined
            }
        }
        realm.method(proto, "forEach", 1) { realm, this, args, _ in
            let (t, f) = try TypedArrayOps.callbackSetup(realm, this, args)
            for i in 0..<t.length { _ = try TypedArrayOps.call(realm, f, args, t, i) }
            return .undefined
        }
        realm.method(proto, "includes", 1) { realm, this, args, _ in
            let t = try TypedArrayOps.this(realm, this)
            if t.length == 0 { return .bool(false) }
            var k = try ArrayOps.startIndex(realm, args[arg: 1], Double(t.length))
            guard case .number(let target) = args[arg: 0] else { return .bool(false) }
            while k < Double(t.length) {
                let d = t.load(Int(k))
                if d == target || (d.isNaN && target.isNaN) { return .bool(true) }
                k += 1
            }
            return .bool(false)
        }
        realm.method(proto, "indexOf", 1) { realm, this, args, _ in
            let t = try TypedArrayOps.this(realm, this)
            if t.length == 0 { return .number(-1) }
            var k = try ArrayOps.startIndex(realm, args[arg: 1], Double(t.length))
            guard case .number(let target) = args[arg: 0] else { return .number(-1) }
            while k < Double(t.length) {
                if t.load(Int(k)) == target { return .number(k) }
                k += 1
            }
            return .number(-1)
        }
        realm.method(proto, "join", 1) { realm, this, args, _ in
            let t = try TypedArrayOps.this(realm, this)
            return .string(try ArrayOps.join(realm, t, args[arg: 0]))
        }
        realm.method(proto, "keys", 0) { realm, this, _, _ in
            .object(ArrayLikeIterator(target: .object(try TypedArrayOps.this(realm, this)), kind: .keys, proto: realm.iteratorPrototype))
        }
        realm.method(proto, "lastIndexOf", 1) { realm, this, args, _ in
            let t = try TypedArrayOps.this(realm, this)
            let len = Double(t.length)
            if len == 0 { return .number(-1) }
            var k = len - 1
            if args.count > 1 {
                let n = try realm.toInteger(args[1])
                if n == -Double.infinity { return .number(-1) }
                k = n >= 0 ? min(n, len - 1) : len + n
            }
            guard case .number(let target) = args[arg: 0] else { return .number(-1) }
            while k >= 0 {
                if t.load(Int(k)) == target { return .number(k + 0) }
                k -= 1
            }
            return .number(-1)
        }
        realm.method(proto, "map", 1) { realm, this, args, _ in
            let (t, f) = try TypedArrayOps.callbackSetup(realm, this, args)
            let r = try TypedArrayOps.create(realm, t.kind, t.length)
            for i in 0..<t.length { try TypedArrayOps.put(realm, r, i, try TypedArrayOps.call(realm, f, args, t, i)) }
            return .object(r)
        }
        for (name, fromEnd) in [("reduce", false), ("reduceRight", true)] {
            realm.method(proto, name, 1) { realm, this, args, _ in
                let (t, f) = try TypedArrayOps.callbackSetup(realm, this, args)
                var order: [Int] = fromEnd ? Array((0..<t.length).reversed()) : Array(0..<t.length)
                var acc: JSValue
                if args.count > 1 {
                    acc = args[1]
                } else {
                    guard let first = order.first else { throw realm.typeError("Reduce of empty array with no initial value") }
                    acc = .number(t.load(first))
                    order.removeFirst()
                }
                for i in order {
                    let v: JSValue = i < t.length ? .number(t.load(i)) : .undefined
                    acc = try realm.interpreter.call(f, this: .undefined, acc, v, .number(Double(i)), .object(t))
                }
                return acc
            }
        }
        realm.method(proto, "reverse", 0) { realm, this, _, _ in
            let t = try TypedArrayOps.this(realm, this)
            var lo = 0, hi = t.length - 1
            while lo < hi {
                let a = t.load(lo)
                t.store(lo, t.load(hi))
                t.store(hi, a)
                lo += 1
                hi -= 1
            }
            return .object(t)
        }
        realm.method(proto, "set", 1) { realm, this, args, _ in
            let t = try TypedArrayOps.this(realm, this)
            let offset = try realm.toInteger(args[arg: 1])
            if offset < 0 { throw realm.rangeError("offset is out of bounds") }
            if let src = args[arg: 0].asObject as? JSTypedArray {
                if Double(src.length) + offset > Double(t.length) { throw realm.rangeError("offset is out of bounds") }
                let values = (0..<src.length).map { src.load($0) }
                for (i, d) in values.enumerated() { t.store(Int(offset) + i, d) }
                return .undefined
            }
            let src = try realm.toObject(args[arg: 0])
            let len = try ArrayOps.length(realm, src)
            if len + offset > Double(t.length) { throw realm.rangeError("offset is out of bounds") }
            var k = 0.0
            while k < len {
                try TypedArrayOps.put(realm, t, Int(offset + k), try ArrayOps.get(realm, src, k))
                k += 1
            }
            return .undefined
        }
        realm.method(proto, "slice", 2) { realm, this, args, _ in
            let t = try TypedArrayOps.this(realm, this)
            let len = Double(t.length)
            let k = try ArrayOps.relativeIndex(realm, args[arg: 0], len, default: 0)
            let fin = try ArrayOps.relativeIndex(realm, args[arg: 1], len, default: len)
            let count = max(Int(fin - k), 0)
            let r = try TypedArrayOps.create(realm, t.kind, count)
            for i in 0..<count where Int(k) + i < t.length { r.store(i, t.load(Int(k) + i)) }
            return .object(r)
        }
        realm.method(proto, "some", 1) { realm, this, args, _ in
            let (t, f) = try TypedArrayOps.callbackSetup(realm, this, args)
            for i in 0..<t.length where try TypedArrayOps.call(realm, f, args, t, i).truthy { return .bool(true) }
            return .bool(false)
        }
        realm.method(proto, "sort", 1) { realm, this, args, _ in
            let cmp = args[arg: 0]
            if !cmp.isUndefined && !cmp.isCallable {
                throw realm.typeError("The comparison function must be either a function or undefined")
            }
            let t = try TypedArrayOps.this(realm, this)
            try TypedArrayOps.sort(realm, t, cmp.asObject)
            return .object(t)
        }
        realm.method(proto, "subarray", 2) { realm, this, args, _ in
            guard let t = this.asObject as? JSTypedArray else {
                throw realm.typeError("Method %TypedArray%.prototype.subarray called on incompatible receiver \(MapAndSetOps.describeReceiver(realm, this))")
            }
            let len = Double(t.length)
            let begin = try ArrayOps.relativeIndex(realm, args[arg: 0], len, default: 0)
            let fin = try ArrayOps.relativeIndex(realm, args[arg: 1], len, default: len)
            let count = max(Int(fin - begin), 0)
            return .object(JSTypedArray(kind: t.kind, buffer: t.buffer, byteOffset: t.byteOffset + Int(begin) * t.kind.bytesPerElement,
                                        length: count, proto: realm.typedArrayPrototypes[t.kind] ?? realm.objectPrototype))
        }
        realm.method(proto, "toLocaleString", 0) { realm, this, _, _ in
            let t = try TypedArrayOps.this(realm, this)
            return .string(try ArrayOps.join(realm, t, .undefined, locale: true))
        }
        if let ts = realm.arrayPrototype.ownDataValue(JSString("toString")) { proto.define("toString", ts) }
        realm.method(proto, "copyWithin", 2) { realm, this, args, _ in
            let t = try TypedArrayOps.this(realm, this)
            let len = Double(t.length)
            let to = try ArrayOps.relativeIndex(realm, args[arg: 0], len, default: 0)
            let from = try ArrayOps.relativeIndex(realm, args[arg: 1], len, default: 0)
            let fin = try ArrayOps.relativeIndex(realm, args[arg: 2], len, default: len)
            let count = Int(min(fin - from, len - to))
            if count > 0 {
                let values = (0..<count).map { t.load(Int(from) + $0) }
                for (i, d) in values.enumerated() where Int(to) + i < t.length { t.store(Int(to) + i, d) }
            }
            return .object(t)
        }
        realm.method(proto, "toReversed", 0) { realm, this, _, _ in
            let t = try TypedArrayOps.this(realm, this)
            let r = try TypedArrayOps.create(realm, t.kind, t.length)
            for i in 0..<t.length { r.store(t.length - 1 - i, t.load(i)) }
            return .object(r)
        }
        realm.method(proto, "toSorted", 1) { realm, this, args, _ in
            let cmp = args[arg: 0]
            if !cmp.isUndefined && !cmp.isCallable {
                throw realm.typeError("The comparison function must be either a function or undefined")
            }
            let t = try TypedArrayOps.this(realm, this)
            let r = try TypedArrayOps.create(realm, t.kind, t.length)
            for i in 0..<t.length { r.store(i, t.load(i)) }
            try TypedArrayOps.sort(realm, r, cmp.asObject)
            return .object(r)
        }
        realm.method(proto, "with", 2) { realm, this, args, _ in
            let t = try TypedArrayOps.this(realm, this)
            let len = Double(t.length)
            let rel = try realm.toInteger(args[arg: 0])
            let idx = rel >= 0 ? rel : len + rel
            let d = try realm.toNumber(args[arg: 1])
            if idx < 0 || idx >= len { throw realm.rangeError("Invalid typed array index") }
            let r = try TypedArrayOps.create(realm, t.kind, t.length)
            for i in 0..<t.length { r.store(i, t.load(i)) }
            r.store(Int(idx), d)
            return .object(r)
        }
        realm.method(proto, "values", 0) { realm, this, _, _ in
            .object(ArrayLikeIterator(target: .object(try TypedArrayOps.this(realm, this)), kind: .values, proto: realm.iteratorPrototype))
        }
    }
}

extension TypedArrayOps {
    /// Sorts in place: numerically (-0 before +0, NaN last) or with a comparator (V8's TimSort).
    static func sort(_ realm: Realm, _ t: JSTypedArray, _ cmp: JSObject?) throws {
        var values = (0..<t.length).map { t.load($0) }
        if let f = cmp {
            try ArraySorter.timSort(&values) { a, b in
                let r = try realm.toNumber(try realm.interpreter.call(f, this: .undefined, .number(a), .number(b)))
                return r.isNaN ? 0 : r
            }
        } else {
            values.sort { a, b in
                if a.isNaN { return false }
                if b.isNaN { return true }
                if a == 0 && b == 0 { return a.sign == .minus && b.sign == .plus }
                return a < b
            }
        }
        for (i, d) in values.enumerated() where i < t.length { t.store(i, d) }
    }

    /// The receiver as a typed array, with V8's message otherwise.
    static func this(_ realm: Realm, _ this: JSValue) throws -> JSTypedArray {
        if let t = this.asObject as? JSTypedArray { return t }
        throw realm.typeError("this is not a typed array.")
    }

    static func callbackSetup(_ realm: Realm, _ this: JSValue, _ args: [JSValue]) throws -> (JSTypedArray, JSObject) {
        let t = try self.this(realm, this)
        return (t, try ArrayOps.callback(realm, args[arg: 0]))
    }

    /// Calls a (value, index, array) callback on element `i` (undefined if the array shrank).
    @inline(__always) static func call(_ realm: Realm, _ f: JSObject, _ args: [JSValue], _ t: JSTypedArray, _ i: Int) throws -> JSValue {
        let v: JSValue = i < t.length ? .number(t.load(i)) : .undefined
        return try realm.interpreter.call(f, this: args[arg: 1], v, .number(Double(i)), .object(t))
    }
}
