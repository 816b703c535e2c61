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
        /// An operand of a typed operation: a number, or a value of another representation
        /// that a missing guard let through (reported, as reading a pointer as a double would be).
        func typed(_ i: Int) throws -> Double {
            guard case .number(let d) = arg(i) else {
                throw EngineTermination.memorySafetyViolation("\(op) on a value that is not a number (wrong representation) at \(site)")
            }
            return d
        }
        switch op {
        case .parameter, .start, .effectPhi, .phi, .goto, .branch, .return, .throw, .deoptimize, .osrValue, .objectState:
            return .deopt("\(op) is not a generic operation")
        case .constant(let v): return .value(v)
        case .context: return .value(.undefined)
        case .jsBinary(let b): return try binary(b, arg(0), arg(1))
        case .speculativeNumberAdd(let hint):
            let speculated = a.count == 2 && a.allSatisfy { hint == .int32 ? $0.asNumber.map(JSValue.isInt32) ?? false : $0.asNumber != nil }
            guard speculated else { return .deopt(hint == .int32 ? "not an int32" : "not a number") }
            return .value(.number(num(0) + num(1)))
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
        case .jsGetKeyed:
            if let v = Self.denseElement(arg(0), arg(1)) { return .value(v) }
            return .value(try realm.getValue(arg(0), try realm.toPropertyKey(arg(1))))
        case .jsSetKeyed:
            if Self.storeDenseElement(arg(0), arg(1), arg(2)) { return .value(.undefined) }
            try realm.setValue(arg(0), try realm.toPropertyKey(arg(1)), arg(2), strict: code.isStrict)
            return .value(.undefined)
        case .jsLoadGlobal(let name):
            // Optimized code reads only own data properties of the global object, so a global
            // load never runs user code; an accessor (or a missing name) runs in the interpreter.
            let g: JSObject = realm.global
            guard let slot = g.shape.slot(of: name), !g.shape.attributes[slot].contains(.accessor), slot < g.slots.count else {
                return .deopt("global \(name.string) is not a data property")
            }
            return .value(g.slots[slot])
        case .jsStoreGlobal(let name):
            try realm.interpreter.storeGlobal(name, arg(0), strict: code.isStrict)
            return .value(.undefined)
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
        case .jsGeneric(let inst): return try generic(inst, a)
        case .checkInt32, .checkInt32NoOverflow: return guardPass(arg(0).asNumber.map(JSValue.isInt32) ?? false, "not an int32")
        case .checkNumber: return guardPass(arg(0).asNumber != nil, "not a number")
        case .checkString: return guardPass(arg(0).asString != nil, "not a string")
        case .checkBoolean: if case .bool = arg(0) { return .value(arg(0)) }; return .deopt("not a boolean")
        case .checkTypedArray(let k):
            return guardPass((arg(0).asObject as? JSTypedArray)?.kind == k, "not a \(k) typed array")
        case .checkReceiver(let orNullish):
            switch arg(0) {
            case .object: return .value(arg(0))
            case .null, .undefined: return orNullish ? .value(arg(0)) : .deopt("not a receiver")
            default: return .deopt(orNullish ? "not a receiver, null or undefined" : "not a receiver")
            }
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
        case .checkNoPrototypeElements:
            return guardPass(arg(0).asObject.map { !ArraySearch.prototypeChainHasElements($0) } ?? false, "elements on the prototype chain")
        case .int32Add, .float64Add: return .value(.number(try typed(0) + typed(1)))
        case .int32Sub, .float64Sub: return .value(.number(try typed(0) - typed(1)))
        case .int32Mul, .float64Mul: return .value(.number(try typed(0) * typed(1)))
        case .int32Div, .float64Div: return .value(.number(try typed(0) / typed(1)))
        case .int32Mod, .float64Mod: return .value(.number(try Realm.arithmetic(.mod, typed(0), typed(1))))
        case .float64Pow: return .value(.number(try Realm.arithmetic(.exp, typed(0), typed(1))))
        case .int32BitAnd: return .value(.number(try Realm.arithmetic(.and, typed(0), typed(1))))
        case .int32BitOr: return .value(.number(try Realm.arithmetic(.or, typed(0), typed(1))))
        case .int32BitXor: return .value(.number(try Realm.arithmetic(.xor, typed(0), typed(1))))
        case .int32Shl: return .value(.number(try Realm.arithmetic(.shl, typed(0), typed(1))))
        case .int32Sar: return .value(.number(try Realm.arithmetic(.sar, typed(0), typed(1))))
        case .uint32Shr: return .value(.number(try Realm.arithmetic(.shr, typed(0), typed(1))))
        case .float64Negate: return .value(.number(try -typed(0)))
        case .numberLessThan: return .value(.bool(try typed(0) < typed(1)))
        case .numberLessThanOrEqual: return .value(.bool(try typed(0) <= typed(1)))
        case .numberEqual: return .value(.bool(try typed(0) == typed(1)))
        case .sameValue: return .value(.bool(Realm.sameValue(arg(0), arg(1))))
        case .stringConcat:
            guard case .string(let x) = arg(0), case .string(let y) = arg(1) else { return .value(try realm.add(arg(0), arg(1))) }
            return .value(.string(try realm.concat(x, y)))
        case .stringEqual: return .value(.bool(Realm.strictEquals(arg(0), arg(1))))
        // Identity for the operands typed lowering allows (objects, null, undefined, booleans).
        case .referenceEqual: return .value(.bool(Realm.strictEquals(arg(0), arg(1))))
        case .changeInt32ToFloat64, .changeUint32ToFloat64: return .value(.number(try typed(0)))
        case .truncateFloat64ToInt32: return .value(.number(Double(NumberConversion.toInt32(try typed(0)))))
        case .mathCall(let name):
            // The inliner checked every argument to be a number.
            let numbers = a.compactMap(\.asNumber)
            guard numbers.count == a.count, let r = MathOperation.evaluate(name, numbers) else {
                return .deopt("Math.\(name) not compiled")
            }
            return .value(.number(r))
        case .stringCharCodeAt:
            guard case .string(let s) = arg(0) else { return .deopt("not a string") }
            return .value(.number(Self.charCode(s, num(1))))
        case .stringIndexOf(let last):
            guard case .string(let s) = arg(0), case .string(let needle) = arg(1) else { return .deopt("not a string") }
            let units = s.units
            let found = last ? StringOperations.lastIndexOf(units, needle.units, from: units.count)
                             : StringOperations.indexOf(units, needle.units, from: 0)
            return .value(.number(Double(found)))
        case .arrayPush:
            guard let length = ObjectAccess.push(arg(0), arg(1)) else { return .deopt("push needs the generic path") }
            return .value(.number(length))
        case .arrayPop:
            guard let a = arg(0).asObject as? JSArray, a.lengthWritable, !a.elements.isSparse,
                  Int(a.length) == a.elements.dense.count else { return .deopt("pop needs the generic path") }
            guard let last = a.elements.dense.last else { return .value(.undefined) }
            if last.isHole { return .deopt("pop of a hole") }
            a.setLength(a.length - 1)
            return .value(last)
        case .arraySearch(let includes):
            guard let a = arg(0).asObject as? JSArray, !a.elements.isSparse else { return .deopt("search needs the generic path") }
            return .value(ArraySearch(array: a, target: arg(1), includes: includes).run())
        case .loadField(let slot): return .value(try Executor.loadField(arg(0), slot, site))
        case .storeField(let slot): try Executor.storeField(arg(0), slot, arg(1), site); return .value(.undefined)
        case .loadElement: return .value(try Executor.loadElement(arg(0), arg(1), site))
        case .storeElement: try Executor.storeElement(arg(0), arg(1), arg(2), site); return .value(.undefined)
        case .loadTypedElement(let k): return .value(try Executor.loadElement(arg(0), arg(1), site, kind: k))
        case .storeTypedElement(let k):
            try Executor.storeElement(arg(0), arg(1), .number(try realm.toNumber(arg(2))), site, kind: k)
            return .value(.undefined)
        case .arrayLength, .typedArrayLength: return .value(try Executor.arrayLength(arg(0), site))
        case .elementsCapacity: return .value(try Executor.elementsCapacity(arg(0), site))
        case .allocateObject(let shape):
            let o = JSObject(shape: shape.shape)
            o.slots = Array(a.prefix(shape.shape.count))
            while o.slots.count < shape.shape.count { o.slots.append(.undefined) }
            return .value(.object(o))
        }
    }

    /// `o[k]` when it is an element of a JS array's dense storage (not a hole) or an
    /// in-bounds element of a typed array: the interpreter's keyed-load fast path, without
    /// feedback. Nil: take the generic lookup.
    static func denseElement(_ o: JSValue, _ k: JSValue) -> JSValue? {
        guard case .object(let obj) = o, case .number(let d) = k, let i = Int(exactly: d), i >= 0 else { return nil }
        if let a = obj as? JSArray {
            guard !a.elements.isSparse, i < a.elements.dense.count else { return nil }
            let v = a.elements.dense[i]
            return v.isHole ? nil : v
        }
        if let t = obj as? JSTypedArray, i < t.length,
           t.byteOffset + (i + 1) * t.kind.bytesPerElement <= t.buffer.bytes.count {
            return .number(t.load(i))
        }
        return nil
    }

    /// Stores `o[k] = v` when it is an element of an extensible JS array's dense storage (an
    /// existing element; or, while no prototype has indexed properties, a hole, the next
    /// element within the length, or an append at the length) or an in-bounds element of a
    /// typed array with a number: the interpreter's keyed-store fast path, without feedback.
    /// False: take the generic store.
    static func storeDenseElement(_ o: JSValue, _ k: JSValue, _ v: JSValue) -> Bool {
        guard case .object(let obj) = o, case .number(let d) = k, let i = Int(exactly: d), i >= 0 else { return false }
        if let a = obj as? JSArray {
            guard a.extensible, !a.elements.isSparse else { return false }
            let count = a.elements.dense.count
            if i < count && (!a.elements.dense[i].isHole || !Shape.prototypesHaveElements) {
                a.elements.dense[i] = v
                a.elements.kind = a.elements.kind.generalized(for: v)
                return true
            }
            guard i == count, !Shape.prototypesHaveElements else { return false }
            if i < Int(a.length) {
                a.elements.dense.append(v)
                a.elements.kind = a.elements.kind.generalized(for: v)
                return true
            }
            guard i == Int(a.length), a.lengthWritable else { return false }
            a.append(v)
            return true
        }
        if let t = obj as? JSTypedArray, case .number(let n) = v, i < t.length,
           t.byteOffset + (i + 1) * t.kind.bytesPerElement <= t.buffer.bytes.count {
            t.store(i, n)
            return true
        }
        return false
    }

    /// `s.charCodeAt(index)` for a number index: the code unit, or NaN out of range.
    static func charCode(_ s: JSString, _ index: Double) -> Double {
        let i = NumberConversion.toIntegerOrInfinity(index)
        return i >= 0 && i < Double(s.count) ? Double(s[Int(i)]) : .nan
    }

    func contextAt(_ depth: Int) -> Context? { Self.context(context, up: depth) }

    /// The context `depth` parents up the chain from `start` (nil when the chain is shorter).
    static func context(_ start: Context?, up depth: Int) -> Context? {
        var c = start
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

    /// The bytecodes the graph builder keeps generic and that run here with the interpreter's
    /// semantics: the conditional jumps it does not specialise (their value is whether the
    /// jump is taken), conversions, closures, literals, the `in` / `instanceof` / `delete`
    /// operators, the global variable accesses of top-level code (the fast cases; anything
    /// that throws or needs a lookup deoptimizes) and `%OptimizeOsr()`, a no-op in code that
    /// is optimized already. Anything else deoptimizes and the interpreter runs it.
    func generic(_ inst: Instruction, _ a: [JSValue]) throws -> Executor.Outcome {
        let x = a.first ?? .undefined
        let y = a.count > 1 ? a[1] : .undefined
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
        case .jumpIfStrictEqual: return .value(.bool(Realm.strictEquals(x, y)))
        case .not: return .value(.bool(!x.truthy))
        // `a[k] op= v` on null or undefined throws its TypeError in the interpreter.
        case .requireObjectCoercible: return x.isNullish ? .deopt("not object-coercible") : .value(.undefined)
        case .typeOf: return .value(.string(JSString(x.typeofString)))
        case .toPropertyKey:
            // Only primitives convert here (no user code runs); an object's toString or
            // valueOf runs in the interpreter.
            switch x {
            case .number, .string: return .value(x)
            case .object: return .deopt("property key of an object")
            default: return .value(.string(try realm.toPropertyKey(x).jsString))
            }
        case .toStringForConcat: return .value(.string(try realm.toJSString(x)))
        case .loadGlobalObject: return .value(.object(realm.global))
        case .typeofGlobal(_, let n):
            let key = PropertyKey(code.strings[Int(n)])
            guard realm.hasProperty(realm.global, key) else { return .value(.string(JSString("undefined"))) }
            return .value(.string(JSString(try realm.get(realm.global, key, receiver: .object(realm.global)).typeofString)))
        case .createClosure(_, let f):
            guard Int(f) < code.functions.count else { return .deopt("closure index out of range") }
            return .value(.object(realm.interpreter.makeClosure(code.functions[Int(f)], context: context)))
        case .createObject: return .value(.object(JSObject(shape: realm.objectPrototype.childRootShape)))
        case .arrayPush:
            (x.asObject as? JSArray)?.append(y)
            return .value(.undefined)
        case .arrayPushHole:
            if let array = x.asObject as? JSArray { array.setLength(array.length + 1) }
            return .value(.undefined)
        case .defineNamed(_, let n, _):
            guard Int(n) >= 0, Int(n) < code.strings.count else { return .deopt("bad property name index") }
            if case .object(let o) = x { _ = realm.createDataProperty(o, PropertyKey(code.strings[Int(n)]), y) }
            return .value(.undefined)
        case .defineKeyed:
            if case .object(let o) = x { _ = realm.createDataProperty(o, try realm.toPropertyKey(y), a.count > 2 ? a[2] : .undefined) }
            return .value(.undefined)
        case .hasProperty:
            // Inputs: object, key. A primitive right-hand side throws; the interpreter words that error.
            guard case .object(let o) = x else { return .deopt("'in' on a primitive") }
            return .value(.bool(realm.hasProperty(o, try realm.toPropertyKey(y))))
        case .instanceOf: return .value(.bool(try realm.instanceOf(x, y)))
        case .deleteKeyed: return .value(.bool(try realm.interpreter.deleteProperty(x, y, strict: code.isStrict)))
        case .defineMethod(_, _, _, let enumerable), .defineGetter(_, _, _, let enumerable), .defineSetter(_, _, _, let enumerable):
            // Object-literal and class members; a key that is an object (whose toString or
            // valueOf would run user code) is left to the interpreter.
            switch y {
            case .string, .number: break
            default: return .deopt("member key of an object")
            }
            guard a.count == 3 else { return .deopt("member definition without its function") }
            switch inst {
            case .defineMethod: try realm.interpreter.defineMethod(x, y, a[2], enumerable: enumerable)
            case .defineGetter: try realm.interpreter.defineAccessor(x, y, a[2], isGetter: true, enumerable: enumerable)
            default: try realm.interpreter.defineAccessor(x, y, a[2], isGetter: false, enumerable: enumerable)
            }
            return .value(.undefined)
        default: return .deopt("generic bytecode \(Opcode.instructionName(inst)) not compiled")
        }
    }
}
