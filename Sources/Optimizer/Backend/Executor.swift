import JSEngine

/// What running optimized code produced: a value, or a request to continue in the
/// interpreter at `frameState.pc` with the interpreter registers `values` (nil: undefined),
/// on top of the frames of the callers it was inlined into (`callerValues`, outermost
/// first, matching `frameState.frames`).
public enum ExecutionResult {
    case returned(JSValue)
    case deoptimize(reason: String, frameState: FrameState, values: [JSValue?], callerValues: [[JSValue?]])
}

/// Runs a `CompiledFunction`'s machine instructions over a register file (the allocator's
/// registers plus one scratch) and a frame of spill slots. Guards deoptimize; generic
/// operations run real JS semantics through the realm (or deoptimize, for bytecode the
/// executor does not implement); unchecked memory accesses that would be out of bounds,
/// and typed operations on values that are not numbers (wrong representation), throw
/// `EngineTermination.memorySafetyViolation` instead of trapping; `--assert-types`
/// checks throw `EngineTermination.typeAssertion`. Every 65536 instructions the realm's
/// time, step and heap budgets are checked, as the interpreter does on back edges.
struct Executor {
    let function: CompiledFunction

    enum Outcome { case value(JSValue), deopt(String) }

    /// Runs the code. `osrValues` are the interpreter registers OSR code starts from.
    func run(realm: Realm, this: JSValue, arguments: [JSValue], context: Context?, osrValues: [JSValue] = []) throws -> ExecutionResult {
        let code = function.instructions
        // Registers and spill slots in one buffer (captured as constants: no boxing).
        let regCount = function.registerCount + 1
        let slotCount = function.slotCount
        let storage = UnsafeMutablePointer<JSValue>.allocate(capacity: regCount + slotCount)
        storage.initialize(repeating: .undefined, count: regCount + slotCount)
        defer {
            storage.deinitialize(count: regCount + slotCount)
            storage.deallocate()
        }
        let slotBase = storage + regCount
        func read(_ o: Operand) -> JSValue {
            switch o {
            case .constant(let v): return v
            case .location(.register(let r)): return r < regCount ? storage[r] : .undefined
            case .location(.slot(let s)): return s < slotCount ? slotBase[s] : .undefined
            }
        }
        func write(_ l: Location, _ v: JSValue) {
            switch l {
            case .register(let r): if r < regCount { storage[r] = v }
            case .slot(let s): if s < slotCount { slotBase[s] = v }
            }
        }
        func deopt(_ k: Int, _ reason: String? = nil) throws -> ExecutionResult {
            guard k >= 0, k < function.deopts.count else { throw EngineTermination.internalError("bad deopt index \(k)") }
            let p = function.deopts[k]
            var materialized: [Int: JSObject] = [:]
            let values = p.registers.map { $0.map { $0.value(materialized: &materialized, read: read) } }
            let callers = p.callerRegisters.map { frame in frame.map { $0.map { $0.value(materialized: &materialized, read: read) } } }
            return .deoptimize(reason: reason ?? p.reason, frameState: p.frameState, values: values, callerValues: callers)
        }
        func num(_ o: Operand) -> Double { read(o).asNumber ?? .nan }
        var pc = 0
        /// An operand of a typed machine operation: a number, or a value of another
        /// representation that a missing guard let through (reading it as a double would
        /// read a pointer: a wrong-representation violation).
        func typed(_ o: Operand) throws -> Double {
            guard case .number(let d) = read(o) else {
                throw EngineTermination.memorySafetyViolation(
                    "typed operation on a value that is not a number (wrong representation) at instruction \(pc - 1) of \(function.name)")
            }
            return d
        }
        var steps = 0
        while pc >= 0 && pc < code.count {
            steps += 1
            if steps & 0xFFFF == 0 {
                if realm.options.maxSteps > 0, UInt64(steps) > realm.options.maxSteps {
                    throw EngineTermination.resourceLimit("step limit exceeded in optimized code")
                }
                try realm.checkResourceLimits()
            }
            let inst = code[pc]
            pc += 1
            switch inst {
            case .move(let d, let s): write(d, read(s))
            case .loadParameter(let d, let i):
                write(d, i == 0 ? this : (i - 1 < arguments.count ? arguments[i - 1] : .undefined))
            case .loadOsrValue(let d, let r):
                write(d, r >= 0 && r < osrValues.count ? osrValues[r] : .undefined)
            case .int32Arith(let op, let d, let a, let b):
                let x = try typed(a), y = try typed(b)
                if let xi = Int32(exactly: x), let yi = Int32(exactly: y) {
                    let (r, o): (Int32, Bool)
                    switch op {
                    case .add: (r, o) = xi.addingReportingOverflow(yi)
                    case .sub: (r, o) = xi.subtractingReportingOverflow(yi)
                    default: (r, o) = xi.multipliedReportingOverflow(by: yi)
                    }
                    // Overflow, or a zero product of a negative operand (-0): the exact double.
                    if !o && !(op == .mul && r == 0 && (xi < 0 || yi < 0)) { write(d, .number(Double(r))); continue }
                }
                write(d, .number(Executor.float(op, x, y)))
            case .float64Arith(let op, let d, let a, let b): write(d, .number(Executor.float(op, try typed(a), try typed(b))))
            case .float64Negate(let d, let a): write(d, .number(-(try typed(a))))
            case .int32Bitwise(let op, let d, let a, let b):
                let x = NumberConversion.toInt32(try typed(a)), y = NumberConversion.toInt32(try typed(b))
                let r: Int32
                switch op {
                case .and: r = x & y
                case .or: r = x | y
                case .xor: r = x ^ y
                case .shl: r = x << (UInt32(bitPattern: y) & 31)
                case .sar: r = x >> (UInt32(bitPattern: y) & 31)
                }
                write(d, .number(Double(r)))
            case .uint32Shr(let d, let a, let b):
                write(d, .number(Double(NumberConversion.toUint32(try typed(a)) >> (NumberConversion.toUint32(try typed(b)) & 31))))
            case .word32ToFloat64(let d, let a, let signed):
                let x = num(a)
                write(d, .number(signed ? Double(NumberConversion.toInt32(x)) : Double(NumberConversion.toUint32(x))))
            case .modMask(let d, let a, let m):
                write(d, .number(Double(NumberConversion.toInt32(try typed(a)) & m)))
            case .numberCompare(let op, let d, let a, let b): write(d, .bool(Executor.compare(op, try typed(a), try typed(b))))
            case .compareAndBranch(let op, let a, let b, let t, let f): pc = Executor.compare(op, try typed(a), try typed(b)) ? t : f
            case .branch(let c, let t, let f): pc = read(c).truthy ? t : f
            case .jump(let t): pc = t
            case .check(let k, let d, let v, let e):
                let x = read(v)
                if !Executor.passes(k, x) { return try deopt(e) }
                write(d, x)
            case .checkShape(let shapes, let d, let v, let e):
                let x = read(v)
                guard case .object(let o) = x, shapes.contains(where: { $0.shape === o.shape }) else { return try deopt(e) }
                write(d, x)
            case .checkBounds(let d, let i, let l, let e):
                let x = num(i), n = num(l)
                guard x >= 0, x < n, x.rounded(.towardZero) == x else { return try deopt(e) }
                write(d, read(i))
            case .loadField(let d, let o, let slot, let site, let shapes):
                write(d, try Executor.loadField(read(o), slot, site, shapes: shapes))
            case .storeField(let o, let slot, let v, let site, let shapes):
                try Executor.storeField(read(o), slot, read(v), site, shapes: shapes)
            case .loadElement(let d, let a, let i, let site, let kinds):
                write(d, try Executor.loadElement(read(a), read(i), site, kinds: kinds))
            case .storeElement(let a, let i, let v, let site, let kinds):
                try Executor.storeElement(read(a), read(i), read(v), site, kinds: kinds)
            case .arrayLength(let d, let a, let site): write(d, try Executor.arrayLength(read(a), site))
            case .loadTypedElement(let k, let d, let a, let i, let site):
                write(d, try Executor.loadElement(read(a), read(i), site, kind: k))
            case .storeTypedElement(let k, let a, let i, let v, let site):
                // The value is a number after lowering; anything else is stored as NaN (no user code runs here).
                try Executor.storeElement(read(a), read(i), .number(read(v).asNumber ?? .nan), site, kind: k)
            case .generic(let op, let d, let ins, let e, let node):
                let outcome = try GenericEvaluator(realm: realm, code: function.inlinedCode[node] ?? function.code, context: context,
                                                   node: node)
                    .evaluate(op, ins.map(read))
                switch outcome {
                case .value(let v): if let d = d { write(d, v) }
                case .deopt(let reason):
                    guard let e = e else { throw EngineTermination.internalError("\(op) cannot run and has no frame state") }
                    return try deopt(e, reason)
                }
            case .deoptimize(let e): return try deopt(e)
            case .ret(let v): return .returned(read(v))
            case .throwValue(let v): throw JSException(read(v))
            case .assertType(let assertion, let v):
                if let violation = assertion.violation(read(v)) { throw EngineTermination.typeAssertion(violation) }
            }
        }
        throw EngineTermination.internalError("optimized code ran off its end")
    }

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
        case .int32, .int32NoOverflow: if case .number(let d) = v { return JSValue.isInt32(d) }; return false
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

    static func arrayLength(_ a: JSValue, _ site: String) throws -> JSValue {
        let o = try object(a, "array length", site)
        if let arr = o as? JSArray { return .number(Double(arr.length)) }
        if let t = o as? JSTypedArray { return .number(Double(t.length)) }
        throw EngineTermination.memorySafetyViolation("array length of a non-array at \(site)")
    }
}
