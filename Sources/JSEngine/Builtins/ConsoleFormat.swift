import Foundation

/// node's `util.inspect` (as used by `console.log`) re-implemented for jitloc's object model:
/// the same quoting, depth limit (2), `breakLength` (80), `compact` (3) line joining,
/// array grouping into columns, `... N more items`, holes, getters, boxed primitives,
/// Map/Set/typed arrays, classes and functions, and `<ref *N>`/`[Circular *N]` for cycles.
///
/// Differences from node: errors print as node would print them without their stack frames
/// (`Name: message`, never `[Name: message]` brackets); there are no symbols, so no
/// `Symbol.toStringTag` tags (except `Math`/`JSON`); `%o` is `%O` with depth 4 (no hidden
/// properties); `%c` consumes its argument and prints nothing.
struct ConsoleFormatter {
    let realm: Realm
    var depth = 2
    let breakLength = 80
    let compact = 3
    let maxArrayLength = 100
    var indentationLvl = 0
    var currentDepth = 0
    var seen: [JSObject] = []
    var circular: [ObjectIdentifier: Int] = [:]

    init(realm: Realm) { self.realm = realm }

    // MARK: - console.log argument formatting

    /// node's `formatWithOptions`: format specifiers in a leading string, then the rest
    /// inspected and joined by spaces.
    mutating func formatLogArguments(_ args: [JSValue]) throws -> String {
        var a = 0
        var str: [UInt16] = []
        var join: [UInt16] = []
        if case .string(let firstS) = args.first ?? .undefined {
            if args.count == 1 { return firstS.string }
            let first = firstS.units
            var lastPos = 0
            var i = 0
            while i < first.count - 1 {
                if first[i] == 37 {  // %
                    i += 1
                    let next = first[i]
                    if a + 1 != args.count {
                        var temp: String
                        switch next {
                        case 115:  // s
                            a += 1
                            temp = try formatForPercentS(args[a])
                        case 106:  // j
                            a += 1
                            temp = try jsonStringify(args[a])
                        case 100:  // d
                            a += 1
                            temp = formatNumber(try realm.toNumber(args[a]))
                        case 79:  // O
                            a += 1
                            var sub = ConsoleFormatter(realm: realm)
                            temp = try sub.inspect(args[a])
                        case 111:  // o
                            a += 1
                            var sub = ConsoleFormatter(realm: realm)
                            sub.depth = 4
                            temp = try sub.inspect(args[a])
                        case 105:  // i
                            a += 1
                            let s = try realm.toJSString(args[a])
                            temp = formatNumber(NumberConversion.parseInt(s.units, radix: nil))
                        case 102:  // f
                            a += 1
                            let s = try realm.toJSString(args[a])
                            temp = formatNumber(NumberConversion.parseFloat(s.units))
                        case 99:  // c
                            a += 1
                            temp = ""
                        case 37:
                            str += first[lastPos..<i]
                            lastPos = i + 1
                            i += 1
                            continue
                        default:
                            i += 1
                            continue
                        }
                        if lastPos != i - 1 { str += first[lastPos..<(i - 1)] }
                        str += Array(temp.utf16)
                        lastPos = i + 1
                    } else if next == 37 {
                        str += first[lastPos..<i]
                        lastPos = i + 1
                    }
                }
                i += 1
            }
            if lastPos != 0 {
                a += 1
                join = [32]
                if lastPos < first.count { str += first[lastPos...] }
            }
        }
        while a < args.count {
            str += join
            if case .string(let s) = args[a] {
                str += s.units
            } else {
                var sub = ConsoleFormatter(realm: realm)
                str += Array(try sub.inspect(args[a]).utf16)
            }
            join = [32]
            a += 1
        }
        return String(decoding: str, as: UTF16.self)
    }

    private func formatForPercentS(_ v: JSValue) throws -> String {
        switch v {
        case .number(let d): return formatNumber(d)
        case .object(let o) where hasBuiltInToString(o):
            var sub = ConsoleFormatter(realm: realm)
            sub.depth = 0
            return try sub.inspect(v)
        default: return try realm.toSwiftString(v)
        }
    }

