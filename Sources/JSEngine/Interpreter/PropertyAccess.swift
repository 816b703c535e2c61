/// The interpreter's property and element access with inline caches: named loads and
/// stores check the receiver's shape against the entries recorded in the feedback slot
/// before falling back to the generic lookup, and record what they saw.
extension Interpreter {
    // MARK: - Named properties

    /// `v.name` through the inline cache `c`: the feedback slot's cache for the interpreter,
    /// or a cache of the optimized code's own for its generic named loads (which then record
    /// nothing in any feedback vector).
    @inline(__always)
    public func getNamed(_ v: JSValue, _ name: JSString, cache c: PropertyCache) throws -> JSValue {
        if case .object(let o) = v {
            let shape = o.shape
            if c.shape0 === shape {
                if let h = c.holder0 {
                    if h.shape === c.holderShape0 && (c.epoch0 < 0 || c.epoch0 == Shape.prototypeEpoch) {
                        return h.slots[c.slot0]
                    }
                } else {
                    return o.slots[c.slot0]
                }
            } else if c.entries.count > 1 {
                for e in c.entries where e.shape === shape {
                    if let h = e.holder {
                        if h.shape === e.holderShape && (e.epoch < 0 || e.epoch == Shape.prototypeEpoch) { return h.slots[e.slot] }
                    } else {
                        return o.slots[e.slot]
                    }
                }
            }
        }
        else if case .string = v {
            // Methods of string primitives: cached as hits on String.prototype.
            let p = realm.stringPrototype!
            if c.holder0 === p && c.holderShape0 === p.shape { return p.slots[c.slot0] }
        }
        return try getNamedSlow(v, name, cache: c)
    }

    func getNamedSlow(_ v: JSValue, _ name: JSString, cache: PropertyCache) throws -> JSValue {
        if name == JSArray.lengthKey {
            switch v {
            case .object(let o):
                if let a = o as? JSArray {
                    cache.sawArrayLength = true
                    return .number(Double(a.length))
                }
                if let t = o as? JSTypedArray { cache.recordTypedArrayLength(shape: t.shape, kind: t.kind) }
            case .string(let s):
                cache.sawStringLength = true
                return .number(Double(s.count))
            default: break
            }
        }
        guard case .object(let o) = v else {
            if case .string = v, name != JSArray.lengthKey, PropertyKey(name).isName {
                let p = realm.stringPrototype!
                if let slot = p.shape.slot(of: name), !p.shape.attributes[slot].contains(.accessor), !cache.megamorphic {
                    cache.add(PropertyCacheEntry(shape: p.shape, slot: slot, holder: p, holderShape: p.shape))
                }
            }
            return try realm.getValue(v, PropertyKey(name))
        }
        let key = PropertyKey(name)
        guard case .name = key else { return try realm.get(o, key, receiver: v) }
        if let (holder, slot, depth) = cacheableHolder(o, name) {
            if cache.isFull && !cache.entries.contains(where: { $0.shape === o.shape }) {
                cache.goMegamorphic()
            } else {
                var entry = PropertyCacheEntry(shape: o.shape, slot: slot, holder: depth == 0 ? nil : holder,
                                               holderShape: depth == 0 ? nil : holder.shape)
                if depth >= 2 { entry.epoch = Shape.prototypeEpoch }
                cache.add(entry)
            }
            return holder.slots[slot]
        }
        if cache.isFull { cache.goMegamorphic() }
        return try realm.get(o, key, receiver: v)
    }

    /// Where a named data property of `o` lives if a shape-keyed cache entry can describe it,
    /// with its depth on the prototype chain: an own slot (any shape: dictionary shapes only
    /// append slots in place), or a prototype's slot when every object below it has a shared
    /// shape (so none can grow a shadowing property without changing shape or, for
    /// prototypes, `Shape.prototypeEpoch`).
    private func cacheableHolder(_ o: JSObject, _ name: JSString) -> (JSObject, Int, Int)? {
        var cur = o
        var depth = 0
        while depth < 6 {
            if let slot = cur.shape.slot(of: name) {
                return cur.shape.attributes[slot].contains(.accessor) ? nil : (cur, slot, depth)
            }
            guard !cur.shape.isDictionary, cur.getOwn(.name(name)) == nil, let p = cur.proto else { return nil }
            cur = p
            depth += 1
        }
        return nil
    }

