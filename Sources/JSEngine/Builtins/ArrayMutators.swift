extension Builtins {
    /// Array.prototype methods that add, remove or copy elements: push, pop, shift, unshift,
    /// slice, splice, concat, fill, copyWithin, at, with, toSpliced, join, toString, toLocaleString.
    static func installArrayMutators(_ realm: Realm, _ proto: JSObject) {
        realm.method(proto, "at", 1) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            let r = try realm.toInteger(args[arg: 0])
            let k = r >= 0 ? r : len + r
            if k < 0 || k >= len { return .undefined }
            return try ArrayOps.get(realm, o, k)
        }
        realm.method(proto, "concat", 1) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this, "Array.prototype.concat")
            let a = try ArrayOps.speciesCreate(realm, o, 0)
            var n = 0.0
            for item in [JSValue.object(o)] + args {
                if case .object(let e) = item, e is JSArray {
                    let len = try ArrayOps.length(realm, e)
                    if n + len > 9007199254740991 { throw realm.typeError("Invalid array length") }
                    if let dst = a as? JSArray, let src = e as? JSArray, let packed = src.packedValues,
                       ArrayOps.fastArray(dst) != nil, Double(dst.length) == n {
                        for v in packed { dst.append(v) }
                        n += len
                        continue
                    }
                    var k = 0.0
                    while k < len {
                        if let v = try ArrayOps.getIfPresent(realm, e, k) { try ArrayOps.create(realm, a, n, v) }
                        n += 1
                        k += 1
                    }
                } else {
                    try ArrayOps.create(realm, a, n, item)
                    n += 1
                }
            }
            try ArrayOps.setLength(realm, a, n)
            return .object(a)
        }
        realm.method(proto, "copyWithin", 2) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            var to = try ArrayOps.relativeIndex(realm, args[arg: 0], len, default: 0)
            var from = try ArrayOps.relativeIndex(realm, args[arg: 1], len, default: 0)
            let fin = try ArrayOps.relativeIndex(realm, args[arg: 2], len, default: len)
            var count = min(fin - from, len - to)
            var dir = 1.0
            if from < to && to < from + count {
                dir = -1
                from += count - 1
                to += count - 1
            }
            while count > 0 {
                if let v = try ArrayOps.getIfPresent(realm, o, from) {
                    try ArrayOps.set(realm, o, to, v)
                } else {
                    try ArrayOps.delete(realm, o, to)
                }
                from += dir
                to += dir
                count -= 1
            }
            return .object(o)
        }
        realm.method(proto, "fill", 1) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            var k = try ArrayOps.relativeIndex(realm, args[arg: 1], len, default: 0)
            let fin = try ArrayOps.relativeIndex(realm, args[arg: 2], len, default: len)
            let v = args[arg: 0]
            while k < fin {
                try ArrayOps.set(realm, o, ArrayOps.key(realm, k), v)
                k += 1
            }
            return .object(o)
        }
        realm.method(proto, "pop", 0) { realm, this, _, _ in
            let o = try ArrayOps.thisObject(realm, this)
            if let a = ArrayOps.fastArray(o) {
                guard let v = a.elements.dense.popLast() else { return .undefined }
                a.length -= 1
                return v
            }
            let len = try ArrayOps.length(realm, o)
            if len == 0 {
                try ArrayOps.setLength(realm, o, 0)
                return .undefined
            }
            let v = try ArrayOps.get(realm, o, len - 1)
            try ArrayOps.delete(realm, o, len - 1)
            try ArrayOps.setLength(realm, o, len - 1)
            return v
        }
        realm.method(proto, "push", 1) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            if let a = o as? JSArray, a.extensible, a.lengthWritable, !a.elements.isSparse {
                if Double(a.length) + Double(args.count) > 4294967295 { throw realm.rangeError("Invalid array length") }
                for v in args { a.append(v) }
                return .number(Double(a.length))
            }
            try ArrayOps.checkLengthWritable(realm, o)
            let len = try ArrayOps.length(realm, o)
            if len + Double(args.count) > 9007199254740991 {
                throw realm.typeError("Pushing \(args.count) elements on an array-like of length \(realm.numberString(len).string) is disallowed, as the total surpasses 2**53-1")
            }
            if o is JSArray && len + Double(args.count) > 4294967295 { throw realm.rangeError("Invalid array length") }
            var n = len
            for v in args {
                try ArrayOps.set(realm, o, ArrayOps.key(realm, n), v)
                n += 1
            }
            try ArrayOps.setLength(realm, o, n)
            return .number(n)
        }
        realm.method(proto, "shift", 0) { realm, this, _, _ in
            let o = try ArrayOps.thisObject(realm, this)
            if let a = ArrayOps.fastArray(o) {
                if a.length == 0 { return .undefined }
                let v = a.elements.dense.removeFirst()
                a.length -= 1
                return v
            }
            let len = try ArrayOps.length(realm, o)
            if len == 0 {
                try ArrayOps.setLength(realm, o, 0)
                return .undefined
            }
            let first = try ArrayOps.get(realm, o, 0)
            var k = 1.0
            while k < len {
                if let v = try ArrayOps.getIfPresent(realm, o, k) {
                    try ArrayOps.set(realm, o, ArrayOps.key(realm, k - 1), v)
                } else {
                    try ArrayOps.delete(realm, o, k - 1)
                }
                k += 1
            }
            try ArrayOps.delete(realm, o, len - 1)
            try ArrayOps.setLength(realm, o, len - 1)
            return first
        }
        realm.method(proto, "unshift", 1) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            if let a = ArrayOps.fastArray(o) {
                if Double(a.length) + Double(args.count) > 4294967295 { throw realm.rangeError("Invalid array length") }
                var k = a.elements.kind
                for v in args { k = k.generalized(for: v) }
                a.elements.dense.insert(contentsOf: args, at: 0)
                a.elements.kind = k
                a.length += UInt32(args.count)
                return .number(Double(a.length))
            }
            try ArrayOps.checkLengthWritable(realm, o)
            let len = try ArrayOps.length(realm, o)
            let n = Double(args.count)
            if n > 0 {
                if len + n > 9007199254740991 {
                    throw realm.typeError("Unshifting \(args.count) elements on an array-like of length \(realm.numberString(len).string) is disallowed, as the total surpasses 2**53-1")
                }
                if o is JSArray && len + n > 4294967295 { throw realm.rangeError("Invalid array length") }
                var k = len
                while k > 0 {
                    if let v = try ArrayOps.getIfPresent(realm, o, k - 1) {
                        try ArrayOps.set(realm, o, ArrayOps.key(realm, k + n - 1), v)
                    } else {
                        try ArrayOps.delete(realm, o, k + n - 1)
                    }
                    k -= 1
                }
                for (j, v) in args.enumerated() { try ArrayOps.set(realm, o, ArrayOps.key(realm, Double(j)), v) }
            }
            try ArrayOps.setLength(realm, o, len + n)
            return .number(len + n)
        }
        realm.method(proto, "slice", 2) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            let k = try ArrayOps.relativeIndex(realm, args[arg: 0], len, default: 0)
            let fin = try ArrayOps.relativeIndex(realm, args[arg: 1], len, default: len)
            let count = max(fin - k, 0)
            if let src = o as? JSArray, let packed = src.packedValues, try ArrayOps.isPlainSpecies(realm, src) {
                // ToInteger conversions above may have shrunk the array; re-read the current storage.
                if k + count <= Double(packed.count) {
                    return .object(realm.newArray(Array(packed[Int(k)..<Int(k + count)])))
                }
            }
            let a = try ArrayOps.speciesCreate(realm, o, count)
            var i = k, n = 0.0
            while i < fin {
                if let v = try ArrayOps.getIfPresent(realm, o, i) { try ArrayOps.create(realm, a, n, v) }
                i += 1
                n += 1
            }
            try ArrayOps.setLength(realm, a, n)
            return .object(a)
        }
        realm.method(proto, "splice", 2) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            let start = try ArrayOps.relativeIndex(realm, args[arg: 0], len, default: 0)
            let items = args.count > 2 ? Array(args[2...]) : []
            var deleteCount: Double
            if args.isEmpty { deleteCount = 0 } else if args.count == 1 { deleteCount = len - start } else {
                deleteCount = min(max(try realm.toInteger(args[1]), 0), len - start)
            }
            let itemCount = Double(items.count)
            if len + itemCount - deleteCount > 9007199254740991 { throw realm.typeError("Invalid array length") }
            if let a = ArrayOps.fastArray(o), Double(a.length) == len, try ArrayOps.isPlainSpecies(realm, a) {
                if len + itemCount - deleteCount > 4294967295 { throw realm.rangeError("Invalid array length") }
                let s = Int(start), d = Int(deleteCount)
                let removed = Array(a.elements.dense[s..<(s + d)])
                a.elements.dense.replaceSubrange(s..<(s + d), with: items)
                var kind = a.elements.kind
                for v in items { kind = kind.generalized(for: v) }
                a.elements.kind = kind
                a.length = UInt32(a.elements.dense.count)
                return .object(realm.newArray(removed))
            }
            let removed = try ArrayOps.speciesCreate(realm, o, deleteCount)
            var k = 0.0
            while k < deleteCount {
                if let v = try ArrayOps.getIfPresent(realm, o, start + k) { try ArrayOps.create(realm, removed, k, v) }
                k += 1
            }
            try ArrayOps.setLength(realm, removed, deleteCount)
            if itemCount < deleteCount {
                k = start
                while k < len - deleteCount {
                    if let v = try ArrayOps.getIfPresent(realm, o, k + deleteCount) {
                        try ArrayOps.set(realm, o, ArrayOps.key(realm, k + itemCount), v)
                    } else {
                        try ArrayOps.delete(realm, o, k + itemCount)
                    }
                    k += 1
                }
                k = len
                while k > len - deleteCount + itemCount {
                    try ArrayOps.delete(realm, o, k - 1)
                    k -= 1
                }
            } else if itemCount > deleteCount {
                if o is JSArray && len + itemCount - deleteCount > 4294967295 { throw realm.rangeError("Invalid array length") }
                k = len - deleteCount
                while k > start {
                    if let v = try ArrayOps.getIfPresent(realm, o, k + deleteCount - 1) {
                        try ArrayOps.set(realm, o, ArrayOps.key(realm, k + itemCount - 1), v)
                    } else {
                        try ArrayOps.delete(realm, o, k + itemCount - 1)
                    }
                    k -= 1
                }
            }
            for (j, v) in items.enumerated() { try ArrayOps.set(realm, o, ArrayOps.key(realm, start + Double(j)), v) }
            try ArrayOps.setLength(realm, o, len - deleteCount + itemCount)
            return .object(removed)
        }
        realm.method(proto, "toSpliced", 2) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            let start = try ArrayOps.relativeIndex(realm, args[arg: 0], len, default: 0)
            let items = args.count > 2 ? Array(args[2...]) : []
            var skip: Double
            if args.isEmpty { skip = 0 } else if args.count == 1 { skip = len - start } else {
                skip = min(max(try realm.toInteger(args[1]), 0), len - start)
            }
            let newLen = len + Double(items.count) - skip
            if newLen > 9007199254740991 { throw realm.typeError("Invalid array length") }
            let a = try ArrayOps.plainArray(realm, 0)
            if newLen > 4294967295 { throw realm.rangeError("Invalid array length") }
            var i = 0.0
            while i < start { a.append(try ArrayOps.get(realm, o, i)); i += 1 }
            for v in items { a.append(v) }
            i = start + skip
            while i < len { a.append(try ArrayOps.get(realm, o, i)); i += 1 }
            return .object(a)
        }
        realm.method(proto, "with", 2) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            let r = try realm.toInteger(args[arg: 0])
            let idx = r >= 0 ? r : len + r
            if idx >= len || idx < 0 { throw realm.rangeError("Invalid index : \(realm.numberString(r).string)") }
            if len > 4294967295 { throw realm.rangeError("Invalid array length") }
            let a = realm.newArray()
            var i = 0.0
            while i < len {
                a.append(i == idx ? args[arg: 1] : try ArrayOps.get(realm, o, i))
                i += 1
            }
            return .object(a)
        }
        realm.method(proto, "join", 1) { realm, this, args, _ in
            let o = try ArrayOps.thisObject(realm, this)
            return .string(try ArrayOps.join(realm, o, args[arg: 0]))
        }
        realm.method(proto, "toLocaleString", 0) { realm, this, _, _ in
            let o = try ArrayOps.thisObject(realm, this)
            return .string(try ArrayOps.join(realm, o, .undefined, locale: true))
        }
        realm.method(proto, "toString", 0) { realm, this, _, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let j = try realm.get(o, "join")
            if j.isCallable { return try realm.call(j, this: .object(o), []) }
            return .string("[object \(o.objectClass.rawValue)]")
        }
    }
}