    /// Whether `o`'s `toString` is a builtin one (then `%s` inspects instead of calling it).
    private func hasBuiltInToString(_ o: JSObject) -> Bool {
        let key = PropertyKey("toString")
        guard let f = realm.findInChain(o, key), !f.attributes.contains(.accessor), f.value.isCallable else {
            return true
        }
        if o.getOwn(key) != nil { return false }
        var p = o.proto
        while let cur = p, cur.getOwn(key) == nil { p = cur.proto }
        guard let holder = p, let c = holder.getOwn(PropertyKey.constructor),
              case .object(let ctor) = c.value, let fn = ctor as? JSFunction else { return false }
        if case .native = fn.body { return true }
        return false
    }

    private func jsonStringify(_ v: JSValue) throws -> String {
        guard case .object(let json) = realm.global.ownDataValue(JSString("JSON")) ?? .undefined else {
            return "undefined"
        }
        do {
            let r = try realm.call(try realm.get(json, "stringify"), this: .object(json), [v])
            return r.isUndefined ? "undefined" : try realm.toSwiftString(r)
        } catch let e as JSException {
            if case .object(let eo) = e.value,
               let m = try? realm.toSwiftString(try realm.get(eo, "message")),
               m.contains("circular structure") {
                return "[Circular]"
            }
            throw e
        }
    }

    // MARK: - inspect

    /// `util.inspect(value)` with console.log's options.
    mutating func inspect(_ v: JSValue) throws -> String {
        let s = try formatValue(v, 0)
        return s.contains(ConsoleFormatter.stackMarker) ? s.replacingOccurrences(of: ConsoleFormatter.stackMarker, with: "") : s
    }

    func formatNumber(_ d: Double) -> String {
        if d == 0 && d.sign == .minus { return "-0" }
        return NumberConversion.numberToString(d)
    }

    private func formatPrimitive(_ v: JSValue) -> String {
        switch v {
        case .string(let s):
            let u = s.units
            if u.count > 16 && u.count > breakLength - indentationLvl - 4 {
                // Split after each newline, one quoted piece per line.
                var pieces: [[UInt16]] = []
                var cur: [UInt16] = []
                for c in u {
                    cur.append(c)
                    if c == 10 { pieces.append(cur); cur = [] }
                }
                if !cur.isEmpty { pieces.append(cur) }
                let sep = " +\n" + String(repeating: " ", count: indentationLvl + 2)
                return pieces.map { ConsoleFormatter.quote($0) }.joined(separator: sep)
            }
            return ConsoleFormatter.quote(u)
        case .number(let d): return formatNumber(d)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        default: return "undefined"
        }
    }

    /// node's `strEscape`: picks single, double or back quotes and escapes control characters.
    static func quote(_ u: [UInt16]) -> String {
        var quote: UInt16 = 39
        if u.contains(39) {
            if !u.contains(34) {
                quote = 34
            } else if !u.contains(96) && !containsDollarBrace(u) {
                quote = 96
            }
        }
        var out: [UInt16] = [quote]
        var i = 0
        while i < u.count {
            let c = u[i]
            if (c == quote && quote == 39) || c == 92 || c < 32 || (c > 126 && c < 160) {
                out += Array(escape(c).utf16)
            } else if c >= 0xD800 && c <= 0xDFFF {
                if c <= 0xDBFF && i + 1 < u.count && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF {
                    out.append(c)
                    out.append(u[i + 1])
                    i += 2
                    continue
                }
                out += Array(("\\u" + String(c, radix: 16)).utf16)
            } else {
                out.append(c)
            }
            i += 1
        }
        out.append(quote)
        return String(decoding: out, as: UTF16.self)
    }

    private static func containsDollarBrace(_ u: [UInt16]) -> Bool {
        var i = 0
        while i + 1 < u.count {
            if u[i] == 36 && u[i + 1] == 123 { return true }
            i += 1
        }
        return false
    }

