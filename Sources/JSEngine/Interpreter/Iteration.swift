/// The engine's iteration protocol for for-of, spread and array destructuring: arrays,
/// strings, typed arrays, Map, Set and their iterators. (User-defined iterators need
/// Symbol.iterator, which this engine does not support.)
public class JSIteratorObject: JSObject {
    /// The next value, or nil when done.
    public func next(_ realm: Realm) throws -> JSValue? { nil }
}

/// Iterates an array-like by index, reading `length` each step (live, as the spec's ArrayIterator).
final class ArrayLikeIterator: JSIteratorObject {
    enum Kind { case values, keys, entries }
    let target: JSValue
    let kind: Kind
    var index = 0
    var done = false
    init(target: JSValue, kind: Kind, proto: JSObject) {
        self.target = target
        self.kind = kind
        super.init(proto: proto)
    }

    override func next(_ realm: Realm) throws -> JSValue? {
        if done { return nil }
        let length: Int
        switch target {
        case .object(let o):
            if let a = o as? JSArray { length = Int(a.length) }
            else if let t = o as? JSTypedArray { length = t.length }
            else { length = Int(NumberConversion.toLength(try realm.toNumber(try realm.get(o, "length")))) }
        case .string(let s): length = s.count
        default: length = 0
        }
        guard index < length else {
            done = true
            return nil
        }
        let i = index
        index += 1
        switch kind {
        case .keys: return .number(Double(i))
        case .values: return try realm.getValue(target, .index(UInt32(i)))
        case .entries: return .object(realm.newArray([.number(Double(i)), try realm.getValue(target, .index(UInt32(i)))]))
        }
    }
}

/// Iterates a string by code points.
final class StringIterator: JSIteratorObject {
    let units: [UInt16]
    var index = 0
    init(_ s: JSString, proto: JSObject) {
        units = s.units
        super.init(proto: proto)
    }
    override func next(_ realm: Realm) throws -> JSValue? {
        guard index < units.count else { return nil }
        let c = units[index]
        if c >= 0xD800 && c <= 0xDBFF && index + 1 < units.count, units[index + 1] >= 0xDC00 && units[index + 1] <= 0xDFFF {
            index += 2
            return .string(JSString([c, units[index - 1]]))
        }
        index += 1
        return .string(JSString([c]))
    }
}

/// for-in enumeration: own enumerable keys then the prototype chain's, skipping shadowed
/// and deleted ones, in V8's order.
final class ForInIterator: JSObject {
    var keys: [JSString] = []
    var index = 0
    let object: JSObject?

    init(realm: Realm, object value: JSValue) {
        switch value {
        case .object(let o): object = o
        case .undefined, .null, .hole: object = nil
        default: object = try? realm.toObject(value)
        }
        super.init(proto: nil)
        var seen = Set<PropertyKey>()
        var o = object
        while let cur = o {
            for k in cur.ownKeys() {
                guard seen.insert(k).inserted, let p = cur.getOwn(k), p.attributes.contains(.enumerable) else { continue }
                keys.append(k.jsString)
            }
            o = cur.proto
        }
    }

    func next(_ realm: Realm) -> JSString? {
        while index < keys.count {
            let k = keys[index]
            index += 1
            if let o = object, realm.hasProperty(o, PropertyKey(k)) { return k }
        }
        return nil
    }
}

extension Interpreter {
    /// GetIterator for the iterables this engine supports.
    func makeIterator(_ v: JSValue) throws -> JSIteratorObject {
        let proto = realm.iteratorPrototype!
        switch v {
        case .string(let s): return StringIterator(s, proto: proto)
        case .object(let o):
            if let it = o as? JSIteratorObject { return it }
            if o is JSArray || o is JSTypedArray || o is JSArgumentsObject {
                return ArrayLikeIterator(target: v, kind: .values, proto: proto)
            }
            if let m = o as? JSMapObject { return m.makeIterator(kind: m.isSet ? .values : .entries, realm: realm) }
            throw realm.typeError("\(describeIterable(v)) is not iterable")
        default:
            throw realm.typeError("\(describeIterable(v)) is not iterable")
        }
    }

    private func describeIterable(_ v: JSValue) -> String {
        switch v {
        case .object: return "object is"
        case .undefined: return "undefined"
        default: return (try? realm.toSwiftString(v)).map { $0 } ?? "value"
        }
    }

    /// Runs `body` on each value of an iterable (spread, Array.from, Map/Set constructors).
    public func iterate(_ v: JSValue, _ body: (JSValue) throws -> Void) throws {
        if case .object(let o) = v, let a = o as? JSArray, let packed = a.packedValues {
            for x in packed { try body(x) }
            return
        }
        let it = try makeIterator(v)
        while let x = try it.next(realm) { try body(x) }
    }
}

extension Realm {
    /// Collects the values of an iterable.
    public func iterableToList(_ v: JSValue) throws -> [JSValue] {
        var out: [JSValue] = []
        try interpreter.iterate(v) { out.append($0) }
        return out
    }
}
