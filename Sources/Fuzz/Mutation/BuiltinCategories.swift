import JSEngine

/// Builtin names grouped into categories of interchangeable members (same arity and kind of
/// result), for the builtin-name mutation: `Math.abs` becomes `Math.ceil`, `Int32Array` becomes
/// `Uint8Array`, `a.push(x)` becomes `a.unshift(x)`. User identifiers are never renamed.
struct BuiltinCategory {
    /// Where the name appears.
    enum Site {
        /// A global identifier (`Int32Array`).
        case global
        /// A property of the named global object (`Math.abs`).
        case propertyOf(String)
        /// A method name on any receiver (`.push`).
        case anyMethod
    }

    let site: Site
    let names: [String]

    static let all: [BuiltinCategory] = [
        BuiltinCategory(site: .global, names: ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
                                               "Int32Array", "Uint32Array", "Float32Array", "Float64Array"]),
        BuiltinCategory(site: .global, names: ["isNaN", "isFinite"]),
        BuiltinCategory(site: .global, names: ["parseInt", "parseFloat"]),
        BuiltinCategory(site: .propertyOf("Math"), names: [
            "abs", "ceil", "floor", "round", "trunc", "sign", "sqrt", "cbrt", "exp", "expm1", "log", "log1p", "log2",
            "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
            "fround", "clz32",
        ]),
        BuiltinCategory(site: .propertyOf("Math"), names: ["atan2", "pow", "imul", "max", "min", "hypot"]),
        BuiltinCategory(site: .propertyOf("Number"), names: ["isInteger", "isSafeInteger", "isFinite", "isNaN"]),
        BuiltinCategory(site: .propertyOf("Object"), names: ["keys", "values", "entries"]),
        BuiltinCategory(site: .anyMethod, names: ["forEach", "map", "filter", "some", "every", "find", "findIndex",
                                                  "findLast", "findLastIndex"]),
        BuiltinCategory(site: .anyMethod, names: ["push", "unshift"]),
        BuiltinCategory(site: .anyMethod, names: ["pop", "shift"]),
        BuiltinCategory(site: .anyMethod, names: ["indexOf", "lastIndexOf", "includes"]),
        BuiltinCategory(site: .anyMethod, names: ["reduce", "reduceRight"]),
        BuiltinCategory(site: .anyMethod, names: ["charCodeAt", "codePointAt"]),
        BuiltinCategory(site: .anyMethod, names: ["toUpperCase", "toLowerCase"]),
        BuiltinCategory(site: .anyMethod, names: ["trim", "trimStart", "trimEnd"]),
        BuiltinCategory(site: .anyMethod, names: ["padStart", "padEnd"]),
        BuiltinCategory(site: .anyMethod, names: ["startsWith", "endsWith"]),
    ]

    /// The other names of the category a node's builtin name belongs to, or nil if the node is
    /// not a builtin name.
    static func alternatives(for e: Expression) -> [String]? {
        switch e.kind {
        case .identifier(let name):
            return all.first { category in
                if case .global = category.site { return category.names.contains(name) }
                return false
            }.map { $0.names.filter { $0 != name } }
        case .member(let object, let name, _):
            return all.first { category in
                guard category.names.contains(name) else { return false }
                switch category.site {
                case .global: return false
                case .propertyOf(let owner):
                    if case .identifier(owner) = object.kind { return true }
                    return false
                case .anyMethod: return true
                }
            }.map { $0.names.filter { $0 != name } }
        default:
            return nil
        }
    }
}