    private static func escape(_ c: UInt16) -> String {
        switch c {
        case 8: return "\\b"
        case 9: return "\\t"
        case 10: return "\\n"
        case 12: return "\\f"
        case 13: return "\\r"
        case 39: return "\\'"
        case 92: return "\\\\"
        default:
            let h = String(c, radix: 16, uppercase: true)
            return "\\x" + (h.count < 2 ? "0" + h : h)
        }
    }

    private mutating func formatValue(_ v: JSValue, _ recurseTimes: Int) throws -> String {
        guard case .object(let o) = v else { return formatPrimitive(v) }
        if seen.contains(where: { $0 === o }) {
            let id = ObjectIdentifier(o)
            var index = 1
            if let existing = circular[id] {
                index = existing
            } else {
                index = circular.count + 1
                circular[id] = index
            }
            return "[Circular *\(index)]"
        }
        return try formatRaw(o, recurseTimes)
    }

    /// node's getConstructorName: the first `constructor` on the prototype chain that is a
    /// named function `o` is an instance of; nil for null-prototype chains.
    private func constructorName(_ o: JSObject) -> String? {
        var p: JSObject? = o
        while let cur = p {
            if let d = cur.getOwn(PropertyKey.constructor), !d.attributes.contains(.accessor),
               case .object(let c) = d.value, let f = c as? JSFunction {
                let n = f.debugName
                if !n.isEmpty, (try? realm.instanceOf(.object(o), .object(f))) == true { return n }
            }
            p = cur.proto
        }
        return nil
    }

    private func prefix(_ constructor: String?, _ tag: String, _ fallback: String, _ size: String = "") -> String {
        guard let c = constructor else {
            if !tag.isEmpty && fallback != tag { return "[\(fallback)\(size): null prototype] [\(tag)] " }
            return "[\(fallback)\(size): null prototype] "
        }
        if !tag.isEmpty && c != tag { return "\(c)\(size) [\(tag)] " }
        return "\(c)\(size) "
    }

    private enum Extras { case object, array }

    private func enumerableOwnNames(_ o: JSObject) -> [PropertyKey] {
        o.ownKeys().filter { k in
            guard let d = o.getOwn(k) else { return false }
            return d.attributes.contains(.enumerable)
        }
    }

