/// JSON.parse's parser: the full JSON grammar over UTF-16 units, iterative (an explicit
/// container stack, so deep nesting cannot overflow the host stack), with V8's
/// SyntaxError wording and positions.
struct JSONParser {
    let realm: Realm
    let src: [UInt16]
    var pos = 0

    init(realm: Realm, source: JSString) {
        self.realm = realm
        self.src = source.units
    }

    /// An open array or object while its contents are parsed.
    private struct Container {
        var isArray: Bool
        var values: [JSValue] = []
        var object: JSObject?
        var key: PropertyKey = .index(0)
    }

    // MARK: - Errors

    private static let maxContext = 10

    private func error(_ message: String) -> JSException {
        realm.error(.syntaxError, message)
    }

    private func errorAt(_ what: String, _ p: Int) -> JSException {
        error("\(what) in JSON at position \(p)")
    }

    /// V8's message for an unexpected character at `pos` (or the end of input).
    private func unexpected() -> JSException {
        if pos >= src.count { return error("Unexpected end of JSON input") }
        let whole = JSString(src).string
        if ["NaN", "Infinity", "undefined", "[object Object]"].contains(whole) {
            return error("\"\(whole)\" is not valid JSON")
        }
        let tok = JSString([src[pos]]).string
        let n = src.count
        let m = JSONParser.maxContext
        if n <= 2 * m + 1 {
            return error("Unexpected token '\(tok)', \"\(whole)\" is not valid JSON")
        }
        if pos < m {
            let s = JSString(Array(src[0..<(pos + m)])).string
            return error("Unexpected token '\(tok)', \"\(s)\"... is not valid JSON")
        }
        if pos < n - m {
            let s = JSString(Array(src[(pos - m)..<(pos + m)])).string
            return error("Unexpected token '\(tok)', ...\"\(s)\"... is not valid JSON")
        }
        let s = JSString(Array(src[(pos - m)..<n])).string
        return error("Unexpected token '\(tok)', ...\"\(s)\" is not valid JSON")
    }

    // MARK: - Scanning

