import Foundation

/// Global functions and values: print, globalThis, NaN, Infinity, undefined, isNaN,
/// isFinite, parseInt, parseFloat, and Date.now for benchmarks.
extension Builtins {
    static func installGlobals(_ realm: Realm) {
        let g = realm.global!
        g.define("globalThis", .object(g))
        g.define("NaN", .number(.nan), [])
        g.define("Infinity", .number(.infinity), [])
        g.define("undefined", .undefined, [])
        realm.method(g, "print", 0) { realm, _, args, _ in
            realm.output.write(try args.map { try realm.toSwiftString($0) }.joined(separator: " "))
            return .undefined
        }
        realm.method(g, "isNaN", 1) { realm, _, args, _ in .bool(try realm.toNumber(args[arg: 0]).isNaN) }
        realm.method(g, "isFinite", 1) { realm, _, args, _ in .bool(try realm.toNumber(args[arg: 0]).isFinite) }
        realm.method(g, "parseInt", 2) { realm, _, args, _ in
            let s = try realm.toJSString(args[arg: 0])
            let r = args[arg: 1]
            return .number(NumberConversion.parseInt(s.units, radix: r.isUndefined ? nil : try realm.toNumber(r)))
        }
        realm.method(g, "parseFloat", 1) { realm, _, args, _ in
            .number(NumberConversion.parseFloat(try realm.toJSString(args[arg: 0]).units))
        }
        if realm.options.exposeGC {
            realm.method(g, "gc", 0) { _, _, _, _ in .undefined }
        }
        // Date: only Date.now(), for benchmarks that time themselves.
        let date = realm.makeNative("Date", length: 7) { realm, _, _, _ in
            throw realm.typeError("Date objects are not supported (only Date.now())")
        }
        realm.method(date, "now", 0) { _, _, _, _ in
            .number((Date().timeIntervalSince1970 * 1000).rounded(.down))
        }
        g.define("Date", .object(date))
    }
}
