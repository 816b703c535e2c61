import JSEngine

/// Evaluates one IR opcode on JS values with the engine's real semantics (the generic
/// path every operation can take, and the only one the reference instruction selection
/// uses). Returns `.deopt` for what it does not implement: the interpreter then runs that
/// bytecode instead (the node's frame state resumes before it).
struct GenericEvaluator {
    let realm: Realm
    let code: CodeBlock
    let context: Context?
    /// The node being evaluated (named in memory-safety reports).
    let node: Int
    var site: String { "n\(node)" }

    func evaluate(_ op: Opcode, _ a: [JSValue]) throws -> Executor.Outcome {
        func arg(_ i: Int) -> JSValue { i < a.count ? a[i] : .undefined }
        func guardPass(_ ok: Bool, _ reason: String) -> Executor.Outcome { ok ? .value(arg(0)) : .deopt(reason) }
        func num(_ i: Int) -> Double { arg(i).asNumber ?? .nan }
        switch op {
        case .parameter, .start, .effectPhi, .phi, .goto, .branch, .return, .throw, .deoptimize, .osrValue:
            return .deopt("\(op) is not a generic operation")
        case .constant(let v): return .value(v)
        case .context: return .value(.undefined)
        case .jsBinary(let b): return try binary(b, arg(0), arg(1))
        case .jsNegate: return .value(.number(-(try realm.toNumber(arg(0)))))
        case .jsBitNot: return .value(.number(Double(~(try realm.toInt32(arg(0))))))
        case .jsToNumber: return .value(.number(try realm.toNumber(arg(0))))
        case .jsNot, .booleanNot: return .value(.bool(!arg(0).truthy))
        case .jsTypeOf: return .value(.string(JSString(arg(0).typeofString)))
        case .jsIncrement: return .value(.number(try realm.toNumber(arg(0)) + 1))
        case .jsDecrement: return .value(.number(try realm.toNumber(arg(0)) - 1))
        case .jsGetNamed(let name): return .value(try realm.getValue(arg(0), PropertyKey(name)))
        case .jsSetNamed(let name):
            try realm.setValue(arg(0), PropertyKey(name), arg(1), strict: code.isStrict)
            return .value(.undefined)
        case .jsGetKeyed: return .value(try realm.getValue(arg(0), try realm.toPropertyKey(arg(1))))
        case .jsSetKeyed:
            try realm.setValue(arg(0), try realm.toPropertyKey(arg(1)), arg(2), strict: code.isStrict)
            return .value(.undefined)
        case .jsLoadGlobal(let name):
            let key = PropertyKey(name)
            guard realm.hasProperty(realm.global, key) else { return .deopt("global \(name.string) not found") }
            return .value(try realm.get(realm.global, key, receiver: .object(realm.global)))
        case .jsStoreGlobal: return .deopt("global stores are not compiled")
        case .jsCall: return .value(try realm.call(arg(0), this: arg(1), Array(a.dropFirst(2))))
        case .jsConstruct: return .value(try realm.construct(arg(0), Array(a.dropFirst(1))))
        case .jsCreateObject: return .value(.object(JSObject(shape: realm.objectPrototype.childRootShape)))
        case .jsCreateArray: return .value(.object(realm.newArray()))
        case .jsLoadContext(let depth, let slot):
            guard let c = contextAt(depth), slot >= 0, slot < c.slots.count else { return .deopt("context not available") }
            return .value(c.slots[slot])
        case .jsStoreContext(let depth, let slot):
            guard let c = contextAt(depth), slot >= 0, slot < c.slots.count else { return .deopt("context not available") }
            c.slots[slot] = arg(0)
            return .value(.undefined)
        case .jsGeneric(let inst): return generic(inst, a)
        case .checkInt32, .checkInt32NoOverflow: return guardPass(arg(0).asNumber.map(JSValue.isInt32) ?? false, "not an int32")
        case .checkNumber: return guardPass(arg(0).asNumber != nil, "not a number")
        case .checkString: return guardPass(arg(0).asString != nil, "not a string")
        case .checkBoolean: if case .bool = arg(0) { return .value(arg(0)) }; return .deopt("not a boolean")
        case .checkNotHole: return guardPass(!arg(0).isHole, "hole")
        case .checkShape(let shapes):
            return guardPass(arg(0).asObject.map { o in shapes.contains { $0.shape === o.shape } } ?? false, "wrong shape")
        case .checkElementsKind(let kinds):
            // Only JS arrays have elements kinds (a plain object's indexed storage does not count).
            return guardPass((arg(0).asObject as? JSArray).map { kinds.contains($0.elementsKind) } ?? false, "wrong elements kind")
        case .checkBounds:
            let i = num(0), n = num(1)
            return guardPass(i >= 0 && i < n && i.rounded(.towardZero) == i, "out of bounds")
        case .checkCallTarget(let target): return guardPass(arg(0).asObject === target.object, "wrong call target")
        case .int32Add, .float64Add: return .value(.number(num(0) + num(1)))
        case .int32Sub, .float64Sub: return .value(.number(num(0) - num(1)))
        case .int32Mul, .float64Mul: return .value(.number(num(0) * num(1)))
        case .int32Div, .float64Div: return .value(.number(num(0) / num(1)))
        case .int32Mod, .float64Mod: return .value(.number(Realm.arithmetic(.mod, num(0), num(1))))
        case .float64Pow: return .value(.number(Realm.arithmetic(.exp, num(0), num(1))))
        case .int32BitAnd: return .value(.number(Realm.arithmetic(.and, num(0), num(1))))
        case .int32BitOr: return .value(.number(Realm.arithmetic(.or, num(0), num(1))))
        case .int32BitXor: return .value(.number(Realm.arithmetic(.xor, num(0), num(1))))
        case .int32Shl: return .value(.number(Realm.arithmetic(.shl, num(0), num(1))))
        case .int32Sar: return .value(.number(Realm.arithmetic(.sar, num(0), num(1))))
        case .uint32Shr: return .value(.number(Realm.arithmetic(.shr, num(0), num(1))))
        case .float64Negate: return .value(.number(-num(0)))
        case .numberLessThan: return .value(.bool(num(0) < num(1)))
        case .numberLessThanOrEqual: return .value(.bool(num(0) <= num(1)))
        case .numberEqual: return .value(.bool(num(0) == num(1)))
        case .sameValue: return .value(.bool(Realm.sameValue(arg(0), arg(1))))
        case .stringConcat:
            guard case .string(let x) = arg(0), case .string(let y) = arg(1) else { return .value(try realm.add(arg(0), arg(1))) }
            return .value(.string(try realm.concat(x, y)))
        case .stringEqual: return .value(.bool(Realm.strictEquals(arg(0), arg(1))))
        case .changeInt32ToFloat64, .changeUint32ToFloat64: return .value(.number(num(0)))
        case .truncateFloat64ToInt32: return .value(.number(Double(NumberConversion.toInt32(num(0)))))
        case .mathCall(let name):
            let math = try realm.get(realm.global, PropertyKey("Math"), receiver: .object(realm.global))
            let f = try realm.getValue(math, PropertyKey(name))
            return .value(try realm.call(f, this: math, a))
        case .loadField(let slot): return .value(try Executor.loadField(arg(0), slot, site))
        case .storeField(let slot): try Executor.storeField(arg(0), slot, arg(1), site); return .value(.undefined)
        case .loadElement: return .value(try Executor.loadElement(arg(0), arg(1), site))
        case .storeElement: try Executor.storeElement(arg(0), arg(1), arg(2), site); return .value(.undefined)
        case .loadTypedElement(let k): return .value(try Executor.loadElement(arg(0), arg(1), site, kind: k))
        case .storeTypedElement(let k):
            try Executor.storeElement(arg(0), arg(1), .number(try realm.toNumber(arg(2))), site, kind: k)
            return .value(.undefined)
        case .arrayLength, .typedArrayLength: return .value(try Executor.arrayLength(arg(0), site))
        case .allocateObject(let shape):
            let o = JSObject(shape: shape.shape)
            o.slots = Array(a.prefix(shape.shape.count))
            while o.slots.count < shape.shape.count { o.slots.append(.undefined) }
            return .value(.object(o))
        }
    }

