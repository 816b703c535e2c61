import JSEngine

/// The builtin functions the inliner knows how to reduce, recognised by object identity
/// (never by name: a user function called `push` is not `Array.prototype.push`). Built
/// once per realm from its intrinsics, like the builtin ids V8's JSCallReducer matches.
public struct BuiltinTable {
    /// A builtin the inliner can replace with IR.
    public enum Builtin: Equatable {
        /// A pure `Math` function by name (`abs`, `expm1`, `max`...; not `random`).
        case math(String)
        case objectIs
        case stringCharCodeAt
        case stringIndexOf, stringLastIndexOf
        case arrayPush, arrayPop, arrayIncludes, arrayIndexOf
    }

    private var table: [ObjectIdentifier: Builtin] = [:]
    /// The realm's original `length` getter of %TypedArray%.prototype (`TypedArrayLengthAccess`).
    public private(set) var typedArrayLengthGetter: JSObject?
    /// The objects in the table, kept alive so identifiers stay unique.
    private var objects: [JSObject] = []

    public static let empty = BuiltinTable()

    private init() {}

    /// The reducible builtins of `realm`.
    public init(realm: Realm) {
        func lookup(_ holder: JSValue, _ name: String) -> JSObject? {
            guard case .object(let h) = holder, case .object(let f) = (try? realm.getValue(.object(h), PropertyKey(name))) ?? .undefined,
                  f is JSFunction else { return nil }
            return f
        }
        func global(_ name: String) -> JSValue { (try? realm.getValue(.object(realm.global), PropertyKey(name))) ?? .undefined }
        func prototype(_ name: String) -> JSValue {
            (try? realm.getValue(global(name), .prototype)) ?? .undefined
        }
        if case .object(let math) = global("Math") {
            for key in math.shape.keys where key.string != "random" {
                if let f = lookup(.object(math), key.string) { add(f, .math(key.string)) }
            }
        }
        let entries: [(JSValue, String, Builtin)] = [
            (global("Object"), "is", .objectIs),
            (prototype("String"), "charCodeAt", .stringCharCodeAt),
            (prototype("String"), "indexOf", .stringIndexOf),
            (prototype("String"), "lastIndexOf", .stringLastIndexOf),
            (prototype("Array"), "push", .arrayPush),
            (prototype("Array"), "pop", .arrayPop),
            (prototype("Array"), "includes", .arrayIncludes),
            (prototype("Array"), "indexOf", .arrayIndexOf),
        ]
        for (holder, name, builtin) in entries {
            if let f = lookup(holder, name) { add(f, builtin) }
        }
        typedArrayLengthGetter = realm.typedArrayLengthGetter
    }

    private mutating func add(_ f: JSObject, _ b: Builtin) {
        table[ObjectIdentifier(f)] = b
        objects.append(f)
    }

    /// The builtin `f` is, if the inliner knows it.
    public func builtin(_ f: JSObject) -> Builtin? { table[ObjectIdentifier(f)] }
}
