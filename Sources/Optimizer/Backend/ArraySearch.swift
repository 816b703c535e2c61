import JSEngine

/// The inlined `Array.prototype.includes` / `indexOf` over a JS array's dense elements.
/// A hole is not an element of the array: the lookup continues on the prototype chain
/// (`Array.prototype[3] = x` makes a hole at 3 read as x), exactly as the builtins'
/// `Get` / `HasProperty` do. `includes` compares with SameValueZero and sees missing
/// elements as undefined; `indexOf` compares strictly and skips missing elements.
struct ArraySearch {
    let realm: Realm
    let array: JSArray
    let target: JSValue
    let includes: Bool

    func run() throws -> JSValue {
        var k = 0
        while k < Int(array.length) {
            let dense = array.elements.dense
            var element: JSValue? = k < dense.count ? dense[k] : .hole
            if element?.isHole == true { element = try inherited(k) }
            if includes {
                if Realm.sameValueZero(element ?? .undefined, target) { return .bool(true) }
            } else if let e = element, Realm.strictEquals(e, target) {
                return .number(Double(k))
            }
            k += 1
        }
        return includes ? .bool(false) : .number(-1)
    }

    /// A hole's value from the prototype chain, or nil when no prototype has that index.
    private func inherited(_ k: Int) throws -> JSValue? {
        let key = PropertyKey.index(UInt32(k))
        guard realm.hasProperty(array, key) else { return nil }
        return try realm.get(array, key, receiver: .object(array))
    }
}