    @inline(__always)
    func setNamed(_ target: JSValue, _ name: JSString, _ value: JSValue, fb: Int32, feedback: FeedbackVector, strict: Bool) throws {
        if case .object(let o) = target {
            let c = feedback.propertyCaches[Int(fb)]
            let shape = o.shape
            if c.shape0 === shape && c.holder0 == nil {
                o.slots[c.slot0] = value
                return
            }
            for e in c.entries where e.shape === shape && e.holder == nil {
                o.slots[e.slot] = value
                return
            }
            if !c.transitions.isEmpty && o.extensible && Shape.prototypeEpoch == c.epoch {
                for t in c.transitions where t.from === shape {
                    o.slots.append(value)
                    o.shape = t.to
                    return
                }
            }
        }
        try setNamedSlow(target, name, value, fb: fb, feedback: feedback, strict: strict)
    }

    func setNamedSlow(_ target: JSValue, _ name: JSString, _ value: JSValue, fb: Int32, feedback: FeedbackVector, strict: Bool) throws {
        let key = PropertyKey(name)
        guard case .object(let o) = target, case .name = key else {
            try realm.setValue(target, key, value, strict: strict)
            return
        }
        let before = o.shape
        let epoch = Shape.prototypeEpoch
        try realm.setValue(target, key, value, strict: strict)
        let cache = feedback.propertyCaches[Int(fb)]
        guard !cache.megamorphic else { return }
        if o.shape === before, let slot = before.slot(of: name), before.attributes[slot] == .default {
            if cache.isFull { cache.goMegamorphic() } else { cache.add(PropertyCacheEntry(shape: before, slot: slot, holder: nil, holderShape: nil)) }
        } else if o.shape !== before, !before.isDictionary, !o.shape.isDictionary, o.shape.count == before.count + 1,
                  o.shape.keys.last == name, o.shape.attributes.last == .default, epoch == Shape.prototypeEpoch,
                  noSetterInChain(before.proto, name) {
            if cache.isFull { cache.goMegamorphic() } else { cache.addTransition(from: before, to: o.shape, epoch: epoch) }
        }
    }

    private func noSetterInChain(_ start: JSObject?, _ name: JSString) -> Bool {
        var p = start
        while let cur = p {
            if let s = cur.shape.slot(of: name) {
                let a = cur.shape.attributes[s]
                return !a.contains(.accessor) && a.contains(.writable)
            }
            if cur.getOwn(.name(name)) != nil { return false }
            p = cur.proto
        }
        return true
    }

    // MARK: - Keyed access

    @inline(__always)
    func getKeyed(_ v: JSValue, _ k: JSValue, fb: Int32, feedback: FeedbackVector) throws -> JSValue {
        if case .object(let o) = v, case .number(let d) = k {
            if let a = o as? JSArray {
                let i = Int(exactly: d) ?? -1
                if Double(i) == d, i >= 0, i < a.elements.dense.count, !a.elements.isSparse {
                    let r = a.elements.dense[i]
                    if !r.isHole {
                        feedback.recordElement(fb, array: a, outOfBounds: false)
                        return r
                    }
                }
            } else if let t = o as? JSTypedArray {
                // A numeric key that is not a valid integer index reads undefined, with no
                // prototype lookup.
                let i = Int(exactly: d) ?? -1
                let inBounds = i >= 0 && i < t.length
                feedback.recordElement(fb, object: t, outOfBounds: !inBounds)
                return inBounds ? .number(t.load(i)) : .undefined
            }
        }
        return try getKeyedSlow(v, k, fb: fb, feedback: feedback)
    }

