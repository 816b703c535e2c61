import JSEngine

/// The semantics of the machine operations the executor and the generic evaluator share:
/// float64 arithmetic, comparisons, guard predicates and the unchecked memory accesses of
/// the memory-safety model (out-of-bounds or wrong-representation accesses throw
/// `EngineTermination.memorySafetyViolation`, never trap).
extension Executor {
    static func float(_ op: MachineInstruction.ArithOp, _ x: Double, _ y: Double) -> Double {
        switch op {
        case .add: return x + y
        case .sub: return x - y
        case .mul: return x * y
        case .div: return x / y
        case .mod: return Realm.arithmetic(.mod, x, y)
        case .pow: return Realm.arithmetic(.exp, x, y)
        }
    }

    /// Int32 multiplication of int32 inputs; on overflow, a zero product of a negative
    /// operand (-0), or inputs that are not int32, the exact double product.
    static func int32Multiply(_ x: Double, _ y: Double) -> Double {
        if let xi = Int32(exactly: x), let yi = Int32(exactly: y) {
            let (r, o) = xi.multipliedReportingOverflow(by: yi)
            if !o && !(r == 0 && (xi < 0 || yi < 0)) { return Double(r) }
        }
        return x * y
    }

    static func bitwise(_ op: MachineInstruction.BitOp, _ x: Int32, _ y: Int32) -> Int32 {
        switch op {
        case .and: return x & y
        case .or: return x | y
        case .xor: return x ^ y
        case .shl: return x << (UInt32(bitPattern: y) & 31)
        case .sar: return x >> (UInt32(bitPattern: y) & 31)
        }
    }

    /// A JS binary operator on two numbers, or nil for `in` and `instanceof` (the same
    /// result as the realm's generic operators, which convert numbers to themselves).
    static func numberBinary(_ op: BinaryOperator, _ x: Double, _ y: Double) -> JSValue? {
        switch op {
        case .add: return .number(x + y)
        case .sub: return .number(x - y)
        case .mul: return .number(x * y)
        case .div: return .number(x / y)
        case .mod: return .number(Realm.arithmetic(.mod, x, y))
        case .exp: return .number(Realm.arithmetic(.exp, x, y))
        case .shl: return .number(Realm.arithmetic(.shl, x, y))
        case .sar: return .number(Realm.arithmetic(.sar, x, y))
        case .shr: return .number(Realm.arithmetic(.shr, x, y))
        case .bitAnd: return .number(Realm.arithmetic(.and, x, y))
        case .bitOr: return .number(Realm.arithmetic(.or, x, y))
        case .bitXor: return .number(Realm.arithmetic(.xor, x, y))
        case .less: return .bool(x < y)
        case .greater: return .bool(x > y)
        case .lessEqual: return .bool(x <= y)
        case .greaterEqual: return .bool(x >= y)
        case .equal, .strictEqual: return .bool(x == y)
        case .notEqual, .strictNotEqual: return .bool(x != y)
        case .in, .instanceof: return nil
        }
    }

    /// `x op y` for an equality operator when the answer needs no conversion (so no user
    /// code): numbers, booleans and objects (by identity) against their own kind, null and
    /// undefined against anything (`x == null` holds just for null and undefined), and for
    /// strict equality any two values of different types. Nil otherwise (strings, loose
    /// comparisons across types, the hole, other operators): the generic operator decides.
    static func quickEquality(_ op: BinaryOperator, _ x: JSValue, _ y: JSValue) -> Bool? {
        let strict: Bool, negated: Bool
        switch op {
        case .equal: (strict, negated) = (false, false)
        case .notEqual: (strict, negated) = (false, true)
        case .strictEqual: (strict, negated) = (true, false)
        case .strictNotEqual: (strict, negated) = (true, true)
        default: return nil
        }
        let equal: Bool
        switch (x, y) {
        case (.hole, _), (_, .hole): return nil
        case (.number(let a), .number(let b)): equal = a == b
        case (.bool(let a), .bool(let b)): equal = a == b
        case (.object(let a), .object(let b)): equal = a === b
        case (.undefined, .undefined), (.null, .null): equal = true
        case (.undefined, .null), (.null, .undefined): equal = !strict
        case (.undefined, _), (.null, _), (_, .undefined), (_, .null): equal = false
        case (.string, .string): return nil
        default:
            // Values of two different types: strictly unequal; loosely, a conversion decides.
            guard strict else { return nil }
            equal = false
        }
        return equal != negated
    }

