/// JSON.stringify's serializer (SerializeJSONProperty, SerializeJSONObject,
/// SerializeJSONArray, QuoteJSONString) with V8's cycle message and a nesting limit that
/// throws RangeError instead of overflowing the host stack.
final class JSONSerializer {
    /// Deepest nesting serialized before "Maximum call stack size exceeded" (V8 fails between 3000 and 5000).
    static let maxDepth = 4000

    /// The key an object was reached under, as the circular-structure message names it.
    enum StackKey {
        case index(Int)
        case name(JSString)
    }

    let realm: Realm
    var out: [UInt16] = []
    var replacer: JSValue?
    var propertyList: [PropertyKey]?
    var gap: [UInt16] = []
    var indent: [UInt16] = []
    var stack: [(key: StackKey, object: JSObject)] = []

    init(realm: Realm) { self.realm = realm }

    /// Runs JSON.stringify(value, replacer, space); nil means the result is undefined.
    func stringify(_ value: JSValue, replacer r: JSValue, space: JSValue) throws -> JSString? {
        if case .object(let ro) = r {
            if ro.isCallable {
                replacer = r
            } else if ro is JSArray {
                propertyList = try makePropertyList(ro)
            }
        }
        gap = try makeGap(space)
        let holder = realm.newObject()
        holder.putOwn(PropertyKey(JSString.empty), value, .default)
        guard let v = try prepare(holder: holder, key: JSString.empty, value: value) else { return nil }
        try write(v, key: .name(JSString.empty))
        return JSString(out)
    }

    private func makePropertyList(_ a: JSObject) throws -> [PropertyKey] {
        let len = NumberConversion.toLength(try realm.toNumber(try realm.get(a, "length")))
        var seen = Set<PropertyKey>()
        var list: [PropertyKey] = []
        var i = 0.0
        while i < len {
            let v = try realm.get(a, PropertyKey.index(UInt32(i)), receiver: .object(a))
            i += 1
            var item: JSString?
            switch v {
            case .string(let s): item = s
            case .number(let d): item = realm.numberString(d)
            case .object(let o):
                if let w = o as? JSPrimitiveObject {
                    switch w.primitive {
                    case .string, .number: item = try realm.toJSString(v)
                    default: break
                    }
                }
            default: break
            }
            if let s = item {
                let k = PropertyKey(s)
                if seen.insert(k).inserted { list.append(k) }
            }
        }
        return list
    }

    private func makeGap(_ spaceArg: JSValue) throws -> [UInt16] {
        var space = spaceArg
        if case .object(let o) = space, let w = o as? JSPrimitiveObject {
            if case .number = w.primitive { space = .number(try realm.toNumber(space)) }
            if case .string = w.primitive { space = .string(try realm.toJSString(space)) }
        }
        switch space {
        case .number:
            let n = min(10, try realm.toInteger(space))
            return n >= 1 ? Array(repeating: 0x20, count: Int(n)) : []
        case .string(let s):
            return Array(s.units.prefix(10))
        default:
            return []
        }
    }

    /// The value SerializeJSONProperty would write after toJSON, the replacer and unwrapping;
    /// nil when the property is skipped (undefined, functions).
    private func prepare(holder: JSObject, key: JSString, value: JSValue) throws -> JSValue? {
        var v = value
        if case .object(let o) = v {
            let toJSON = try realm.get(o, PropertyKey(JSONSerializer.toJSONKey), receiver: v)
            if toJSON.isCallable { v = try realm.call(toJSON, this: v, [.string(key)]) }
        }
        if let r = replacer {
            v = try realm.call(r, this: .object(holder), [.string(key), v])
        }
        if case .object(let o) = v {
            if let w = o as? JSPrimitiveObject {
                switch w.primitive {
                case .number: v = .number(try realm.toNumber(v))
                case .string: v = .string(try realm.toJSString(v))
                case .bool: v = w.primitive
                default: break
                }
            } else if o.isCallable {
                return nil
            }
        }
        if case .undefined = v { return nil }
        if case .hole = v { return nil }
        return v
    }

    static let toJSONKey = JSString("toJSON")
    private static let nullUnits = Array("null".utf16)
    private static let trueUnits = Array("true".utf16)
    private static let falseUnits = Array("false".utf16)

    private func write(_ v: JSValue, key: StackKey) throws {
        switch v {
        case .null, .undefined, .hole: out += JSONSerializer.nullUnits
        case .bool(let b): out += b ? JSONSerializer.trueUnits : JSONSerializer.falseUnits
        case .string(let s): JSONSerializer.quote(s.units, into: &out)
        case .number(let d):
            if d.isFinite { out += realm.numberString(d).units } else { out += JSONSerializer.nullUnits }
        case .object(let o):
            if o is JSArray { try writeArray(o, key: key) } else { try writeObject(o, key: key) }
        }
    }

