/// The class tag reported by `Object.prototype.toString` and used for brand checks.
public enum ObjectClass: String, Sendable {
    case object = "Object", array = "Array", function = "Function", error = "Error"
    case boolean = "Boolean", number = "Number", string = "String", arguments = "Arguments"
    case map = "Map", set = "Set", arrayBuffer = "ArrayBuffer", typedArray = "TypedArray"
    case iterator = "Iterator", math = "Math", json = "JSON", date = "Date"
}

/// A property descriptor as `Object.defineProperty` takes it: every field optional.
public struct PropertyDescriptor {
    public var value: JSValue?
    public var writable: Bool?
    public var get: JSValue?
    public var set: JSValue?
    public var enumerable: Bool?
    public var configurable: Bool?

    public init(value: JSValue? = nil, writable: Bool? = nil, get: JSValue? = nil, set: JSValue? = nil,
                enumerable: Bool? = nil, configurable: Bool? = nil) {
        self.value = value
        self.writable = writable
        self.get = get
        self.set = set
        self.enumerable = enumerable
        self.configurable = configurable
    }

    public var isAccessor: Bool { self.get != nil || self.set != nil }

    public static func data(_ v: JSValue, _ attrs: PropertyAttributes = .default) -> PropertyDescriptor {
        PropertyDescriptor(value: v, writable: attrs.contains(.writable),
                           enumerable: attrs.contains(.enumerable), configurable: attrs.contains(.configurable))
    }
}

/// The getter/setter pair stored in an accessor property's slot. Never visible to JS.
/// Immutable: redefining an accessor stores a new pair (optimized code checks a pair's
/// identity to know its getter is unchanged).
public final class AccessorPair: JSObject {
    public let getter: JSObject?
    public let setter: JSObject?
    init(getter: JSObject?, setter: JSObject?) {
        self.getter = getter
        self.setter = setter
        super.init(shape: Shape.root(proto: nil))
    }
}

/// An ordinary JavaScript object: a shape (hidden class) plus slots for named properties,
/// and element storage for integer-indexed properties. Exotic objects (arrays, functions,
/// typed arrays, wrappers) subclass it and override the `own*` hooks.
open class JSObject {
    public var shape: Shape
    public var slots: [JSValue]
    public var elements: ElementStorage
    public var extensible = true
    /// The root shape that objects created with this object as prototype start from.
    public private(set) lazy var childRootShape: Shape = {
        isPrototype = true
        return Shape.root(proto: self)
    }()
    /// Whether some shape has this object as its prototype.
    public internal(set) var isPrototype = false

    open var objectClass: ObjectClass { .object }
    open var isCallable: Bool { false }

    public init(shape: Shape) {
        self.shape = shape
        self.slots = []
        self.elements = ElementStorage()
        slots.reserveCapacity(4)
    }

    public init(proto: JSObject?) {
        self.shape = proto?.childRootShape ?? Shape.root(proto: nil)
        self.slots = []
        self.elements = ElementStorage()
    }

    public var proto: JSObject? { shape.proto }

    // MARK: - Own properties (override points for exotic objects)

    /// The own property for `key`, as a slot value and attributes (accessors hold an `AccessorPair`).
    open func getOwn(_ key: PropertyKey) -> SparseElement? {
        switch key {
        case .index(let i):
            return elements.get(i)
        case .name(let n):
            guard let s = shape.slot(of: n) else { return nil }
            return SparseElement(value: slots[s], attributes: shape.attributes[s])
        }
    }

    /// Own keys in V8's order: integer indices ascending, then names in insertion order.
    open func ownKeys() -> [PropertyKey] {
        var out = elements.indices().map { PropertyKey.index($0) }
        for k in shape.keys { out.append(.name(k)) }
        return out
    }

    /// Defines or overwrites an own property without any checks (the caller has validated).
    open func putOwn(_ key: PropertyKey, _ value: JSValue, _ attrs: PropertyAttributes) {
        if isPrototype { notePrototypeChange(key, attrs) }
        switch key {
        case .index(let i):
            if attrs == .default { elements.put(i, value) } else { elements.putEntry(i, SparseElement(value: value, attributes: attrs)) }
        case .name(let n):
            if let s = shape.slot(of: n) {
                if shape.attributes[s] != attrs { shape = shape.changingAttributes(of: n, to: attrs) }
                slots[s] = value
            } else {
                shape = shape.adding(n, attrs)
                slots.append(value)
            }
        }
    }

    /// Removes an own property (no configurability check).
    open func removeOwn(_ key: PropertyKey) {
        if isPrototype { notePrototypeRemoval() }
        switch key {
        case .index(let i):
            elements.remove(i)
        case .name(let n):
            guard let s = shape.slot(of: n) else { return }
            slots.remove(at: s)
            shape = shape.removing(n)
        }
    }

    private func notePrototypeRemoval() { Shape.prototypeEpoch &+= 1 }

    private func notePrototypeChange(_ key: PropertyKey, _ attrs: PropertyAttributes) {
        switch key {
        case .index: Shape.prototypesHaveElements = true
        case .name(let n):
            if let s = shape.slot(of: n), shape.attributes[s] == attrs { return }
            Shape.prototypeEpoch &+= 1
        }
    }

    /// Whether a new own property may be added at `key` (extensibility and exotic limits).
    open func canAddOwn(_ key: PropertyKey) -> Bool { extensible }

    // MARK: - Convenience for builtin setup

    /// Defines a data property with the given attributes (builtin setup; no checks).
    public func define(_ name: String, _ value: JSValue, _ attrs: PropertyAttributes = .hidden) {
        putOwn(PropertyKey(name), value, attrs)
    }

    public func defineAccessor(_ name: String, getter: JSObject?, setter: JSObject?,
                               _ attrs: PropertyAttributes = [.configurable]) {
        putOwn(PropertyKey(name), .object(AccessorPair(getter: getter, setter: setter)), attrs.union(.accessor))
    }

    /// Reads a named own data property directly (nil for missing or accessor).
    public func ownDataValue(_ name: JSString) -> JSValue? {
        guard let s = shape.slot(of: name), !shape.attributes[s].contains(.accessor) else { return nil }
        return slots[s]
    }
}

/// A wrapper object for a primitive (`new Number(1)`, `Object("s")`, `new Boolean(false)`).
public final class JSPrimitiveObject: JSObject {
    public let primitive: JSValue
    public init(primitive: JSValue, proto: JSObject) {
        self.primitive = primitive
        super.init(proto: proto)
    }
    public override var objectClass: ObjectClass {
        switch primitive {
        case .number: return .number
        case .bool: return .boolean
        case .string: return .string
        default: return .object
        }
    }

    public override func getOwn(_ key: PropertyKey) -> SparseElement? {
        if case .string(let s) = primitive {
            if case .index(let i) = key, Int(i) < s.count {
                return SparseElement(value: .string(JSString([s[Int(i)]])), attributes: [.enumerable])
            }
            if case .name(let n) = key, n == JSArray.lengthKey {
                return SparseElement(value: .number(Double(s.count)), attributes: [])
            }
        }
        return super.getOwn(key)
    }

    public override func ownKeys() -> [PropertyKey] {
        guard case .string(let s) = primitive else { return super.ownKeys() }
        var out = (0..<s.count).map { PropertyKey.index(UInt32($0)) }
        out += elements.indices().filter { Int($0) >= s.count }.map { PropertyKey.index($0) }
        out.append(.name(JSString("length")))
        for k in shape.keys { out.append(.name(k)) }
        return out
    }
}
