/// `String`: the constructor (conversion, wrapper objects), `String.fromCharCode`,
/// `String.fromCodePoint`, `String.raw`, and the `String.prototype` methods. Every prototype
/// method is generic: `this` goes through RequireObjectCoercible and ToString.
///
/// Differences from node: there is no RegExp, so `match`/`search`/`matchAll` only accept
/// patterns without regex metacharacters (treated as literal text) and throw a TypeError
/// otherwise; `localeCompare` is a simplified collation (see `StringOperations.localeCompare`);
/// `normalize` uses Foundation's Unicode normalization.
extension Builtins {
    /// Installs `String` and `String.prototype`.
    static func installString(_ realm: Realm) {
        let proto = realm.stringPrototype!
        let ctor = constructor(realm, "String", length: 1, prototype: proto) { realm, _, args, newTarget in
            let s = args.isEmpty ? JSString.empty : try realm.toJSString(args[0])
            guard let nt = newTarget else { return .string(s) }
            let p = try prototypeFor(realm, newTarget: nt, fallback: realm.stringPrototype)
            return .object(JSPrimitiveObject(primitive: .string(s), proto: p))
        }
        realm.method(ctor, "fromCharCode", 1) { realm, _, args, _ in
            var u = [UInt16]()
            u.reserveCapacity(args.count)
            for a in args { u.append(NumberConversion.toUint16(try realm.toNumber(a))) }
            return .string(JSString(u))
        }
        realm.method(ctor, "fromCodePoint", 1) { realm, _, args, _ in
            var u = [UInt16]()
            for a in args {
                let d = try realm.toNumber(a)
                guard d.isFinite, d >= 0, d <= 0x10FFFF, d.rounded(.towardZero) == d else {
                    throw realm.rangeError("Invalid code point \(realm.numberString(d).string)")
                }
                StringOperations.appendCodePoint(UInt32(d), to: &u)
            }
            return .string(JSString(u))
        }
        realm.method(ctor, "raw", 1) { realm, _, args, _ in
            let cooked = try realm.toObject(args[arg: 0])
            let raw = try realm.toObject(try realm.get(cooked, "raw"))
            let len = NumberConversion.toLength(try realm.toNumber(try realm.get(raw, "length")))
            if len <= 0 { return .string("") }
            var out = [UInt16]()
            var i = 0
            while true {
                out += try realm.toJSString(try realm.get(raw, .index(UInt32(i)), receiver: .object(raw))).units
                if Double(i + 1) >= len { break }
                if i + 1 < args.count { out += try realm.toJSString(args[i + 1]).units }
                i += 1
            }
            return .string(JSString(out))
        }
        installStringPrototype(realm, proto)
    }

    /// RequireObjectCoercible(this) then ToString(this).
    static func thisString(_ realm: Realm, _ this: JSValue, _ method: String) throws -> JSString {
        if case .string(let s) = this { return s }
        if this.isNullish { throw realm.typeError("String.prototype.\(method) called on null or undefined") }
        return try realm.toJSString(this)
    }

    private static func clampIndex(_ d: Double, _ len: Int) -> Int {
        if d < 0 { return 0 }
        if d > Double(len) { return len }
        return Int(d)
    }

    /// A relative index argument (negative counts from the end), clamped to 0...len.
    private static func relativeIndex(_ d: Double, _ len: Int) -> Int {
        if d < 0 { return clampIndex(Double(len) + d, len) }
        return clampIndex(d, len)
    }

    private static func checkLength(_ realm: Realm, _ n: Double) throws {
        if n > Double(StringOperations.maxLength) { throw realm.rangeError("Invalid string length") }
    }