    func contextAt(_ depth: Int) -> Context? {
        var c = context
        var d = depth
        while d > 0, let x = c { c = x.parent; d -= 1 }
        return c
    }

    func binary(_ op: BinaryOperator, _ x: JSValue, _ y: JSValue) throws -> Executor.Outcome {
        switch op {
        case .add: return .value(try realm.add(x, y))
        case .sub: return .value(try realm.arithmetic(.sub, x, y))
        case .mul: return .value(try realm.arithmetic(.mul, x, y))
        case .div: return .value(try realm.arithmetic(.div, x, y))
        case .mod: return .value(try realm.arithmetic(.mod, x, y))
        case .exp: return .value(try realm.arithmetic(.exp, x, y))
        case .shl: return .value(try realm.arithmetic(.shl, x, y))
        case .sar: return .value(try realm.arithmetic(.sar, x, y))
        case .shr: return .value(try realm.arithmetic(.shr, x, y))
        case .bitAnd: return .value(try realm.arithmetic(.and, x, y))
        case .bitOr: return .value(try realm.arithmetic(.or, x, y))
        case .bitXor: return .value(try realm.arithmetic(.xor, x, y))
        case .less: return .value(.bool(try realm.compare(.less, x, y)))
        case .greater: return .value(.bool(try realm.compare(.greater, x, y)))
        case .lessEqual: return .value(.bool(try realm.compare(.lessEqual, x, y)))
        case .greaterEqual: return .value(.bool(try realm.compare(.greaterEqual, x, y)))
        case .equal: return .value(.bool(try realm.looseEquals(x, y)))
        case .notEqual: return .value(.bool(!(try realm.looseEquals(x, y))))
        case .strictEqual: return .value(.bool(Realm.strictEquals(x, y)))
        case .strictNotEqual: return .value(.bool(!Realm.strictEquals(x, y)))
        case .in, .instanceof: return .deopt("\(op.rawValue) is not compiled")
        }
    }