    private mutating func skipWhitespace() {
        while pos < src.count {
            switch src[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    private var current: UInt16? { pos < src.count ? src[pos] : nil }

    /// Parses the whole text.
    mutating func parse() throws -> JSValue {
        var stack: [Container] = []
        var value: JSValue = .undefined
        parseValue: while true {
            skipWhitespace()
            guard let c = current else { throw unexpected() }
            switch c {
            case 0x5B: // [
                pos += 1
                skipWhitespace()
                if current == 0x5D {
                    pos += 1
                    value = .object(realm.newArray())
                } else {
                    stack.append(Container(isArray: true))
                    continue parseValue
                }
            case 0x7B: // {
                pos += 1
                skipWhitespace()
                if current == 0x7D {
                    pos += 1
                    value = .object(realm.newObject())
                } else if current == 0x22 {
                    var box = Container(isArray: false)
                    box.object = realm.newObject()
                    box.key = try parsePropertyName()
                    stack.append(box)
                    continue parseValue
                } else {
                    throw errorAt("Expected property name or '}'", pos)
                }
            case 0x22:
                value = .string(try parseString())
            case 0x2D, 0x30...0x39:
                value = .number(try parseNumber())
            case 0x74: try parseLiteral("true"); value = .bool(true)
            case 0x66: try parseLiteral("false"); value = .bool(false)
            case 0x6E: try parseLiteral("null"); value = .null
            default:
                throw unexpected()
            }
            // A value is complete: add it to the enclosing containers, closing those that end.
            while !stack.isEmpty {
                let top = stack.count - 1
                skipWhitespace()
                if stack[top].isArray {
                    stack[top].values.append(value)
                    if current == 0x2C {
                        pos += 1
                        continue parseValue
                    }
                    if current == 0x5D {
                        pos += 1
                        value = .object(realm.newArray(stack.removeLast().values))
                        continue
                    }
                    throw errorAt("Expected ',' or ']' after array element", pos)
                } else {
                    let o = stack[top].object ?? realm.newObject()
                    o.putOwn(stack[top].key, value, .default)
                    if current == 0x2C {
                        pos += 1
                        skipWhitespace()
                        guard current == 0x22 else { throw errorAt("Expected double-quoted property name", pos) }
                        stack[top].key = try parsePropertyName()
                        continue parseValue
                    }
                    if current == 0x7D {
                        pos += 1
                        stack.removeLast()
                        value = .object(o)
                        continue
                    }
                    throw errorAt("Expected ',' or '}' after property value", pos)
                }
            }
            break
        }
        skipWhitespace()
        if pos < src.count { throw error("Unexpected non-whitespace character after JSON at position \(pos)") }
        return value
    }

    /// A property name and the colon after it.
    private mutating func parsePropertyName() throws -> PropertyKey {
        let k = PropertyKey(try parseString())
        skipWhitespace()
        guard current == 0x3A else { throw errorAt("Expected ':' after property name", pos) }
        pos += 1
        return k
    }

    private mutating func parseLiteral(_ word: String) throws {
        for u in word.utf16 {
            guard current == u else { throw unexpected() }
            pos += 1
        }
    }

    private mutating func parseString() throws -> JSString {
        pos += 1 // opening quote
        let start = pos
        // Fast path: no escapes.
        while pos < src.count {
            let c = src[pos]
            if c == 0x22 {
                let s = JSString(Array(src[start..<pos]))
                pos += 1
                return s
            }
            if c == 0x5C { break }
            if c < 0x20 { throw errorAt("Bad control character in string literal", pos) }
            pos += 1
        }
        var buf = Array(src[start..<pos])
        while true {
            guard pos < src.count else { throw errorAt("Unterminated string", pos) }
            let c = src[pos]
            if c == 0x22 {
                pos += 1
                return JSString(buf)
            }
            if c < 0x20 { throw errorAt("Bad control character in string literal", pos) }
            if c != 0x5C {
                buf.append(c)
                pos += 1
                continue
            }
            pos += 1
            guard pos < src.count else { throw unexpected() }
            let e = src[pos]
            switch e {
            case 0x22, 0x5C, 0x2F: buf.append(e)
            case 0x62: buf.append(0x08)
            case 0x66: buf.append(0x0C)
            case 0x6E: buf.append(0x0A)
            case 0x72: buf.append(0x0D)
            case 0x74: buf.append(0x09)
            case 0x75:
                var v: UInt16 = 0
                for _ in 0..<4 {
                    pos += 1
                    guard pos < src.count, let d = JSONParser.hexValue(src[pos]) else {
                        throw errorAt("Bad Unicode escape", pos)
                    }
                    v = v << 4 | d
                }
                buf.append(v)
            default:
                throw errorAt("Bad escaped character", pos)
            }
            pos += 1
        }
    }

    private static func hexValue(_ c: UInt16) -> UInt16? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    private func isDigit(_ c: UInt16?) -> Bool {
        guard let c else { return false }
        return c >= 0x30 && c <= 0x39
    }

    private mutating func parseNumber() throws -> Double {
        let start = pos
        if current == 0x2D {
            pos += 1
            guard isDigit(current) else { throw errorAt("No number after minus sign", pos) }
        }
        if current == 0x30 {
            pos += 1
            if isDigit(current) { throw errorAt("Unexpected number", pos) }
        } else {
            while isDigit(current) { pos += 1 }
        }
        if current == 0x2E {
            pos += 1
            guard isDigit(current) else { throw errorAt("Unterminated fractional number", pos) }
            while isDigit(current) { pos += 1 }
        }
        if current == 0x65 || current == 0x45 {
            pos += 1
            if current == 0x2B || current == 0x2D { pos += 1 }
            guard isDigit(current) else { throw errorAt("Exponent part is missing a number", pos) }
            while isDigit(current) { pos += 1 }
        }
        return NumberConversion.stringToNumber(Array(src[start..<pos]))
    }
}

/// The reviver walk of JSON.parse (InternalizeJSONProperty), depth-limited like V8's stack.
struct JSONReviver {
    static let maxDepth = 2000
    let realm: Realm
    let reviver: JSValue

    func internalize(_ holder: JSObject, _ key: PropertyKey, depth: Int) throws -> JSValue {
        if depth > JSONReviver.maxDepth { throw realm.rangeError("Maximum call stack size exceeded") }
        let val = try realm.get(holder, key, receiver: .object(holder))
        if case .object(let o) = val {
            if o is JSArray {
                let len = NumberConversion.toLength(try realm.toNumber(try realm.get(o, "length")))
                var i = 0.0
                while i < len {
                    try revise(o, .index(UInt32(i)), depth: depth)
                    i += 1
                }
            } else {
                for k in realm.ownEnumerableKeys(o) { try revise(o, k, depth: depth) }
            }
        }
        return try realm.call(reviver, this: .object(holder), [.string(key.jsString), val])
    }

    private func revise(_ o: JSObject, _ k: PropertyKey, depth: Int) throws {
        let v = try internalize(o, k, depth: depth + 1)
        if v.isUndefined {
            _ = realm.deleteProperty(o, k)
        } else {
            realm.createDataProperty(o, k, v)
        }
    }
}