    func getKeyedSlow(_ v: JSValue, _ k: JSValue, fb: Int32, feedback: FeedbackVector) throws -> JSValue {
        if v.isNullish {
            let key = try realm.toPropertyKey(k)
            throw realm.typeError("Cannot read properties of \(v.isUndefined ? "undefined" : "null") (reading '\(key)')")
        }
        let key = try realm.toPropertyKey(k)
        if case .object(let o) = v {
            var oob = false
            if case .index(let i) = key, let a = o as? JSArray { oob = i >= a.length }
            if case .name = key {
                feedback.recordElement(fb, object: o, outOfBounds: false, stringKey: true)
            } else {
                feedback.recordElement(fb, object: o, outOfBounds: oob)
            }
        } else {
            feedback.recordElementNonObject(fb)
        }
        return try realm.getValue(v, key)
    }

    @inline(__always)
    func setKeyed(_ target: JSValue, _ k: JSValue, _ value: JSValue, fb: Int32, feedback: FeedbackVector, strict: Bool) throws {
        if case .object(let o) = target, case .number(let d) = k {
            if let a = o as? JSArray, a.extensible {
                let i = Int(exactly: d) ?? -1
                if Double(i) == d, i >= 0, !a.elements.isSparse {
                    let denseCount = a.elements.dense.count
                    if i < denseCount, !a.elements.dense[i].isHole {
                        a.elements.dense[i] = value
                        a.elements.kind = a.elements.kind.generalized(for: value)
                        feedback.recordElement(fb, array: a, outOfBounds: false)
                        return
                    }
                    // Filling a hole or appending: no setter can intercept unless some
                    // prototype has indexed properties.
                    if !Shape.prototypesHaveElements {
                        if i < denseCount {
                            a.elements.dense[i] = value
                            a.elements.kind = a.elements.kind.generalized(for: value)
                            feedback.recordElement(fb, array: a, outOfBounds: false)
                            return
                        }
                        if i == denseCount, i < Int(a.length) {
                            a.elements.dense.append(value)
                            a.elements.kind = a.elements.kind.generalized(for: value)
                            // Past the dense storage: optimized code would store in place only
                            // below it (`ElementsCapacity`), so the site counts as out of bounds.
                            feedback.recordElement(fb, array: a, outOfBounds: true)
                            return
                        }
                        if i == denseCount, i == Int(a.length), a.lengthWritable {
                            a.append(value)
                            feedback.recordElement(fb, array: a, outOfBounds: true)
                            return
                        }
                    }
                }
            } else if let t = o as? JSTypedArray {
                // Every numeric key of a typed array is an integer index or nothing: a store
                // to a fractional, negative or out-of-range one is dropped (after ToNumber).
                let n = try realm.toNumber(value)
                let i = Int(exactly: d) ?? -1
                let inBounds = i >= 0 && i < t.length
                feedback.recordElement(fb, object: t, outOfBounds: !inBounds)
                if inBounds { t.store(i, n) }
                return
            }
        }
        if target.isNullish {
            let key = try realm.toPropertyKey(k)
            throw realm.typeError("Cannot set properties of \(target.isUndefined ? "undefined" : "null") (setting '\(key)')")
        }
        let key = try realm.toPropertyKey(k)
        if case .object(let o) = target {
            var oob = false
            if case .index(let i) = key, let a = o as? JSArray {
                // Past the length, or past the dense storage of a holey array (see `setKeyed`).
                oob = i >= a.length || (!a.elements.isSparse && Int(i) >= a.elements.dense.count)
            }
            feedback.recordElement(fb, object: o, outOfBounds: oob)
        }
        try realm.setValue(target, key, value, strict: strict)
    }

    public func deleteProperty(_ target: JSValue, _ k: JSValue, strict: Bool) throws -> Bool {
        let key = try realm.toPropertyKey(k)
        guard case .object(let o) = target else {
            if target.isNullish {
                throw realm.typeError("Cannot convert undefined or null to object")
            }
            return true
        }
        let ok = realm.deleteProperty(o, key)
        if !ok && strict {
            throw realm.typeError("Cannot delete property '\(key)' of \(realm.describeForError(target))")
        }
        return ok
    }