    private static func installStringPrototype(_ realm: Realm, _ proto: JSObject) {
        func method(_ name: String, _ length: Int,
                    _ body: @escaping (Realm, [UInt16], JSString, [JSValue]) throws -> JSValue) {
            realm.method(proto, name, length) { realm, this, args, _ in
                let s = try thisString(realm, this, name)
                return try body(realm, s.units, s, args)
            }
        }
        method("at", 1) { realm, u, _, args in
            let k = try realm.toInteger(args[arg: 0])
            let i = k < 0 ? Double(u.count) + k : k
            if i < 0 || i >= Double(u.count) { return .undefined }
            return .string(JSString([u[Int(i)]]))
        }
        method("charAt", 1) { realm, u, _, args in
            let k = try realm.toInteger(args[arg: 0])
            if k < 0 || k >= Double(u.count) { return .string(JSString.empty) }
            return .string(JSString([u[Int(k)]]))
        }
        method("charCodeAt", 1) { realm, u, _, args in
            let k = try realm.toInteger(args[arg: 0])
            if k < 0 || k >= Double(u.count) { return .number(.nan) }
            return .number(Double(u[Int(k)]))
        }
        method("codePointAt", 1) { realm, u, _, args in
            let k = try realm.toInteger(args[arg: 0])
            if k < 0 || k >= Double(u.count) { return .undefined }
            return .number(Double(StringOperations.codePoint(u, at: Int(k)).value))
        }
        method("concat", 1) { realm, _, s, args in
            var r = s
            for a in args {
                let t = try realm.toJSString(a)
                try checkLength(realm, Double(r.count + t.count))
                r = JSString.concat(r, t)
            }
            return .string(r)
        }
        method("endsWith", 1) { realm, u, _, args in
            let search = try realm.toJSString(args[arg: 0]).units
            let end = args[arg: 1].isUndefined ? u.count : clampIndex(try realm.toInteger(args[arg: 1]), u.count)
            let start = end - search.count
            if start < 0 { return .bool(false) }
            return .bool(Array(u[start..<end]) == search)
        }
        method("includes", 1) { realm, u, _, args in
            let search = try realm.toJSString(args[arg: 0]).units
            let pos = clampIndex(try realm.toInteger(args[arg: 1]), u.count)
            return .bool(StringOperations.indexOf(u, search, from: pos) >= 0)
        }
        method("indexOf", 1) { realm, u, _, args in
            let search = try realm.toJSString(args[arg: 0]).units
            let pos = clampIndex(try realm.toInteger(args[arg: 1]), u.count)
            return .number(Double(StringOperations.indexOf(u, search, from: pos)))
        }
        method("isWellFormed", 0) { _, u, _, _ in
            var i = 0
            while i < u.count {
                let (cp, n) = StringOperations.codePoint(u, at: i)
                if cp >= 0xD800 && cp <= 0xDFFF { return .bool(false) }
                i += n
            }
            return .bool(true)
        }
        method("lastIndexOf", 1) { realm, u, _, args in
            let search = try realm.toJSString(args[arg: 0]).units
            let n = try realm.toNumber(args[arg: 1])
            let pos = n.isNaN ? Double.infinity : NumberConversion.toIntegerOrInfinity(n)
            let start = clampIndex(pos, u.count)
            return .number(Double(StringOperations.lastIndexOf(u, search, from: start)))
        }
        method("localeCompare", 1) { realm, u, _, args in
            let that = try realm.toJSString(args[arg: 0]).units
            return .number(Double(StringOperations.localeCompare(u, that)))
        }
        method("match", 1) { realm, u, s, args in
            let pattern = try literalPattern(realm, args[arg: 0], "match")
            let i = StringOperations.indexOf(u, pattern, from: 0)
            if i < 0 { return .null }
            let a = realm.newArray([.string(JSString(pattern))])
            a.define("index", .number(Double(i)), .default)
            a.define("input", .string(s), .default)
            a.define("groups", .undefined, .default)
            return .object(a)
        }
        method("normalize", 0) { realm, u, _, args in
            var form = "NFC"
            if !args[arg: 0].isUndefined { form = try realm.toSwiftString(args[arg: 0]) }
            guard ["NFC", "NFD", "NFKC", "NFKD"].contains(form) else {
                throw realm.rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
            }
            return .string(JSString(StringOperations.normalize(u, form: form)))
        }
        for (name, atStart) in [("padEnd", false), ("padStart", true)] {
            method(name, 1) { realm, u, s, args in
                let maxLen = NumberConversion.toLength(try realm.toNumber(args[arg: 0]))
                if maxLen <= Double(u.count) { return .string(s) }
                var fill: [UInt16] = [0x20]
                if !args[arg: 1].isUndefined { fill = try realm.toJSString(args[arg: 1]).units }
                if fill.isEmpty { return .string(s) }
                try checkLength(realm, maxLen)
                let need = Int(maxLen) - u.count
                var pad = [UInt16]()
                pad.reserveCapacity(need)
                while pad.count < need { pad.append(fill[pad.count % fill.count]) }
                return .string(JSString(atStart ? pad + u : u + pad))
            }
        }
        method("repeat", 1) { realm, u, s, args in
            let n = try realm.toInteger(args[arg: 0])
            if n < 0 || n == .infinity {
                throw realm.rangeError("Invalid count value: \(realm.numberString(try realm.toNumber(args[arg: 0])).string)")
            }
            if n == 0 || u.isEmpty { return .string(JSString.empty) }
            try checkLength(realm, Double(u.count) * n)
            var out = [UInt16]()
            out.reserveCapacity(u.count * Int(n))
            for _ in 0..<Int(n) { out.append(contentsOf: u) }
            return .string(JSString(out))
        }
        method("replace", 2) { realm, u, s, args in
            let search = try realm.toJSString(args[arg: 0]).units
            var replaceValue = args[arg: 1]
            let functional = replaceValue.isCallable
            if !functional { replaceValue = .string(try realm.toJSString(replaceValue)) }
            let pos = StringOperations.indexOf(u, search, from: 0)
            if pos < 0 { return .string(s) }
            let replacement = try replacementText(realm, replaceValue, functional, search, u, s, pos)
            var out = Array(u[0..<pos])
            out += replacement
            out += u[(pos + search.count)...]
            try checkLength(realm, Double(out.count))
            return .string(JSString(out))
        }
        method("replaceAll", 2) { realm, u, s, args in
            let search = try realm.toJSString(args[arg: 0]).units
            var replaceValue = args[arg: 1]
            let functional = replaceValue.isCallable
            if !functional { replaceValue = .string(try realm.toJSString(replaceValue)) }
            let advance = max(1, search.count)
            var positions = [Int]()
            var p = StringOperations.indexOf(u, search, from: 0)
            while p >= 0 {
                positions.append(p)
                p = StringOperations.indexOf(u, search, from: p + advance)
            }
            var end = 0
            var out = [UInt16]()
            for p in positions {
                out += u[end..<p]
                out += try replacementText(realm, replaceValue, functional, search, u, s, p)
                end = p + search.count
                try checkLength(realm, Double(out.count))
            }
            if end < u.count { out += u[end...] }
            return .string(JSString(out))
        }
        method("search", 1) { realm, u, _, args in
            let pattern = try literalPattern(realm, args[arg: 0], "search")
            return .number(Double(StringOperations.indexOf(u, pattern, from: 0)))
        }
        method("slice", 2) { realm, u, s, args in
            let start = relativeIndex(try realm.toInteger(args[arg: 0]), u.count)
            let end = args[arg: 1].isUndefined ? u.count : relativeIndex(try realm.toInteger(args[arg: 1]), u.count)
            if start == 0 && end == u.count { return .string(s) }
            if start >= end { return .string(JSString.empty) }
            return .string(JSString(Array(u[start..<end])))
        }
        method("split", 2) { realm, u, s, args in
            let sepArg = args[arg: 0]
            let lim: UInt32 = args[arg: 1].isUndefined ? UInt32.max : try realm.toUint32(args[arg: 1])
            let sep = try realm.toJSString(sepArg).units
            if lim == 0 { return .object(realm.newArray()) }
            if sepArg.isUndefined { return .object(realm.newArray([.string(s)])) }
            if sep.isEmpty {
                let n = min(Int(lim), u.count)
                return .object(realm.newArray((0..<n).map { .string(JSString([u[$0]])) }))
            }
            if u.isEmpty { return .object(realm.newArray([.string(s)])) }
            var parts: [JSValue] = []
            var start = 0
            var p = StringOperations.indexOf(u, sep, from: 0)
            while p >= 0 {
                parts.append(.string(JSString(Array(u[start..<p]))))
                if parts.count >= Int(lim) { return .object(realm.newArray(parts)) }
                start = p + sep.count
                p = StringOperations.indexOf(u, sep, from: start)
            }
            parts.append(.string(JSString(Array(u[start...]))))
            return .object(realm.newArray(parts))
        }
        method("substr", 2) { realm, u, _, args in
            let start = relativeIndex(try realm.toInteger(args[arg: 0]), u.count)
            let len = args[arg: 1].isUndefined ? Double(u.count) : try realm.toInteger(args[arg: 1])
            let end = Double(start) + min(max(len, 0), Double(u.count - start))
            if Double(start) >= end { return .string(JSString.empty) }
            return .string(JSString(Array(u[start..<Int(end)])))
        }
        method("substring", 2) { realm, u, s, args in
            let a = clampIndex(try realm.toInteger(args[arg: 0]), u.count)
            let b = args[arg: 1].isUndefined ? u.count : clampIndex(try realm.toInteger(args[arg: 1]), u.count)
            let from = min(a, b), to = max(a, b)
            if from == 0 && to == u.count { return .string(s) }
            return .string(JSString(Array(u[from..<to])))
        }
        method("startsWith", 1) { realm, u, _, args in
            let search = try realm.toJSString(args[arg: 0]).units
            let start = clampIndex(try realm.toInteger(args[arg: 1]), u.count)
            if start + search.count > u.count { return .bool(false) }
            return .bool(Array(u[start..<(start + search.count)]) == search)
        }
        realm.method(proto, "toString", 0) { realm, this, _, _ in
            if case .string(let s) = thisPrimitive(this) { return .string(s) }
            throw realm.typeError("String.prototype.toString requires that 'this' be a String")
        }
        method("toWellFormed", 0) { _, u, _, _ in
            var out = u
            var i = 0
            while i < u.count {
                let (cp, n) = StringOperations.codePoint(u, at: i)
                if cp >= 0xD800 && cp <= 0xDFFF { out[i] = 0xFFFD }
                i += n
            }
            return .string(JSString(out))
        }
        var trims: [String: JSFunction] = [:]
        for (name, st, en) in [("trim", true, true), ("trimStart", true, false), ("trimEnd", false, true)] {
            let f = realm.method(proto, name, 0) { realm, this, _, _ in
                let s = try thisString(realm, this, name)
                let t = StringOperations.trim(s.units, start: st, end: en)
                return .string(t.count == s.count ? s : JSString(t))
            }
            trims[name] = f
            if name == "trimStart" { proto.define("trimLeft", .object(f)) }
            if name == "trimEnd" { proto.define("trimRight", .object(f)) }
        }
        for (name, upper) in [("toLocaleLowerCase", false), ("toLocaleUpperCase", true),
                              ("toLowerCase", false), ("toUpperCase", true)] {
            method(name, 0) { _, u, _, _ in .string(JSString(StringOperations.mapCase(u, upper: upper))) }
        }
        realm.method(proto, "valueOf", 0) { realm, this, _, _ in
            if case .string(let s) = thisPrimitive(this) { return .string(s) }
            throw realm.typeError("String.prototype.valueOf requires that 'this' be a String")
        }
    }

    /// The replacement for one match of `replace`/`replaceAll` with a string pattern.
    private static func replacementText(_ realm: Realm, _ replaceValue: JSValue, _ functional: Bool,
                                        _ search: [UInt16], _ u: [UInt16], _ s: JSString,
                                        _ pos: Int) throws -> [UInt16] {
        if functional {
            let r = try realm.call(replaceValue, this: .undefined,
                                   [.string(JSString(search)), .number(Double(pos)), .string(s)])
            return try realm.toJSString(r).units
        }
        let template = replaceValue.asString?.units ?? []
        return StringOperations.substitution(matched: search, string: u, position: pos, replacement: template)
    }

    /// The text of a `match`/`search` argument when it is usable without a RegExp engine.
    private static func literalPattern(_ realm: Realm, _ v: JSValue, _ method: String) throws -> [UInt16] {
        let p = v.isUndefined ? [UInt16]() : try realm.toJSString(v).units
        let meta = Set("\\^$.*+?()[]{}|/".utf16)
        if p.contains(where: { meta.contains($0) }) {
            throw realm.typeError("String.prototype.\(method) with a regular expression pattern is not supported")
        }
        return p
    }
}
