/// The signature of a builtin implemented in Swift: receives the realm, `this`, the
/// arguments and, for `new`, the new target.
public typealias NativeFunction = (_ realm: Realm, _ this: JSValue, _ args: [JSValue], _ newTarget: JSObject?) throws -> JSValue

extension Array where Element == JSValue {
    /// The i-th argument or undefined, as a builtin reads its parameters.
    @inline(__always) public subscript(arg i: Int) -> JSValue {
        i < count ? self[i] : .undefined
    }
}

/// A callable object: a compiled JS closure, a Swift builtin, or a bound function.
public final class JSFunction: JSObject {
    /// What runs when the function is called.
    public enum Body {
        case bytecode(CodeBlock, Context?)
        case native(NativeFunction, constructible: Bool)
        case bound(target: JSObject, this: JSValue, args: [JSValue])
    }

    public let body: Body
    /// The object whose prototype `super.x` starts from (methods and class constructors).
    public var homeObject: JSObject?
    /// For class constructors: whether calling without `new` throws.
    public var isClassConstructor = false
    /// Natives syntax state (`%NeverOptimizeFunction` and friends).
    public var neverOptimize = false

    public init(body: Body, proto: JSObject) {
        self.body = body
        super.init(proto: proto)
    }

    public override var objectClass: ObjectClass { .function }
    public override var isCallable: Bool { true }

    public var codeBlock: CodeBlock? {
        if case .bytecode(let c, _) = body { return c }
        return nil
    }

    public var isConstructor: Bool {
        switch body {
        case .bytecode(let c, _): return c.isConstructible
        case .native(_, let c): return c
        case .bound(let t, _, _): return (t as? JSFunction)?.isConstructor ?? false
        }
    }

    /// The function's `name` own property as a Swift string (for messages).
    public var debugName: String {
        if let v = ownDataValue(JSString("name")), case .string(let s) = v { return s.string }
        return ""
    }
}