    private mutating func formatRaw(_ o: JSObject, _ recurseTimesIn: Int) throws -> String {
        var recurseTimes = recurseTimesIn
        let constructor = constructorName(o)
        var tag = ""
        if o is MathNamespaceObject { tag = "Math" } else if o.objectClass == .json { tag = "JSON" }
        var keys = enumerableOwnNames(o)
        var base = ""
        var braces = ["{", "}"]
        var extras = Extras.object
        var forceBreak = false
        var formatter: (inout ConsoleFormatter, Int) throws -> [String] = { _, _ in [] }

        if let arr = o as? JSArray {
            let len = Int(arr.length)
            keys = keys.filter { if case .index = $0 { return false }; return true }
            let pre = (constructor != "Array" || !tag.isEmpty) ? prefix(constructor, tag, "Array", "(\(len))") : ""
            braces = ["\(pre)[", "]"]
            if len == 0 && keys.isEmpty { return braces[0] + "]" }
            extras = .array
            formatter = { f, r in try f.formatArray(arr, len, r) }
        } else if let m = o as? JSMapObject {
            let name = m.isSet ? "Set" : "Map"
            let pre = prefix(constructor, tag, name, "(\(m.size))")
            if m.size == 0 && keys.isEmpty { return pre + "{}" }
            braces = ["\(pre){", "}"]
            formatter = { f, r in try f.formatMapOrSet(m, r) }
        } else if let ta = o as? JSTypedArray {
            keys = keys.filter { if case .index = $0 { return false }; return true }
            let pre = prefix(constructor, tag, ta.kind.constructorName, "(\(ta.length))")
            braces = ["\(pre)[", "]"]
            if ta.length == 0 && keys.isEmpty { return braces[0] + "]" }
            extras = .array
            formatter = { f, _ in f.formatTypedArray(ta) }
        } else if o is JSArgumentsObject {
            braces = ["[Arguments] {", "}"]
            if keys.isEmpty { return "[Arguments] {}" }
        } else if constructor == "Object" && !(o is JSErrorObject) && !(o is JSPrimitiveObject)
                    && !(o is JSArrayBuffer) && !o.isCallable {
            if !tag.isEmpty { braces[0] = prefix(constructor, tag, "Object") + "{" }
            if keys.isEmpty { return braces[0] + "}" }
        } else if let fn = o as? JSFunction {
            base = try functionBase(fn, constructor, tag)
            if keys.isEmpty { return base }
        } else if o is JSErrorObject {
            base = try errorBase(o, constructor, tag, &keys)
            forceBreak = true
            if keys.isEmpty { return base }
        } else if let ab = o as? JSArrayBuffer {
            let pre = prefix(constructor, tag, "ArrayBuffer")
            braces[0] = pre + "{"
            keys.insert(PropertyKey("byteLength"), at: 0)
            formatter = { f, _ in [f.formatArrayBufferContents(ab)] }
        } else if let w = o as? JSPrimitiveObject {
            if case .string(let s) = w.primitive {
                keys = keys.filter { if case .index(let i) = $0, Int(i) < s.count { return false }; return true }
            }
            base = boxedBase(w, constructor, tag)
            if keys.isEmpty { return base }
        } else {
            if keys.isEmpty { return prefix(constructor, tag, "Object") + "{}" }
            braces[0] = prefix(constructor, tag, "Object") + "{"
        }

        if recurseTimes > depth {
            var name = String(prefix(constructor, tag, "Object").dropLast())
            if o is JSArray { name = String(prefix(constructor, tag, "Array").dropLast()) }
            if constructor != nil { name = "[\(name)]" }
            return name
        }
        recurseTimes += 1
        seen.append(o)
        currentDepth = recurseTimes
        var output = try formatter(&self, recurseTimes)
        for k in keys {
            output.append(try formatProperty(o, k, recurseTimes, extras: .object))
        }
        if let index = circular[ObjectIdentifier(o)] {
            let reference = "<ref *\(index)>"
            base = base.isEmpty ? reference : "\(reference) \(base)"
        }
        seen.removeLast()
        return reduceToSingleString(output, base, braces, extras, recurseTimes, o, forceBreak: forceBreak)
    }

    private mutating func formatProperty(_ o: JSObject, _ key: PropertyKey, _ recurseTimes: Int,
                                         extras: Extras) throws -> String {
        var str: String
        let desc = o.getOwn(key)
        if key == PropertyKey("byteLength"), let ab = o as? JSArrayBuffer, desc == nil {
            str = formatNumber(Double(ab.bytes.count))
        } else if let d = desc, d.attributes.contains(.accessor), case .object(let pairObj) = d.value,
                  let pair = pairObj as? AccessorPair {
            if pair.getter != nil {
                str = pair.setter != nil ? "[Getter/Setter]" : "[Getter]"
            } else if pair.setter != nil {
                str = "[Setter]"
            } else {
                str = "undefined"
            }
        } else {
            let value = try desc?.value ?? realm.get(o, key, receiver: .object(o))
            indentationLvl += 2
            str = try formatValue(value.isHole ? .undefined : value, recurseTimes)
            indentationLvl -= 2
        }
        if extras == .array { return str }
        let name: String
        let k = key.jsString.units
        if key == PropertyKey("__proto__") {
            name = "['__proto__']"
        } else if let d = desc, !d.attributes.contains(.enumerable), !(o is JSArrayBuffer) {
            name = "[\(String(decoding: k, as: UTF16.self))]"
        } else if ConsoleFormatter.isIdentifierKey(k) {
            name = String(decoding: k, as: UTF16.self)
        } else {
            name = ConsoleFormatter.quote(k)
        }
        return "\(name): \(str)"
    }

