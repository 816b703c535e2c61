/// The `Math` namespace object: the ES2015 constants and functions, computed with `JSMath`
/// (V8-exact results) and `Math.random` drawn from the realm's seeded generator.
extension Builtins {
    /// Installs `globalThis.Math`.
    static func installMath(_ realm: Realm) {
        let math = MathNamespaceObject(proto: realm.objectPrototype)
        let constants: [(String, Double)] = [
            ("E", 2.718281828459045), ("LN10", 2.302585092994046), ("LN2", 0.6931471805599453),
            ("LOG10E", 0.4342944819032518), ("LOG2E", 1.4426950408889634), ("PI", Double.pi),
            ("SQRT1_2", 0.7071067811865476), ("SQRT2", 1.4142135623730951),
        ]
        for (name, value) in constants { math.define(name, .number(value), []) }

        let unary: [(String, (Double) -> Double)] = [
            ("abs", JSMath.abs), ("acos", JSMath.acos), ("acosh", JSMath.acosh), ("asin", JSMath.asin),
            ("asinh", JSMath.asinh), ("atan", JSMath.atan), ("atanh", JSMath.atanh), ("ceil", JSMath.ceil),
            ("cbrt", JSMath.cbrt), ("expm1", JSMath.expm1), ("clz32", JSMath.clz32), ("cos", JSMath.cos),
            ("cosh", JSMath.cosh), ("exp", JSMath.exp), ("floor", JSMath.floor), ("fround", JSMath.fround),
            ("log", JSMath.log), ("log1p", JSMath.log1p), ("log2", JSMath.log2), ("log10", JSMath.log10),
            ("round", JSMath.round), ("sign", JSMath.sign), ("sin", JSMath.sin), ("sinh", JSMath.sinh),
            ("sqrt", JSMath.sqrt), ("tan", JSMath.tan), ("tanh", JSMath.tanh), ("trunc", JSMath.trunc),
        ]
        var table: [String: (Double) -> Double] = [:]
        for (n, f) in unary { table[n] = f }
        // V8's property order of Math.
        let order = ["abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "atan2", "ceil", "cbrt", "expm1",
                     "clz32", "cos", "cosh", "exp", "floor", "fround", "hypot", "imul", "log", "log1p", "log2",
                     "log10", "max", "min", "pow", "random", "round", "sign", "sin", "sinh", "sqrt", "tan",
                     "tanh", "trunc"]
        for name in order {
            if let f = table[name] {
                realm.method(math, name, 1) { realm, _, args, _ in .number(f(try realm.toNumber(args[arg: 0]))) }
                continue
            }
            switch name {
            case "atan2":
                realm.method(math, name, 2) { realm, _, args, _ in
                    let y = try realm.toNumber(args[arg: 0])
                    let x = try realm.toNumber(args[arg: 1])
                    return .number(JSMath.atan2(y, x))
                }
            case "pow":
                realm.method(math, name, 2) { realm, _, args, _ in
                    let x = try realm.toNumber(args[arg: 0])
                    let y = try realm.toNumber(args[arg: 1])
                    return .number(JSMath.pow(x, y))
                }
            case "imul":
                realm.method(math, name, 2) { realm, _, args, _ in
                    let a = try realm.toNumber(args[arg: 0])
                    let b = try realm.toNumber(args[arg: 1])
                    return .number(JSMath.imul(a, b))
                }
            case "hypot":
                realm.method(math, name, 2) { realm, _, args, _ in
                    .number(JSMath.hypot(try args.map { try realm.toNumber($0) }))
                }
            case "max":
                realm.method(math, name, 2) { realm, _, args, _ in
                    .number(JSMath.max(try args.map { try realm.toNumber($0) }))
                }
            case "min":
                realm.method(math, name, 2) { realm, _, args, _ in
                    .number(JSMath.min(try args.map { try realm.toNumber($0) }))
                }
            case "random":
                realm.method(math, name, 0) { realm, _, _, _ in .number(realm.random.next()) }
            default:
                break
            }
        }
        realm.global.define("Math", .object(math))
    }
}

/// The `Math` object: ordinary, but tagged so `Object.prototype.toString` reports `[object Math]`.
final class MathNamespaceObject: JSObject {
    override var objectClass: ObjectClass { .math }
}