    /// Whether `v` is a primitive value other than the hole: converting it (ToPrimitive,
    /// ToNumber, ToString) runs no user code.
    @inline(__always) static func isPrimitive(_ v: JSValue) -> Bool {
        switch v {
        case .undefined, .null, .bool, .number, .string: return true
        case .object, .hole: return false
        }
    }

    /// Whether `d` is an int32 and not -0 (`JSValue.isInt32`, here so that it is inlined).
    @inline(__always) static func isInt32(_ d: Double) -> Bool {
        guard let i = Int32(exactly: d) else { return false }
        return i != 0 || d.sign == .plus
    }

    /// ToInt32, with the int32 case inline.
    @inline(__always) static func int32(_ d: Double) -> Int32 {
        if let i = Int32(exactly: d) { return i }
        return NumberConversion.toInt32(d)
    }

    /// ToUint32, with the uint32 and int32 cases inline.
    @inline(__always) static func uint32(_ d: Double) -> UInt32 {
        if let u = UInt32(exactly: d) { return u }
        if let i = Int32(exactly: d) { return UInt32(bitPattern: i) }
        return NumberConversion.toUint32(d)
    }

    /// ToBoolean, with booleans and numbers inline.
    @inline(__always) static func truthy(_ v: JSValue) -> Bool {
        switch v {
        case .bool(let b): return b
        case .number(let d): return !(d == 0 || d.isNaN)
        default: return v.truthy
        }
    }

    /// The number `v` holds, or NaN.
    @inline(__always) static func number(_ v: JSValue) -> Double {
        if case .number(let d) = v { return d }
        return .nan
    }

    static func compare(_ op: MachineInstruction.CompareOp, _ x: Double, _ y: Double) -> Bool {
        switch op {
        case .less: return x < y
        case .lessEqual: return x <= y
        case .greater: return x > y
        case .greaterEqual: return x >= y
        case .equal: return x == y
        case .notEqual: return x != y
        }
    }

    static func passes(_ k: MachineInstruction.CheckKind, _ v: JSValue) -> Bool {
        switch k {
        case .int32, .int32NoOverflow: if case .number(let d) = v { return isInt32(d) }; return false
        case .number: if case .number = v { return true }; return false
        case .string: if case .string = v { return true }; return false
        case .boolean: if case .bool = v { return true }; return false
        case .notHole: return !v.isHole
        }
    }

    // MARK: - Unchecked memory accesses (memory-safety model)

    static func object(_ v: JSValue, _ kind: String, _ site: String) throws -> JSObject {
        guard case .object(let o) = v else {
            throw EngineTermination.memorySafetyViolation("\(kind) with the wrong representation (not an object) at \(site)")
        }
        return o
    }

    /// The object behind an unchecked field access, which must have one of the shapes the
    /// access was compiled for (when it names any): another shape means the slot holds
    /// another property, possibly of another representation.
    static func fieldHolder(_ v: JSValue, _ access: String, _ site: String, shapes: [Shape]) throws -> JSObject {
        let o = try object(v, access, site)
        if !shapes.isEmpty && !shapes.contains(where: { $0 === o.shape }) {
            throw EngineTermination.memorySafetyViolation("\(access) with the wrong representation (unexpected shape) at \(site)")
        }
        return o
    }

    static func loadField(_ v: JSValue, _ slot: Int, _ site: String, shapes: [Shape] = []) throws -> JSValue {
        let o = try fieldHolder(v, "field load", site, shapes: shapes)
        guard slot >= 0, slot < o.slots.count, slot < o.shape.count else {
            throw EngineTermination.memorySafetyViolation("field load out of bounds at \(site)")
        }
        return o.slots[slot]
    }

    static func storeField(_ v: JSValue, _ slot: Int, _ value: JSValue, _ site: String, shapes: [Shape] = []) throws {
        let o = try fieldHolder(v, "field store", site, shapes: shapes)
        guard slot >= 0, slot < o.slots.count, slot < o.shape.count else {
            throw EngineTermination.memorySafetyViolation("field store out of bounds at \(site)")
        }
        o.slots[slot] = value
    }