    private static func isIdentifierKey(_ k: [UInt16]) -> Bool {
        guard let f = k.first else { return false }
        func alpha(_ c: UInt16) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 }
        if !alpha(f) { return false }
        return k.allSatisfy { alpha($0) || ($0 >= 48 && $0 <= 57) }
    }

    private mutating func formatArray(_ arr: JSArray, _ len: Int, _ recurseTimes: Int) throws -> [String] {
        let shown = min(maxArrayLength, len)
        var output: [String] = []
        var i = 0
        while i < shown {
            guard arr.getOwn(.index(UInt32(i))) != nil else {
                return try formatSpecialArray(arr, len, recurseTimes, shown, &output, i)
            }
            output.append(try formatProperty(arr, .index(UInt32(i)), recurseTimes, extras: .array))
            i += 1
        }
        if len > shown { output.append(remainingText(len - shown)) }
        return output
    }

    private func remainingText(_ n: Int) -> String { "... \(n) more item\(n > 1 ? "s" : "")" }

    private mutating func formatSpecialArray(_ arr: JSArray, _ len: Int, _ recurseTimes: Int, _ maxLength: Int,
                                             _ output: inout [String], _ start: Int) throws -> [String] {
        let indexKeys: [UInt32] = arr.ownKeys().compactMap {
            if case .index(let i) = $0, arr.getOwn($0)?.attributes.contains(.enumerable) == true { return i }
            return nil
        }.filter { Int($0) >= start }.sorted()
        var index = start
        for k in indexKeys {
            if output.count >= maxLength { break }
            let tmp = Int(k)
            if tmp != index {
                let empty = tmp - index
                output.append("<\(empty) empty item\(empty > 1 ? "s" : "")>")
                index = tmp
                if output.count == maxLength { break }
            }
            output.append(try formatProperty(arr, .index(k), recurseTimes, extras: .array))
            index += 1
        }
        let remaining = len - index
        if output.count != maxLength {
            if remaining > 0 { output.append("<\(remaining) empty item\(remaining > 1 ? "s" : "")>") }
        } else if remaining > 0 {
            output.append(remainingText(remaining))
        }
        return output
    }

    private mutating func formatMapOrSet(_ m: JSMapObject, _ recurseTimes: Int) throws -> [String] {
        var output: [String] = []
        indentationLvl += 2
        defer { indentationLvl -= 2 }
        let entries = m.entries
        let shown = min(maxArrayLength, entries.count)
        for (k, v) in entries.prefix(shown) {
            if m.isSet {
                output.append(try formatValue(k, recurseTimes))
            } else {
                let ks = try formatValue(k, recurseTimes)
                let vs = try formatValue(v, recurseTimes)
                output.append("\(ks) => \(vs)")
            }
        }
        if entries.count > shown { output.append(remainingText(entries.count - shown)) }
        return output
    }

    private func formatTypedArray(_ ta: JSTypedArray) -> [String] {
        let shown = min(maxArrayLength, ta.length)
        var output = (0..<shown).map { formatNumber(ta.load($0)) }
        if ta.length > shown { output.append(remainingText(ta.length - shown)) }
        return output
    }

    private func formatArrayBufferContents(_ ab: JSArrayBuffer) -> String {
        let bytes = ab.bytes
        let shown = min(maxArrayLength, bytes.count)
        var hex = bytes.prefix(shown).map { b -> String in
            let h = String(b, radix: 16)
            return h.count < 2 ? "0" + h : h
        }.joined(separator: " ")
        let remaining = bytes.count - shown
        if remaining > 0 { hex += " ... \(remaining) more byte\(remaining > 1 ? "s" : "")" }
        return "[Uint8Contents]: <\(hex)>"
    }

    private func functionBase(_ fn: JSFunction, _ constructor: String?, _ tag: String) throws -> String {
        let isClass = fn.isClassConstructor || fn.codeBlock?.kind == .classConstructor
            || fn.codeBlock?.kind == .derivedConstructor
        if isClass {
            var name = "(anonymous)"
            if let d = fn.getOwn(PropertyKey("name")), case .string(let s) = d.value, s.count > 0 { name = s.string }
            var b = "class \(name)"
            if let c = constructor, c != "Function" { b += " [\(c)]" }
            if !tag.isEmpty && constructor != tag { b += " [\(tag)]" }
            if constructor != nil {
                if let p = fn.proto, case .string(let sup) = try realm.get(p, "name"), sup.count > 0 {
                    b += " extends \(sup.string)"
                }
            } else {
                b += " extends [null prototype]"
            }
            return "[\(b)]"
        }
        var b = "[Function"
        if constructor == nil { b += " (null prototype)" }
        let nameV = try realm.get(fn, "name")
        let name = (try? realm.toSwiftString(nameV)) ?? ""
        if name.isEmpty { b += " (anonymous)" } else { b += ": \(name)" }
        b += "]"
        if let c = constructor, c != "Function" { b += " \(c)" }
        if !tag.isEmpty && constructor != tag { b += " [\(tag)]" }
        return b
    }

    private func boxedBase(_ w: JSPrimitiveObject, _ constructor: String?, _ tag: String) -> String {
        let type: String
        switch w.primitive {
        case .number: type = "Number"
        case .string: type = "String"
        case .bool: type = "Boolean"
        default: type = "Object"
        }
        var b = "[\(type)"
        if type != constructor {
            if let c = constructor { b += " (\(c))" } else { b += " (null prototype)" }
        }
        var inner = ConsoleFormatter(realm: realm)
        inner.indentationLvl = 0
        b += ": \(inner.formatPrimitive(w.primitive))]"
        if !tag.isEmpty && tag != constructor { b += " [\(tag)]" }
        return b
    }

    /// The error's "stack" as node would show it, minus the stack frames.
    private func errorBase(_ e: JSObject, _ constructor: String?, _ tag: String,
                           _ keys: inout [PropertyKey]) throws -> String {
        let nameV = try realm.get(e, "name")
        let name = nameV.isNullish ? "Error" : try realm.toSwiftString(nameV)
        let msgV = try realm.get(e, "message")
        let message = msgV.isUndefined ? "" : try realm.toSwiftString(msgV)
        var stack: String
        if case .string(let s) = try realm.get(e, "stack") {
            stack = s.string
        } else if name.isEmpty {
            stack = message
        } else {
            stack = message.isEmpty ? name : "\(name): \(message)"
        }
        for n in ["name", "message", "stack"] {
            if let idx = keys.firstIndex(of: PropertyKey(n)),
               let v = try? realm.toSwiftString(try realm.get(e, n)), stack.contains(v) {
                keys.remove(at: idx)
            }
        }
        if realm.hasProperty(e, PropertyKey("cause")), !keys.contains(PropertyKey("cause")) {
            keys.append(PropertyKey("cause"))
        }
        // improveStack: show the constructor when it differs from the name.
        let len = name.count
        if constructor == nil || (name.hasSuffix("Error") && stack.hasPrefix(name)
                                  && (stack.count == len || stack.dropFirst(len).first == ":"
                                      || stack.dropFirst(len).first == "\n")) {
            let pre = String(prefix(constructor, tag, "Error").dropLast())
            if name != pre {
                if pre.contains(name) {
                    stack = len == 0 ? "\(pre): \(stack)" : pre + String(stack.dropFirst(len))
                } else {
                    stack = "\(pre) [\(name)]" + String(stack.dropFirst(len))
                }
            }
        }
        if indentationLvl != 0 {
            stack = stack.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: indentationLvl))
        }
        // node's stack frames make the text multi-line; the marker keeps that layout effect
        // (enclosing objects break their lines) and is removed before printing.
        return stack + ConsoleFormatter.stackMarker
    }

    /// Stands in for the stack frames node would print after an error's first line.
    static let stackMarker = "\u{E000}"

    // MARK: - Line layout

    private func reduceToSingleString(_ outputIn: [String], _ base: String, _ braces: [String], _ extras: Extras,
                                      _ recurseTimes: Int, _ value: JSObject, forceBreak: Bool) -> String {
        var output = outputIn
        let entries = output.count
        if extras == .array && entries > 6 {
            output = groupArrayElements(output, value)
        }
        if currentDepth - recurseTimes < compact && entries == output.count && !forceBreak {
            let start = output.count + indentationLvl + braces[0].utf16.count + base.utf16.count + 10
            if isBelowBreakLength(output, start, base) {
                let joined = output.joined(separator: ", ")
                if !joined.contains("\n") && !joined.contains(ConsoleFormatter.stackMarker) {
                    return (base.isEmpty ? "" : base + " ") + "\(braces[0]) \(joined) \(braces[1])"
                }
            }
        }
        let indentation = "\n" + String(repeating: " ", count: indentationLvl)
        return (base.isEmpty ? "" : base + " ") + "\(braces[0])\(indentation)  "
            + output.joined(separator: ",\(indentation)  ") + "\(indentation)\(braces[1])"
    }

    private func isBelowBreakLength(_ output: [String], _ start: Int, _ base: String) -> Bool {
        var total = output.count + start
        if total + output.count > breakLength { return false }
        for s in output {
            total += s.utf16.count
            if total > breakLength { return false }
        }
        return base.isEmpty || !base.contains("\n")
    }

    private func groupArrayElements(_ output: [String], _ value: JSObject) -> [String] {
        var totalLength = 0
        var maxLength = 0
        var outputLength = output.count
        if let arr = value as? JSArray, Int(arr.length) > maxArrayLength, output.count > maxArrayLength {
            outputLength -= 1
        } else if let ta = value as? JSTypedArray, ta.length > maxArrayLength, output.count > maxArrayLength {
            outputLength -= 1
        } else if output.last?.hasPrefix("... ") == true, output.count == maxArrayLength + 1 {
            outputLength -= 1
        }
        let separatorSpace = 2
        var dataLen = [Int](repeating: 0, count: outputLength)
        for i in 0..<outputLength {
            let len = output[i].utf16.count
            dataLen[i] = len
            totalLength += len + separatorSpace
            if maxLength < len { maxLength = len }
        }
        let actualMax = maxLength + separatorSpace
        guard actualMax * 3 + indentationLvl < breakLength,
              Double(totalLength) / Double(actualMax) > 5 || maxLength <= 6 else { return output }
        let averageBias = (Double(actualMax) - Double(totalLength) / Double(output.count)).squareRoot()
        let biasedMax = max(Double(actualMax) - 3 - averageBias, 1)
        let columns = min(
            Int(JSMath.round((2.5 * biasedMax * Double(outputLength)).squareRoot() / biasedMax)),
            (breakLength - indentationLvl) / actualMax,
            compact * 4,
            15)
        if columns <= 1 { return output }
        var maxLineLength: [Int] = []
        for i in 0..<columns {
            var lineLength = 0
            var j = i
            while j < output.count {
                if j < outputLength, dataLen[j] > lineLength { lineLength = dataLen[j] }
                j += columns
            }
            maxLineLength.append(lineLength + separatorSpace)
        }
        var padStart = true
        for i in 0..<output.count {
            var isNumber = false
            if let arr = value as? JSArray {
                if let d = arr.getOwn(.index(UInt32(i))), case .number = d.value { isNumber = true }
            } else if let ta = value as? JSTypedArray {
                isNumber = i < ta.length
            }
            if !isNumber { padStart = false; break }
        }
        var tmp: [String] = []
        var i = 0
        while i < outputLength {
            let maxI = min(i + columns, outputLength)
            var str = ""
            var j = i
            while j < maxI - 1 {
                let cell = output[j] + ", "
                str += pad(cell, maxLineLength[j - i], start: padStart)
                j += 1
            }
            if padStart {
                str += pad(output[j], maxLineLength[j - i] - separatorSpace, start: true)
            } else {
                str += output[j]
            }
            tmp.append(str)
            i += columns
        }
        if outputLength < output.count { tmp.append(output[outputLength]) }
        return tmp
    }

    private func pad(_ s: String, _ width: Int, start: Bool) -> String {
        let n = width - s.utf16.count
        if n <= 0 { return s }
        let sp = String(repeating: " ", count: n)
        return start ? sp + s : s + sp
    }
}