extension ArrayOps {
    /// Whether ArraySpeciesCreate on `a` would make a plain Array (so fast paths may build one directly).
    static func isPlainSpecies(_ realm: Realm, _ a: JSArray) throws -> Bool {
        if a.shape.slot(of: JSString("constructor")) != nil { return false }
        guard a.proto === realm.arrayPrototype else { return false }
        guard let c = realm.arrayPrototype.ownDataValue(JSString("constructor")), case .object(let f) = c else { return false }
        return ObjectIdentifier(f) == realm.builtinState.arrayConstructor
    }

    /// Array.prototype.join / toLocaleString.
    static func join(_ realm: Realm, _ o: JSObject, _ separator: JSValue, locale: Bool = false) throws -> JSString {
        let len = try length(realm, o)
        let sep: JSString = separator.isUndefined ? JSString(",") : try realm.toJSString(separator)
        let id = ObjectIdentifier(o)
        if realm.builtinState.joinStack.contains(id) { return JSString.empty }
        realm.builtinState.joinStack.append(id)
        defer { realm.builtinState.joinStack.removeLast() }
        var units: [UInt16] = []
        let sepUnits = sep.units
        var k = 0.0
        while k < len {
            if k > 0 { units.append(contentsOf: sepUnits) }
            let v = try get(realm, o, k)
            if locale && !v.isNullish {
                let f = try realm.getValue(v, PropertyKey("toLocaleString"))
                units.append(contentsOf: try realm.toJSString(try realm.call(f, this: v, [])).units)
                k += 1
                continue
            }
            switch v {
            case .undefined, .null, .hole: break
            case .string(let s): units.append(contentsOf: s.units)
            case .number(let d): units.append(contentsOf: realm.numberString(d).units)
            default: units.append(contentsOf: try realm.toJSString(v).units)
            }
            k += 1
        }
        return JSString(units)
    }
}
