/// Attributes of an own property (ECMAScript [[Writable]], [[Enumerable]], [[Configurable]])
/// plus whether the slot holds an accessor pair instead of a value.
public struct PropertyAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let writable = PropertyAttributes(rawValue: 1)
    public static let enumerable = PropertyAttributes(rawValue: 2)
    public static let configurable = PropertyAttributes(rawValue: 4)
    public static let accessor = PropertyAttributes(rawValue: 8)
    /// What ordinary assignment creates.
    public static let `default`: PropertyAttributes = [.writable, .enumerable, .configurable]
    /// What builtin methods get: writable and configurable, not enumerable.
    public static let hidden: PropertyAttributes = [.writable, .configurable]
}

/// A hidden class (V8's Map): the prototype and the ordered list of named properties with
/// their slot numbers and attributes. Objects with the same shape store the same properties
/// at the same slots, which is what inline caches and the optimizer's shape checks rely on.
///
/// Shapes form a transition tree: adding a property to an object moves it to a child shape,
/// shared by every object that added the same properties in the same order. Deleting a
/// property, changing attributes or growing past `dictionaryThreshold` properties gives the
/// object its own unshared "dictionary" shape that is then mutated in place.
public final class Shape {
    public let id: Int
    public let proto: JSObject?
    public private(set) var keys: [JSString]
    public private(set) var attributes: [PropertyAttributes]
    private var table: [JSString: Int]
    public let isDictionary: Bool
    private var transitions: [TransitionKey: Shape] = [:]
    private var protoTransitions: [ObjectIdentifier: Shape] = [:]
    /// Set when the shape was left by an in-place change: inline caches keyed on it must miss.
    public private(set) var isDeprecated = false

    nonisolated(unsafe) private static var nextID = 0
    /// Bumped whenever an object used as a prototype changes shape: store caches that
    /// assumed "no setter or read-only property up the chain" check it.
    nonisolated(unsafe) public static var prototypeEpoch = 0
    /// Set once any prototype object gets an indexed property (disables element fast paths that skip the chain).
    nonisolated(unsafe) public static var prototypesHaveElements = false
    static let dictionaryThreshold = 128

    private struct TransitionKey: Hashable {
        let name: JSString
        let attributes: UInt8
    }

    private init(proto: JSObject?, keys: [JSString], attributes: [PropertyAttributes],
                 table: [JSString: Int], isDictionary: Bool) {
        Shape.nextID += 1
        self.id = Shape.nextID
        self.proto = proto
        self.keys = keys
        self.attributes = attributes
        self.table = table
        self.isDictionary = isDictionary
    }

    /// The empty root shape for objects whose prototype is `proto`.
    public static func root(proto: JSObject?) -> Shape {
        Shape(proto: proto, keys: [], attributes: [], table: [:], isDictionary: false)
    }

    /// Resets the id counter so that a fresh realm numbers shapes deterministically.
    static func resetNumbering() { nextID = 0 }

    public var count: Int { keys.count }

    @inline(__always) public func slot(of name: JSString) -> Int? { table[name] }

    /// The shape after adding `name` (the next slot) with `attrs`.
    public func adding(_ name: JSString, _ attrs: PropertyAttributes) -> Shape {
        if isDictionary {
            table[name] = keys.count
            keys.append(name)
            attributes.append(attrs)
            return self
        }
        let key = TransitionKey(name: name, attributes: attrs.rawValue)
        if let next = transitions[key] { return next }
        var t = table
        t[name] = keys.count
        let dictionary = keys.count + 1 >= Shape.dictionaryThreshold
        let next = Shape(proto: proto, keys: keys + [name], attributes: attributes + [attrs],
                         table: t, isDictionary: dictionary)
        if !dictionary { transitions[key] = next }
        return next
    }

    /// The shape an earlier `adding(name, attrs)` created, without creating one when there is
    /// none yet (the optimizer only compiles transitions the interpreter has already made).
    public func existingTransition(adding name: JSString, _ attrs: PropertyAttributes) -> Shape? {
        guard !isDictionary, table[name] == nil else { return nil }
        return transitions[TransitionKey(name: name, attributes: attrs.rawValue)]
    }

    /// A shape without `name`; slots after it move down by one (the caller moves the values).
    public func removing(_ name: JSString) -> Shape {
        guard let i = table[name] else { return self }
        var k = keys, a = attributes
        k.remove(at: i)
        a.remove(at: i)
        var t: [JSString: Int] = [:]
        for (j, n) in k.enumerated() { t[n] = j }
        if isDictionary { isDeprecated = true }
        return Shape(proto: proto, keys: k, attributes: a, table: t, isDictionary: true)
    }

    /// A shape with different attributes for `name`.
    public func changingAttributes(of name: JSString, to attrs: PropertyAttributes) -> Shape {
        guard let i = table[name] else { return self }
        if isDictionary {
            attributes[i] = attrs
            isDeprecated = true
            let copy = Shape(proto: proto, keys: keys, attributes: attributes, table: table, isDictionary: true)
            return copy
        }
        var a = attributes
        a[i] = attrs
        return Shape(proto: proto, keys: keys, attributes: a, table: table, isDictionary: true)
    }

    /// The same properties under a different prototype.
    public func withProto(_ newProto: JSObject?) -> Shape {
        if keys.isEmpty, let p = newProto { return p.childRootShape }
        if keys.isEmpty && newProto == nil { return Shape.root(proto: nil) }
        if !isDictionary, let p = newProto, let s = protoTransitions[ObjectIdentifier(p)] { return s }
        newProto?.isPrototype = true
        Shape.prototypeEpoch &+= 1
        let s = Shape(proto: newProto, keys: keys, attributes: attributes, table: table, isDictionary: isDictionary)
        if !isDictionary, let p = newProto { protoTransitions[ObjectIdentifier(p)] = s }
        return s
    }
}