    // MARK: - Globals

    func loadGlobal(_ name: JSString, fb: Int32, feedback: FeedbackVector) throws -> JSValue {
        let g = realm.global!
        let c = feedback.propertyCaches[Int(fb)]
        if c.shape0 === g.shape { return g.slots[c.slot0] }
        if let s = g.shape.slot(of: name), !g.shape.attributes[s].contains(.accessor) {
            if !c.megamorphic { c.add(PropertyCacheEntry(shape: g.shape, slot: s, holder: nil, holderShape: nil)) }
            return g.slots[s]
        }
        let key = PropertyKey(name)
        if realm.findInChain(g, key) == nil {
            if let slot = realm.globalLexicalNames[name.string] {
                let v = realm.globalLexicalSlots[slot]
                if v.isHole { throw tdzError(name) }
                return v
            }
            throw realm.referenceError("\(name.string) is not defined")
        }
        return try realm.get(g, key, receiver: .object(g))
    }

    public func storeGlobal(_ name: JSString, _ value: JSValue, strict: Bool) throws {
        let g = realm.global!
        if let s = g.shape.slot(of: name), g.shape.attributes[s].contains(.writable), !g.shape.attributes[s].contains(.accessor) {
            g.slots[s] = value
            return
        }
        if let slot = realm.globalLexicalNames[name.string] {
            if realm.globalLexicalSlots[slot].isHole { throw tdzError(name) }
            if realm.globalLexicalIsConst[slot] { throw realm.typeError("Assignment to constant variable.") }
            realm.globalLexicalSlots[slot] = value
            return
        }
        let key = PropertyKey(name)
        if strict && realm.findInChain(g, key) == nil {
            throw realm.referenceError("\(name.string) is not defined")
        }
        try realm.setValue(.object(g), key, value, strict: strict)
    }

    // MARK: - Literals and classes

    public func defineMethod(_ target: JSValue, _ k: JSValue, _ f: JSValue, enumerable: Bool) throws {
        guard case .object(let o) = target else { return }
        let key = try realm.toPropertyKey(k)
        if let fn = f.asFunction {
            fn.homeObject = o
            setFunctionName(fn, key)
        }
        o.putOwn(key, f, enumerable ? .default : .hidden)
    }

    public func defineAccessor(_ target: JSValue, _ k: JSValue, _ f: JSValue, isGetter: Bool, enumerable: Bool) throws {
        guard case .object(let o) = target, let fn = f.asFunction else { return }
        let key = try realm.toPropertyKey(k)
        fn.homeObject = o
        setFunctionName(fn, key, prefix: isGetter ? "get " : "set ")
        var desc = PropertyDescriptor(enumerable: enumerable, configurable: true)
        if isGetter { desc.get = f } else { desc.set = f }
        if let existing = o.getOwn(key), !existing.attributes.contains(.accessor) {
            o.removeOwn(key)
        }
        _ = try realm.defineOwnProperty(o, key, desc)
    }

    private func setFunctionName(_ fn: JSFunction, _ key: PropertyKey, prefix: String = "") {
        guard case .string(let s)? = fn.ownDataValue(JSString("name")), s.count == 0 || s.string == prefix else { return }
        fn.putOwn(PropertyKey("name"), .string(prefix + key.description), [.configurable])
    }

    func copyDataProperties(_ target: JSValue, _ source: JSValue, excluded: [PropertyKey]) throws {
        guard case .object(let t) = target else { return }
        switch source {
        case .undefined, .null, .hole: return
        case .string(let s):
            for i in 0..<s.count where !excluded.contains(.index(UInt32(i))) {
                realm.createDataProperty(t, .index(UInt32(i)), .string(JSString([s[i]])))
            }
        case .object(let o):
            for key in o.ownKeys() where !excluded.contains(key) {
                guard let p = o.getOwn(key), p.attributes.contains(.enumerable) else { continue }
                realm.createDataProperty(t, key, try realm.get(o, key, receiver: source))
            }
        default: return
        }
    }
}

