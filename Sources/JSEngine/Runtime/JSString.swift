/// A JavaScript string: an immutable sequence of UTF-16 code units.
///
/// Concatenation builds a rope (left + right) that is flattened on first access to the
/// units, so `s += x` in a loop stays linear like in V8. Hashing and equality are by content,
/// with an identity fast path, so strings serve directly as property keys.
public final class JSString: Hashable, CustomStringConvertible {
    private var flat: [UInt16]?
    private var left: JSString?
    private var right: JSString?
    public let count: Int
    private var cachedHash: Int?

    public init(_ units: [UInt16]) {
        self.flat = units
        self.count = units.count
    }

    public convenience init(_ string: String) {
        self.init(Array(string.utf16))
    }

    private init(left: JSString, right: JSString) {
        self.left = left
        self.right = right
        self.count = left.count + right.count
    }

    /// Concatenates two strings, building a rope when the result is long.
    public static func concat(_ a: JSString, _ b: JSString) -> JSString {
        if a.count == 0 { return b }
        if b.count == 0 { return a }
        if a.count + b.count < 24 {
            var u = a.units
            u.append(contentsOf: b.units)
            return JSString(u)
        }
        return JSString(left: a, right: b)
    }

    /// The code units, flattening a rope once.
    public var units: [UInt16] {
        if let f = flat { return f }
        var out = [UInt16]()
        out.reserveCapacity(count)
        // Iterative flattening: ropes can be deep (one node per `+=`).
        var stack: [JSString] = [self]
        while let s = stack.popLast() {
            if let f = s.flat {
                out.append(contentsOf: f)
            } else {
                if let r = s.right { stack.append(r) }
                if let l = s.left { stack.append(l) }
            }
        }
        flat = out
        left = nil
        right = nil
        return out
    }

    public subscript(i: Int) -> UInt16 { units[i] }

    public var string: String { String(decoding: units, as: UTF16.self) }
    public var description: String { string }

    public static func == (a: JSString, b: JSString) -> Bool {
        if a === b { return true }
        if a.count != b.count { return false }
        if let ha = a.cachedHash, let hb = b.cachedHash, ha != hb { return false }
        return a.units == b.units
    }

    public func hash(into hasher: inout Hasher) {
        if let h = cachedHash {
            hasher.combine(h)
            return
        }
        var inner = Hasher()
        inner.combine(units)
        let h = inner.finalize()
        cachedHash = h
        hasher.combine(h)
    }

    /// If this string is a canonical array index ("0", "17", not "017" or "4294967295"), its value.
    public var arrayIndex: UInt32? {
        let u = units
        if u.isEmpty || u.count > 10 { return nil }
        if u[0] == 48 { return u.count == 1 ? 0 : nil }
        var v: UInt64 = 0
        for c in u {
            guard c >= 48 && c <= 57 else { return nil }
            v = v * 10 + UInt64(c - 48)
        }
        return v < 4294967295 ? UInt32(v) : nil
    }

    public static let empty = JSString([])

    /// Lexicographic comparison by code units (the spec's string `<`).
    public static func lessThan(_ a: JSString, _ b: JSString) -> Bool {
        let x = a.units, y = b.units
        let n = Swift.min(x.count, y.count)
        var i = 0
        while i < n {
            if x[i] != y[i] { return x[i] < y[i] }
            i += 1
        }
        return x.count < y.count
    }
}