    /// The few generic bytecodes implemented here: the conditional jumps the graph builder
    /// keeps generic (their value is whether the jump is taken), `not`, `typeOf`, the global
    /// variable accesses of top-level code (the fast cases; anything that throws or needs
    /// a lookup deoptimizes) and `%OptimizeOsr()`, a no-op in code that is optimized already.
    func generic(_ inst: Instruction, _ a: [JSValue]) -> Executor.Outcome {
        let x = a.first ?? .undefined
        switch inst {
        case .loadGlobalLexical(_, let slot, _):
            guard slot >= 0, Int(slot) < realm.globalLexicalSlots.count else { return .deopt("no global lexical slot \(slot)") }
            let v = realm.globalLexicalSlots[Int(slot)]
            return v.isHole ? .deopt("global lexical binding before its initialization") : .value(v)
        case .storeGlobalLexical(let slot, _, _, let initialize):
            let s = Int(slot)
            guard s >= 0, s < realm.globalLexicalSlots.count, s < realm.globalLexicalIsConst.count,
                  initialize || (!realm.globalLexicalSlots[s].isHole && !realm.globalLexicalIsConst[s]) else {
                return .deopt("global lexical store that throws")
            }
            realm.globalLexicalSlots[s] = x
            return .value(.undefined)
        case .storeGlobal(let n, _, _):
            // Only a writable data property of the global object; the rest is the interpreter's.
            guard Int(n) >= 0, Int(n) < code.strings.count, let g = realm.global,
                  let s = g.shape.slot(of: code.strings[Int(n)]), s < g.slots.count, s < g.shape.attributes.count,
                  g.shape.attributes[s].contains(.writable), !g.shape.attributes[s].contains(.accessor) else {
                return .deopt("global store needs the generic path")
            }
            g.slots[s] = x
            return .value(.undefined)
        case .natives(_, let id, _, _) where Int(id) >= 0 && Int(id) < code.strings.count && code.strings[Int(id)].string == "OptimizeOsr":
            return .value(.undefined)
        case .jumpIfNullish: return .value(.bool(x.isNullish))
        case .jumpIfNotNullish: return .value(.bool(!x.isNullish))
        case .jumpIfUndefined: return .value(.bool(x.isUndefined))
        case .jumpIfNotUndefined: return .value(.bool(!x.isUndefined))
        case .jumpIfStrictEqual: return .value(.bool(Realm.strictEquals(x, a.count > 1 ? a[1] : .undefined)))
        case .not: return .value(.bool(!x.truthy))
        case .typeOf: return .value(.string(JSString(x.typeofString)))
        default: return .deopt("generic bytecode \(Opcode.instructionName(inst)) not compiled")
        }
    }
}
