/// Creation of closures and classes, and `super(...)` calls.
extension Interpreter {
    public func makeClosure(_ code: CodeBlock, context: Context?) -> JSFunction {
        let f = JSFunction(body: .bytecode(code, context), proto: realm.functionPrototype)
        f.define("length", .number(Double(code.length)), [.configurable])
        f.define("name", .string(code.name), [.configurable])
        if code.kind == .normal {
            let proto = JSObject(proto: realm.objectPrototype)
            proto.define("constructor", .object(f))
            f.define("prototype", .object(proto), [.writable])
        }
        return f
    }

    /// Creates a class constructor and its prototype object (ClassDefinitionEvaluation).
    func makeClass(_ code: CodeBlock, context: Context?, heritage: JSValue?) throws -> (JSFunction, JSObject) {
        var protoParent: JSObject? = realm.objectPrototype
        var ctorParent: JSObject = realm.functionPrototype
        if let h = heritage {
            switch h {
            case .null:
                protoParent = nil
            case .object(let o) where (o as? JSFunction)?.isConstructor == true:
                let p = try realm.get(o, PropertyKey.prototype, receiver: h)
                switch p {
                case .object(let po): protoParent = po
                case .null: protoParent = nil
                default: throw realm.typeError("Class extends value does not have valid prototype property \(try realm.toSwiftString(p))")
                }
                ctorParent = o
            default:
                throw realm.typeError("Class extends value \(realm.describeForError(h)) is not a constructor or null")
            }
        }
        let proto = JSObject(proto: protoParent)
        let f = JSFunction(body: .bytecode(code, context), proto: ctorParent)
        f.isClassConstructor = true
        f.homeObject = proto
        f.define("length", .number(Double(code.length)), [.configurable])
        f.define("name", .string(code.name), [.configurable])
        f.define("prototype", .object(proto), [])
        proto.define("constructor", .object(f))
        return (f, proto)
    }

    /// `super(...args)` in a derived constructor: constructs the parent with the current new.target.
    func superConstruct(_ frame: Frame, _ args: [JSValue]) throws -> JSValue {
        guard let f = frame.function, let parent = f.proto as? JSFunction, parent.isConstructor else {
            throw realm.typeError("Super constructor \(realm.describeForError(f: frame.function?.proto)) of anonymous class is not a constructor")
        }
        return try construct(parent, args: args, newTarget: frame.newTarget ?? f)
    }
}

extension Realm {
    func describeForError(f: JSObject?) -> String {
        guard let o = f else { return "null" }
        return describeForError(.object(o))
    }
}