    static func elementIndex(_ o: JSObject, _ i: JSValue, _ kind: String, _ site: String) throws -> Int {
        var limit = o.elements.isSparse ? 0 : o.elements.dense.count
        if let a = o as? JSArray { limit = min(limit, Int(a.length)) }
        guard case .number(let d) = i, d >= 0, d < Double(limit), d.rounded(.towardZero) == d else {
            throw EngineTermination.memorySafetyViolation("\(kind) out of bounds at \(site)")
        }
        return Int(d)
    }

    /// The typed array behind `o` with `i` in bounds of both its length and its buffer, and
    /// of the representation `kind` when the code assumed one.
    static func typedIndex(_ t: JSTypedArray, _ i: JSValue, _ access: String, _ site: String, kind: TypedArrayKind?) throws -> Int {
        if let k = kind, k != t.kind {
            throw EngineTermination.memorySafetyViolation("typed-array \(access) with the wrong representation at \(site)")
        }
        guard case .number(let d) = i, d >= 0, d < Double(t.length), d.rounded(.towardZero) == d,
              t.byteOffset + (Int(d) + 1) * t.kind.bytesPerElement <= t.buffer.bytes.count else {
            throw EngineTermination.memorySafetyViolation("typed-array \(access) out of bounds at \(site)")
        }
        return Int(d)
    }

    /// The array behind an unchecked element access, which must have one of the elements
    /// kinds the access was compiled for (when it names any): another kind stores its
    /// elements in another representation (unboxed doubles against tagged values).
    static func elementHolder(_ v: JSValue, _ access: String, _ site: String, kinds: [ElementsKind]) throws -> JSObject {
        let o = try object(v, access, site)
        if !kinds.isEmpty && !((o as? JSArray).map { kinds.contains($0.elementsKind) } ?? false) {
            throw EngineTermination.memorySafetyViolation("\(access) with the wrong representation (unexpected elements kind) at \(site)")
        }
        return o
    }

    static func loadElement(_ a: JSValue, _ i: JSValue, _ site: String, kind: TypedArrayKind? = nil,
                            kinds: [ElementsKind] = []) throws -> JSValue {
        let o = try elementHolder(a, "element load", site, kinds: kinds)
        if let t = o as? JSTypedArray { return .number(t.load(try typedIndex(t, i, "load", site, kind: kind))) }
        if kind != nil { throw EngineTermination.memorySafetyViolation("typed-array load on another object at \(site)") }
        if let a = o as? JSArray, !a.elements.isSparse, case .number(let d) = i, d >= Double(a.elements.dense.count),
           d < Double(a.length), d.rounded(.towardZero) == d {
            return .hole   // within the length, past the stored elements: a hole at the end of a holey array
        }
        return o.elements.dense[try elementIndex(o, i, "element load", site)]
    }

    static func storeElement(_ a: JSValue, _ i: JSValue, _ v: JSValue, _ site: String, kind: TypedArrayKind? = nil,
                             kinds: [ElementsKind] = []) throws {
        let o = try elementHolder(a, "element store", site, kinds: kinds)
        if let t = o as? JSTypedArray {
            t.store(try typedIndex(t, i, "store", site, kind: kind), v.asNumber ?? .nan)
            return
        }
        if kind != nil { throw EngineTermination.memorySafetyViolation("typed-array store on another object at \(site)") }
        let k = try elementIndex(o, i, "element store", site)
        o.elements.dense[k] = v
        o.elements.kind = o.elements.kind.generalized(for: v)
    }

    /// The bound of an unchecked store into a holey array: its dense storage's length (within
    /// the array's length), 0 for sparse storage, a non-extensible array or a prototype (a
    /// filled hole there would give other arrays' holes a value, unseen by
    /// `CheckNoPrototypeElements` guards hoisted out of the storing loop).
    static func elementsCapacity(_ a: JSValue, _ site: String) throws -> JSValue {
        guard let arr = try object(a, "elements capacity", site) as? JSArray else {
            throw EngineTermination.memorySafetyViolation("elements capacity of a non-array at \(site)")
        }
        guard arr.extensible, !arr.isPrototype, !arr.elements.isSparse else { return .number(0) }
        return .number(Double(min(arr.elements.dense.count, Int(arr.length))))
    }

    static func arrayLength(_ a: JSValue, _ site: String) throws -> JSValue {
        let o = try object(a, "array length", site)
        if let arr = o as? JSArray { return .number(Double(arr.length)) }
        if let t = o as? JSTypedArray { return .number(Double(t.length)) }
        throw EngineTermination.memorySafetyViolation("array length of a non-array at \(site)")
    }
}
