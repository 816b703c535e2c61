/// A Map or Set: an insertion-ordered hash table keyed by SameValueZero. Deleted entries
/// leave tombstones so live iterators continue correctly, as the spec requires.
public final class JSMapObject: JSObject {
    public let isSet: Bool
    var keys: [JSValue?] = []
    var values: [JSValue] = []
    var index: [MapKey: Int] = [:]
    public private(set) var size = 0

    public init(isSet: Bool, proto: JSObject) {
        self.isSet = isSet
        super.init(proto: proto)
    }

    public override var objectClass: ObjectClass { isSet ? .set : .map }

    /// A hashable form of a JS value under SameValueZero.
    enum MapKey: Hashable {
        case number(UInt64), string(JSString), bool(Bool), undefined, null, object(ObjectIdentifier)
        init(_ v: JSValue) {
            switch v {
            case .number(let d):
                if d.isNaN { self = .number(Double.nan.bitPattern) }
                else if d == 0 { self = .number(0) }
                else { self = .number(d.bitPattern) }
            case .string(let s): self = .string(s)
            case .bool(let b): self = .bool(b)
            case .undefined, .hole: self = .undefined
            case .null: self = .null
            case .object(let o): self = .object(ObjectIdentifier(o))
            }
        }
    }

    public func get(_ k: JSValue) -> JSValue? {
        guard let i = index[MapKey(k)] else { return nil }
        return values[i]
    }

    public func has(_ k: JSValue) -> Bool { index[MapKey(k)] != nil }

    public func set(_ k: JSValue, _ v: JSValue) {
        var key = k
        if case .number(let d) = k, d == 0 { key = .number(0) }
        let mk = MapKey(key)
        if let i = index[mk] {
            values[i] = v
            return
        }
        index[mk] = keys.count
        keys.append(key)
        values.append(v)
        size += 1
    }

    @discardableResult
    public func delete(_ k: JSValue) -> Bool {
        guard let i = index.removeValue(forKey: MapKey(k)) else { return false }
        keys[i] = nil
        values[i] = .undefined
        size -= 1
        return true
    }

    public func clear() {
        for i in keys.indices { keys[i] = nil }
        index.removeAll()
        size = 0
    }

    /// The live entries in insertion order.
    public var entries: [(JSValue, JSValue)] {
        var out: [(JSValue, JSValue)] = []
        for (i, k) in keys.enumerated() { if let k = k { out.append((k, values[i])) } }
        return out
    }

    /// Entry at position `i` if live (iteration).
    func entry(at i: Int) -> (JSValue, JSValue)? {
        guard i < keys.count, let k = keys[i] else { return nil }
        return (k, values[i])
    }
    var capacityUsed: Int { keys.count }

    func makeIterator(kind: MapIterator.Kind, realm: Realm) -> MapIterator {
        MapIterator(map: self, kind: kind, proto: realm.iteratorPrototype)
    }
}

/// A live iterator over a Map or Set (keys, values or entries).
public final class MapIterator: JSIteratorObject {
    enum Kind { case keys, values, entries }
    let map: JSMapObject
    let kind: Kind
    var position = 0

    init(map: JSMapObject, kind: Kind, proto: JSObject) {
        self.map = map
        self.kind = kind
        super.init(proto: proto)
    }

    public override func next(_ realm: Realm) throws -> JSValue? {
        while position < map.capacityUsed {
            let i = position
            position += 1
            guard let (k, v) = map.entry(at: i) else { continue }
            switch kind {
            case .keys: return k
            case .values: return map.isSet ? k : v
            case .entries: return .object(realm.newArray([k, map.isSet ? k : v]))
            }
        }
        return nil
    }
}