    private func enter(_ o: JSObject, key: StackKey) throws {
        if stack.contains(where: { $0.object === o }) {
            throw realm.typeError(circularMessage(o, closingKey: key))
        }
        if stack.count >= JSONSerializer.maxDepth {
            throw realm.rangeError("Maximum call stack size exceeded")
        }
        stack.append((key, o))
    }

    private func newline() {
        out.append(0x0A)
        out += indent
    }

    private func writeObject(_ o: JSObject, key: StackKey) throws {
        try enter(o, key: key)
        let stepback = indent
        indent += gap
        let keys = propertyList ?? realm.ownEnumerableKeys(o)
        out.append(0x7B)
        var first = true
        for k in keys {
            let value = try realm.get(o, k, receiver: .object(o))
            let ks = k.jsString
            guard let p = try prepare(holder: o, key: ks, value: value) else { continue }
            if !first { out.append(0x2C) }
            first = false
            if !gap.isEmpty { newline() }
            JSONSerializer.quote(ks.units, into: &out)
            out.append(0x3A)
            if !gap.isEmpty { out.append(0x20) }
            try write(p, key: .name(ks))
        }
        indent = stepback
        if !first && !gap.isEmpty { newline() }
        out.append(0x7D)
        stack.removeLast()
    }

    private func writeArray(_ a: JSObject, key: StackKey) throws {
        try enter(a, key: key)
        let stepback = indent
        indent += gap
        let len = NumberConversion.toLength(try realm.toNumber(try realm.get(a, "length")))
        out.append(0x5B)
        var i = 0.0
        while i < len {
            if i > 0 { out.append(0x2C) }
            if !gap.isEmpty { newline() }
            let idx = UInt32(i)
            let value = try realm.get(a, PropertyKey.index(idx), receiver: .object(a))
            if let p = try prepare(holder: a, key: realm.numberString(i), value: value) {
                try write(p, key: .index(Int(idx)))
            } else {
                out += JSONSerializer.nullUnits
            }
            i += 1
        }
        indent = stepback
        if len > 0 && !gap.isEmpty { newline() }
        out.append(0x5D)
        stack.removeLast()
    }

    /// V8's multi-line "Converting circular structure to JSON" message.
    private func circularMessage(_ o: JSObject, closingKey: StackKey) -> String {
        guard let start = stack.firstIndex(where: { $0.object === o }) else {
            return "Converting circular structure to JSON"
        }
        func keyText(_ k: StackKey) -> String {
            switch k {
            case .index(let i): return "index \(i)"
            case .name(let s): return s.count == 0 ? "<anonymous>" : "property '\(s.string)'"
            }
        }
        func ctor(_ o: JSObject) -> String { "object with constructor '\(realm.constructorName(of: o))'" }
        var msg = "Converting circular structure to JSON\n    --> starting at \(ctor(stack[start].object))"
        let prefixEnd = min(stack.count, start + 3)
        for i in (start + 1)..<max(start + 1, prefixEnd) {
            msg += "\n    |     \(keyText(stack[i].key)) -> \(ctor(stack[i].object))"
        }
        if stack.count > prefixEnd + 1 { msg += "\n    |     ..." }
        let postfixStart = max(prefixEnd, stack.count - 1)
        if postfixStart < stack.count {
            for i in postfixStart..<stack.count {
                msg += "\n    |     \(keyText(stack[i].key)) -> \(ctor(stack[i].object))"
            }
        }
        msg += "\n    --- \(keyText(closingKey)) closes the circle"
        return msg
    }

    private static let hexDigits: [UInt16] = Array("0123456789abcdef".utf16)

    /// QuoteJSONString, V8-style: lone surrogates become \udxxx escapes.
    static func quote(_ units: [UInt16], into out: inout [UInt16]) {
        out.append(0x22)
        var i = 0
        let n = units.count
        while i < n {
            let u = units[i]
            switch u {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20: escape(u, into: &out)
            case 0xD800...0xDBFF:
                if i + 1 < n, (0xDC00...0xDFFF).contains(units[i + 1]) {
                    out.append(u)
                    out.append(units[i + 1])
                    i += 1
                } else {
                    escape(u, into: &out)
                }
            case 0xDC00...0xDFFF: escape(u, into: &out)
            default: out.append(u)
            }
            i += 1
        }
        out.append(0x22)
    }

    private static func escape(_ u: UInt16, into out: inout [UInt16]) {
        out += [0x5C, 0x75]
        out.append(hexDigits[Int(u >> 12) & 15])
        out.append(hexDigits[Int(u >> 8) & 15])
        out.append(hexDigits[Int(u >> 4) & 15])
        out.append(hexDigits[Int(u) & 15])
    }
}
