/// `Number` and `Boolean`: constructors (conversion when called, wrapper objects with `new`),
/// the `Number` predicates and constants, and the prototype methods (`toString(radix)`,
/// `toFixed`, `toPrecision`, `toExponential`, `valueOf`, `toLocaleString`).
///
/// Differences from node: `Number.prototype.toLocaleString` returns plain `toString()` (no ICU
/// grouping).
extension Builtins {
    /// Installs `Number`, `Boolean` and their prototypes.
    static func installNumberAndBoolean(_ realm: Realm) {
        installNumber(realm)
        installBoolean(realm)
    }

    /// The prototype a constructor called with `new` gives its result (`newTarget.prototype`
    /// when it is an object, else the intrinsic `fallback`).
    static func prototypeFor(_ realm: Realm, newTarget: JSObject?, fallback: JSObject) throws -> JSObject {
        guard let nt = newTarget else { return fallback }
        if case .object(let p) = try realm.get(nt, "prototype") { return p }
        return fallback
    }

    /// thisNumberValue: the number in `this` (primitive or Number wrapper), else TypeError.
    static func thisNumber(_ realm: Realm, _ this: JSValue, _ method: String) throws -> Double {
        if case .number(let d) = thisPrimitive(this) { return d }
        throw realm.typeError("Number.prototype.\(method) requires that 'this' be a Number")
    }

    private static func installNumber(_ realm: Realm) {
        let proto = realm.numberPrototype!
        let ctor = constructor(realm, "Number", length: 1, prototype: proto) { realm, _, args, newTarget in
            var n = 0.0
            if !args.isEmpty { n = try realm.toNumber(args[0]) }
            guard let nt = newTarget else { return .number(n) }
            let p = try prototypeFor(realm, newTarget: nt, fallback: realm.numberPrototype)
            return .object(JSPrimitiveObject(primitive: .number(n), proto: p))
        }
        realm.method(ctor, "isFinite", 1) { _, _, args, _ in
            if case .number(let d) = args[arg: 0] { return .bool(d.isFinite) }
            return .bool(false)
        }
        realm.method(ctor, "isInteger", 1) { _, _, args, _ in
            if case .number(let d) = args[arg: 0] { return .bool(d.isFinite && d.rounded(.towardZero) == d) }
            return .bool(false)
        }
        realm.method(ctor, "isNaN", 1) { _, _, args, _ in
            if case .number(let d) = args[arg: 0] { return .bool(d.isNaN) }
            return .bool(false)
        }
        realm.method(ctor, "isSafeInteger", 1) { _, _, args, _ in
            if case .number(let d) = args[arg: 0] {
                return .bool(d.isFinite && d.rounded(.towardZero) == d && Swift.abs(d) <= 9007199254740991)
            }
            return .bool(false)
        }
        // Placeholders; `linkNumberParseFunctions` replaces them with the global functions
        // once the globals exist (they are installed after Number).
        ctor.define("parseFloat", .undefined)
        ctor.define("parseInt", .undefined)
        let constants: [(String, Double)] = [
            ("MAX_VALUE", Double.greatestFiniteMagnitude), ("MIN_VALUE", Double.leastNonzeroMagnitude), ("NaN", .nan),
            ("NEGATIVE_INFINITY", -.infinity), ("POSITIVE_INFINITY", .infinity),
            ("MAX_SAFE_INTEGER", 9007199254740991), ("MIN_SAFE_INTEGER", -9007199254740991),
            ("EPSILON", Double.ulpOfOne),
        ]
        for (n, v) in constants { ctor.define(n, .number(v), []) }

        realm.method(proto, "toExponential", 1) { realm, this, args, _ in
            let x = try thisNumber(realm, this, "toExponential")
            let fd = args[arg: 0]
            let f = try realm.toInteger(fd)
            if !x.isFinite { return .string(NumberConversion.numberToString(x)) }
            if f < 0 || f > 100 { throw realm.rangeError("toExponential() argument must be between 0 and 100") }
            return .string(NumberConversion.toExponential(x, fd.isUndefined ? nil : Int(f)))
        }
        realm.method(proto, "toFixed", 1) { realm, this, args, _ in
            let x = try thisNumber(realm, this, "toFixed")
            let f = try realm.toInteger(args[arg: 0])
            if !f.isFinite || f < 0 || f > 100 {
                throw realm.rangeError("toFixed() digits argument must be between 0 and 100")
            }
            return .string(NumberConversion.toFixed(x, Int(f)))
        }
        realm.method(proto, "toPrecision", 1) { realm, this, args, _ in
            let x = try thisNumber(realm, this, "toPrecision")
            if args[arg: 0].isUndefined { return .string(NumberConversion.numberToString(x)) }
            let p = try realm.toInteger(args[arg: 0])
            if !x.isFinite { return .string(NumberConversion.numberToString(x)) }
            if p < 1 || p > 100 { throw realm.rangeError("toPrecision() argument must be between 1 and 100") }
            return .string(NumberConversion.toPrecision(x, Int(p)))
        }
        realm.method(proto, "toString", 1) { realm, this, args, _ in
            let x = try thisNumber(realm, this, "toString")
            var radix = 10.0
            if !args[arg: 0].isUndefined { radix = try realm.toInteger(args[arg: 0]) }
            if radix < 2 || radix > 36 { throw realm.rangeError("toString() radix argument must be between 2 and 36") }
            if radix == 10 { return .string(realm.numberString(x)) }
            return .string(NumberConversion.numberToString(x, radix: Int(radix)))
        }
        realm.method(proto, "valueOf", 0) { realm, this, _, _ in
            .number(try thisNumber(realm, this, "valueOf"))
        }
        realm.method(proto, "toLocaleString", 0) { realm, this, _, _ in
            .string(realm.numberString(try thisNumber(realm, this, "toLocaleString")))
        }
    }

    /// Makes `Number.parseInt`/`Number.parseFloat` the very same function objects as the
    /// global `parseInt`/`parseFloat` (called after the globals are installed).
    static func linkNumberParseFunctions(_ realm: Realm) {
        guard case .object(let number) = realm.global.ownDataValue(JSString("Number")) ?? .undefined else { return }
        for name in ["parseFloat", "parseInt"] {
            if let f = realm.global.ownDataValue(JSString(name)) { number.define(name, f) }
        }
    }

    private static func installBoolean(_ realm: Realm) {
        let proto = realm.booleanPrototype!
        constructor(realm, "Boolean", length: 1, prototype: proto) { realm, _, args, newTarget in
            let b = args[arg: 0].truthy
            guard let nt = newTarget else { return .bool(b) }
            let p = try prototypeFor(realm, newTarget: nt, fallback: realm.booleanPrototype)
            return .object(JSPrimitiveObject(primitive: .bool(b), proto: p))
        }
        realm.method(proto, "toString", 0) { realm, this, _, _ in
            guard case .bool(let b) = thisPrimitive(this) else {
                throw realm.typeError("Boolean.prototype.toString requires that 'this' be a Boolean")
            }
            return .string(b ? "true" : "false")
        }
        realm.method(proto, "valueOf", 0) { realm, this, _, _ in
            guard case .bool(let b) = thisPrimitive(this) else {
                throw realm.typeError("Boolean.prototype.valueOf requires that 'this' be a Boolean")
            }
            return .bool(b)
        }
    }
}
