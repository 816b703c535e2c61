/// The interpreter's dispatch loop. Hot state (code, pc, registers, context) is kept in
/// locals and written back to the frame only when a call or an exception needs it.
extension Interpreter {
    /// Runs from the top frame until the entry frame at depth `entryDepth` (default: the top
    /// frame's own depth) returns; exceptions unwind no deeper than that frame.
    func run(entryDepth: Int? = nil) throws -> JSValue {
        let entryDepth = entryDepth ?? frames.count
        unowned(unsafe) var code = frames.top.pointee.code
        var instructions = code.sealedInstructions
        unowned(unsafe) var feedback = code.feedback
        var base = frames.top.pointee.base
        var regs = registers + base
        var pc = frames.top.pointee.pc
        var ctx = frames.top.pointee.context
        var ctxDepth = frames.top.pointee.contextDepth

        while true {
            do {
                while true {
                    let inst = instructions[pc]
                    pc += 1
                    switch inst {
                    case .loadUndefined(let d): regs[Int(d)] = .undefined
                    case .loadNull(let d): regs[Int(d)] = .null
                    case .loadTrue(let d): regs[Int(d)] = .bool(true)
                    case .loadFalse(let d): regs[Int(d)] = .bool(false)
                    case .loadHole(let d): regs[Int(d)] = .hole
                    case .loadNumber(let d, let v): regs[Int(d)] = .number(v)
                    case .loadString(let d, let n): regs[Int(d)] = .string(code.strings[Int(n)])
                    case .move(let d, let s): regs[Int(d)] = regs[Int(s)]
                    case .loadCallee(let d):
                        regs[Int(d)] = frames.top.pointee.function.map { .object($0) } ?? .undefined
                    case .loadHomeObject(let d):
                        regs[Int(d)] = frames.top.pointee.function?.homeObject.map { .object($0) } ?? .undefined
                    case .loadGlobalObject(let d):
                        regs[Int(d)] = .object(realm.global)

                    case .checkHole(let r, let n):
                        if regs[Int(r)].isHole { throw tdzError(code.strings[Int(n)]) }
                    case .loadContext(let d, let depth, let slot):
                        regs[Int(d)] = contextAt(ctx, depth).slots[Int(slot)]
                    case .loadContextChecked(let d, let depth, let slot, let n):
                        let v = contextAt(ctx, depth).slots[Int(slot)]
                        if v.isHole { throw tdzError(code.strings[Int(n)]) }
                        regs[Int(d)] = v
                    case .storeContext(let depth, let slot, let s):
                        contextAt(ctx, depth).slots[Int(slot)] = regs[Int(s)]
                    case .storeContextChecked(let depth, let slot, let s, let n):
                        let c = contextAt(ctx, depth)
                        if c.slots[Int(slot)].isHole { throw tdzError(code.strings[Int(n)]) }
                        c.slots[Int(slot)] = regs[Int(s)]
                    case .pushContext(let n):
                        ctx = Context(parent: ctx, count: Int(n))
                        ctxDepth += 1
                    case .popContext:
                        ctx = ctx?.parent
                        ctxDepth -= 1
                    case .cloneContext:
                        if let c = ctx { ctx = Context(copying: c) }
                    case .loadGlobal(let d, let n, let fb):
                        regs[Int(d)] = try loadGlobal(code.strings[Int(n)], fb: fb, feedback: feedback)
                    case .typeofGlobal(let d, let n):
                        let key = PropertyKey(code.strings[Int(n)])
                        if realm.hasProperty(realm.global, key) {
                            regs[Int(d)] = .string(JSString(try realm.get(realm.global, key, receiver: .object(realm.global)).typeofString))
                        } else {
                            regs[Int(d)] = .string(JSString("undefined"))
                        }
                    case .storeGlobal(let n, let s, _):
                        try storeGlobal(code.strings[Int(n)], regs[Int(s)], strict: code.isStrict)
                    case .loadGlobalLexical(let d, let slot, let n):
                        let v = realm.globalLexicalSlots[Int(slot)]
                        if v.isHole { throw tdzError(code.strings[Int(n)]) }
                        regs[Int(d)] = v
                    case .storeGlobalLexical(let slot, let s, let n, let initialize):
                        if !initialize {
                            if realm.globalLexicalSlots[Int(slot)].isHole { throw tdzError(code.strings[Int(n)]) }
                            if realm.globalLexicalIsConst[Int(slot)] { throw realm.typeError("Assignment to constant variable.") }
                        }
                        realm.globalLexicalSlots[Int(slot)] = regs[Int(s)]
                    case .throwConstAssignment:
                        throw realm.typeError("Assignment to constant variable.")
                    case .defineGlobalVar(let n):
                        let key = PropertyKey(code.strings[Int(n)])
                        if realm.global.getOwn(key) == nil {
                            realm.global.putOwn(key, .undefined, [.writable, .enumerable])
                        }
                    case .defineGlobalFunction(let n, let s):
                        let key = PropertyKey(code.strings[Int(n)])
                        if let p = realm.global.getOwn(key), !p.attributes.contains(.configurable) {
                            realm.global.putOwn(key, regs[Int(s)], p.attributes.subtracting(.accessor))
                        } else {
                            realm.global.putOwn(key, regs[Int(s)], [.writable, .enumerable])
                        }

                    // Properties
                    case .getNamed(let d, let o, let n, let fb):
                        regs[Int(d)] = try getNamed(regs[Int(o)], code.strings[Int(n)], cache: feedback.propertyCaches[Int(fb)])
                    case .setNamed(let o, let n, let s, let fb):
                        try setNamed(regs[Int(o)], code.strings[Int(n)], regs[Int(s)], fb: fb, feedback: feedback, strict: code.isStrict)
                    case .getKeyed(let d, let o, let k, let fb):
                        regs[Int(d)] = try getKeyed(regs[Int(o)], regs[Int(k)], fb: fb, feedback: feedback)
                    case .setKeyed(let o, let k, let s, let fb):
                        try setKeyed(regs[Int(o)], regs[Int(k)], regs[Int(s)], fb: fb, feedback: feedback, strict: code.isStrict)
                    case .deleteKeyed(let d, let o, let k):
                        regs[Int(d)] = .bool(try deleteProperty(regs[Int(o)], regs[Int(k)], strict: code.isStrict))
                    case .defineNamed(let o, let n, let s):
                        if case .object(let obj) = regs[Int(o)] {
                            realm.createDataProperty(obj, PropertyKey(code.strings[Int(n)]), regs[Int(s)])
                        }
                    case .defineKeyed(let o, let k, let s):
                        if case .object(let obj) = regs[Int(o)] {
                            realm.createDataProperty(obj, try realm.toPropertyKey(regs[Int(k)]), regs[Int(s)])
                        }
                    case .defineMethod(let o, let k, let s, let enumerable):
                        try defineMethod(regs[Int(o)], regs[Int(k)], regs[Int(s)], enumerable: enumerable)
                    case .defineGetter(let o, let k, let s, let enumerable):
                        try defineAccessor(regs[Int(o)], regs[Int(k)], regs[Int(s)], isGetter: true, enumerable: enumerable)
                    case .defineSetter(let o, let k, let s, let enumerable):
                        try defineAccessor(regs[Int(o)], regs[Int(k)], regs[Int(s)], isGetter: false, enumerable: enumerable)
                    case .copyDataProperties(let t, let s):
                        try copyDataProperties(regs[Int(t)], regs[Int(s)], excluded: [])
                    case .objectRest(let d, let s, let ex):
                        let out = realm.newObject()
                        var excluded: [PropertyKey] = []
                        if let a = regs[Int(ex)].asObject as? JSArray {
                            for v in a.elements.dense { excluded.append(try realm.toPropertyKey(v)) }
                        }
                        try copyDataProperties(.object(out), regs[Int(s)], excluded: excluded)
                        regs[Int(d)] = .object(out)
                    case .superGet(let d, let h, let t, let k):
                        guard case .object(let home) = regs[Int(h)] else {
                            throw realm.error(.syntaxError, "'super' keyword unexpected here")
                        }
                        let key = try realm.toPropertyKey(regs[Int(k)])
                        if let p = home.proto {
                            regs[Int(d)] = try realm.get(p, key, receiver: regs[Int(t)])
                        } else {
                            regs[Int(d)] = .undefined
                        }
                    case .requireObjectCoercible(let o, let k):
                        let base = regs[Int(o)]
                        if base.isNullish {
                            let keyText: String
                            switch regs[Int(k)] {
                            case .string(let s): keyText = s.string
                            case .number(let d): keyText = NumberConversion.numberToString(d)
                            default: keyText = "[object]"
                            }
                            throw realm.typeError("Cannot read properties of \(base.isUndefined ? "undefined" : "null") (reading '\(keyText)')")
                        }
                    case .superSet(let h, let t, let k, let v):
                        guard case .object(let home) = regs[Int(h)] else {
                            throw realm.error(.syntaxError, "'super' keyword unexpected here")
                        }
                        let key = try realm.toPropertyKey(regs[Int(k)])
                        if let p = home.proto {
                            if try !realm.set(p, key, regs[Int(v)], receiver: regs[Int(t)]), code.isStrict {
                                throw realm.typeError("Cannot assign to read only property '\(key)' of object")
                            }
                        }
                    case .hasProperty(let d, let k, let o):
                        guard case .object(let obj) = regs[Int(o)] else {
                            throw realm.typeError("Cannot use 'in' operator to search for '\(try realm.toSwiftString(regs[Int(k)]))' in \(try realm.toSwiftString(regs[Int(o)]))")
                        }
                        regs[Int(d)] = .bool(realm.hasProperty(obj, try realm.toPropertyKey(regs[Int(k)])))
                    case .instanceOf(let d, let a, let b, _):
                        regs[Int(d)] = .bool(try realm.instanceOf(regs[Int(a)], regs[Int(b)]))

                    // Arithmetic with number fast paths and feedback.
                    case .add(let d, let a, let b, let fb):
                        let x = regs[Int(a)], y = regs[Int(b)]
                        let r: JSValue
                        if case .number(let p) = x, case .number(let q) = y { r = .number(p + q) } else { r = try realm.add(x, y) }
                        feedback.recordBinary(fb, x, y, result: r)
                        regs[Int(d)] = r
                    case .sub(let d, let a, let b, let fb):
                        regs[Int(d)] = try arith(.sub, regs[Int(a)], regs[Int(b)], fb, feedback)
                    case .mul(let d, let a, let b, let fb):
                        regs[Int(d)] = try arith(.mul, regs[Int(a)], regs[Int(b)], fb, feedback)
                    case .div(let d, let a, let b, let fb):
                        regs[Int(d)] = try arith(.div, regs[Int(a)], regs[Int(b)], fb, feedback)
                    case .mod(let d, let a, let b, let fb):
                        regs[Int(d)] = try arith(.mod, regs[Int(a)], regs[Int(b)], fb, feedback)
                    case .exp(let d, let a, let b, let fb):
                        regs[Int(d)] = try arith(.exp, regs[Int(a)], regs[Int(b)], fb, feedback)
                    case .shl(let d, let a, let b, let fb):
                        regs[Int(d)] = try arith(.shl, regs[Int(a)], regs[Int(b)], fb, feedback)
                    case .sar(let d, let a, let b, let fb):
                        regs[Int(d)] = try arith(.sar, regs[Int(a)], regs[Int(b)], fb, feedback)
                    case .shr(let d, let a, let b, let fb):
                        regs[Int(d)] = try arith(.shr, regs[Int(a)], regs[Int(b)], fb, feedback)
                    case .bitAnd(let d, let a, let b, let fb):
                        regs[Int(d)] = try arith(.and, regs[Int(a)], regs[Int(b)], fb, feedback)
                    case .bitOr(let d, let a, let b, let fb):
                        regs[Int(d)] = try arith(.or, regs[Int(a)], regs[Int(b)], fb, feedback)
                    case .bitXor(let d, let a, let b, let fb):
                        regs[Int(d)] = try arith(.xor, regs[Int(a)], regs[Int(b)], fb, feedback)
                    case .equal(let d, let a, let b, let fb):
                        let x = regs[Int(a)], y = regs[Int(b)]
                        feedback.recordCompare(fb, x, y)
                        regs[Int(d)] = .bool(try realm.looseEquals(x, y))
                    case .notEqual(let d, let a, let b, let fb):
                        let x = regs[Int(a)], y = regs[Int(b)]
                        feedback.recordCompare(fb, x, y)
                        regs[Int(d)] = .bool(!(try realm.looseEquals(x, y)))
                    case .strictEqual(let d, let a, let b, let fb):
                        let x = regs[Int(a)], y = regs[Int(b)]
                        feedback.recordCompare(fb, x, y)
                        regs[Int(d)] = .bool(Realm.strictEquals(x, y))
                    case .strictNotEqual(let d, let a, let b, let fb):
                        let x = regs[Int(a)], y = regs[Int(b)]
                        feedback.recordCompare(fb, x, y)
                        regs[Int(d)] = .bool(!Realm.strictEquals(x, y))
                    case .less(let d, let a, let b, let fb):
                        regs[Int(d)] = .bool(try relational(.less, regs[Int(a)], regs[Int(b)], fb, feedback))
                    case .greater(let d, let a, let b, let fb):
                        regs[Int(d)] = .bool(try relational(.greater, regs[Int(a)], regs[Int(b)], fb, feedback))
                    case .lessEqual(let d, let a, let b, let fb):
                        regs[Int(d)] = .bool(try relational(.lessEqual, regs[Int(a)], regs[Int(b)], fb, feedback))
                    case .greaterEqual(let d, let a, let b, let fb):
                        regs[Int(d)] = .bool(try relational(.greaterEqual, regs[Int(a)], regs[Int(b)], fb, feedback))
                    case .negate(let d, let s, let fb):
                        let x = regs[Int(s)]
                        let r = JSValue.number(-(try realm.toNumber(x)))
                        feedback.recordBinary(fb, x, x, result: r)
                        regs[Int(d)] = r
                    case .bitNot(let d, let s, let fb):
                        let x = regs[Int(s)]
                        feedback.recordBinary(fb, x, x)
                        regs[Int(d)] = .number(Double(~(try realm.toInt32(x))))
                    case .increment(let d, let s, let fb):
                        let x = regs[Int(s)]
                        let r = JSValue.number(try realm.toNumber(x) + 1)
                        feedback.recordBinary(fb, x, x, result: r)
                        regs[Int(d)] = r
                    case .decrement(let d, let s, let fb):
                        let x = regs[Int(s)]
                        let r = JSValue.number(try realm.toNumber(x) - 1)
                        feedback.recordBinary(fb, x, x, result: r)
                        regs[Int(d)] = r
                    case .toNumber(let d, let s), .toNumeric(let d, let s):
                        regs[Int(d)] = .number(try realm.toNumber(regs[Int(s)]))
                    case .toPropertyKey(let d, let s):
                        let v = regs[Int(s)]
                        switch v {
                        case .number, .string: regs[Int(d)] = v
                        default: regs[Int(d)] = .string(try realm.toPropertyKey(v).jsString)
                        }
                    case .toStringForConcat(let d, let s):
                        regs[Int(d)] = .string(try realm.toJSString(regs[Int(s)]))
                    case .not(let d, let s):
                        regs[Int(d)] = .bool(!regs[Int(s)].truthy)
                    case .typeOf(let d, let s):
                        regs[Int(d)] = .string(JSString(regs[Int(s)].typeofString))

                    // Control flow
                    case .jump(let t): pc = Int(t)
                    case .jumpIfTrue(let r, let t): if regs[Int(r)].truthy { pc = Int(t) }
                    case .jumpIfFalse(let r, let t): if !regs[Int(r)].truthy { pc = Int(t) }
                    case .jumpIfNullish(let r, let t): if regs[Int(r)].isNullish { pc = Int(t) }
                    case .jumpIfNotNullish(let r, let t): if !regs[Int(r)].isNullish { pc = Int(t) }
                    case .jumpIfUndefined(let r, let t): if regs[Int(r)].isUndefined { pc = Int(t) }
                    case .jumpIfNotUndefined(let r, let t): if !regs[Int(r)].isUndefined { pc = Int(t) }
                    case .jumpIfStrictEqual(let a, let b, let t):
                        if Realm.strictEquals(regs[Int(a)], regs[Int(b)]) { pc = Int(t) }
                    case .jumpUnlessCompare(let kind, let a, let b, let t, let fb):
                        let x = regs[Int(a)], y = regs[Int(b)]
                        feedback.recordCompare(fb, x, y)
                        let holds: Bool
                        if case .number(let p) = x, case .number(let q) = y {
                            switch kind {
                            case .less: holds = p < q
                            case .greater: holds = p > q
                            case .lessEqual: holds = p <= q
                            case .greaterEqual: holds = p >= q
                            case .equal, .strictEqual: holds = p == q
                            case .notEqual, .strictNotEqual: holds = p != q
                            }
                        } else {
                            switch kind {
                            case .less: holds = try realm.compare(.less, x, y)
                            case .greater: holds = try realm.compare(.greater, x, y)
                            case .lessEqual: holds = try realm.compare(.lessEqual, x, y)
                            case .greaterEqual: holds = try realm.compare(.greaterEqual, x, y)
                            case .equal: holds = try realm.looseEquals(x, y)
                            case .notEqual: holds = !(try realm.looseEquals(x, y))
                            case .strictEqual: holds = Realm.strictEquals(x, y)
                            case .strictNotEqual: holds = !Realm.strictEquals(x, y)
                            }
                        }
                        if !holds { pc = Int(t) }
                    case .loopHint:
                        code.backEdgeCount &+= 1
                        if code.backEdgeCount >= code.osrState.nextCheck || code.backEdgeCount == realm.options.osrThreshold {
                            saveFrame(pc, ctx, ctxDepth)
                            switch try onStackReplacement(code, pc: pc, registers: regs, context: ctx) {
                            case .stay:
                                break
                            case .resumed:
                                // The frame (and any inlined frames pushed on it) continue
                                // where the deoptimization left them.
                                loadFrame(&base, &code, &instructions, &feedback, &regs, &pc, &ctx, &ctxDepth)
                            case .finished(let value):
                                // The OSR code ran the frame to its end: leave it as `return` does.
                                let result = try returnValue(value, code: code, this: regs[0])
                                let finished = popFrame()
                                if finished.isEntry { return result }
                                loadFrame(&base, &code, &instructions, &feedback, &regs, &pc, &ctx, &ctxDepth)
                                registers[finished.returnRegister] = result
                            }
                        }
                        try tick()
                    case .return(let r):
                        let result = try returnValue(regs[Int(r)], code: code, this: regs[0])
                        let finished = popFrame()
                        if finished.isEntry { return result }
                        loadFrame(&base, &code, &instructions, &feedback, &regs, &pc, &ctx, &ctxDepth)
                        registers[finished.returnRegister] = result
                    case .throw(let r):
                        throw JSException(regs[Int(r)])
                    case .throwReferenceError(let n):
                        throw realm.referenceError("\(code.strings[Int(n)].string) is not defined")
                    case .throwReferenceErrorMessage(let m):
                        throw realm.referenceError(code.strings[Int(m)].string)
                    case .throwTypeError(let m):
                        throw realm.typeError(code.strings[Int(m)].string)
                    case .throwSuperNotCalled:
                        throw realm.referenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")

                    // Calls
                    case .call(let d, let c, let t, let a, let argc, let fb):
                        let callee = regs[Int(c)]
                        guard case .object(let fo) = callee, let fn = fo as? JSFunction else {
                            let site = code.callSiteNames[Int32(pc - 1)] ?? realm.describeForError(callee)
                            throw realm.typeError("\(site) is not a function")
                        }
                        feedback.recordCall(fb, fn)
                        try tick()
                        if case .bytecode(let callee, let cctx) = fn.body, !fn.isClassConstructor {
                            saveFrame(pc, ctx, ctxDepth)
                            if let optimized = callee.optimizedCode {
                                // The caller's registers, which nothing writes while the callee runs.
                                let args = UnsafeBufferPointer(start: regs + Int(a), count: Int(argc))
                                let this = try receiver(for: callee, regs[Int(t)])
                                switch try optimized.execute(realm: realm, function: fn, context: cctx, this: this, arguments: args) {
                                case .returned(let v):
                                    regs[Int(d)] = v
                                case .deoptimized(let deoptFrames, let reason, let position):
                                    try pushFrame(code: callee, function: fn, context: cctx, this: this, args: args.baseAddress,
                                                  argc: args.count, returnRegister: base + Int(d), isConstruct: false, newTarget: nil,
                                                  isEntry: false)
                                    try resumeAfterDeopt(callee, fn, deoptFrames, reason: reason, position: position)
                                    loadFrame(&base, &code, &instructions, &feedback, &regs, &pc, &ctx, &ctxDepth)
                                }
                            } else {
                                try pushFrame(code: callee, function: fn, context: cctx, this: regs[Int(t)],
                                              args: UnsafePointer(regs + Int(a)), argc: Int(argc),
                                              returnRegister: base + Int(d), isConstruct: false, newTarget: nil, isEntry: false)
                                loadFrame(&base, &code, &instructions, &feedback, &regs, &pc, &ctx, &ctxDepth)
                            }
                        } else {
                            let args = Array(UnsafeBufferPointer(start: regs + Int(a), count: Int(argc)))
                            saveFrame(pc, ctx, ctxDepth)
                            let r = try call(fn, this: regs[Int(t)], args: args)
                            regs[Int(d)] = r
                        }
                    case .callSpread(let d, let c, let t, let arr, let fb):
                        let callee = regs[Int(c)]
                        guard case .object(let fo) = callee, fo.isCallable else {
                            let site = code.callSiteNames[Int32(pc - 1)] ?? realm.describeForError(callee)
                            throw realm.typeError("\(site) is not a function")
                        }
                        feedback.recordCall(fb, fo)
                        let args = (regs[Int(arr)].asObject as? JSArray)?.elements.dense ?? []
                        saveFrame(pc, ctx, ctxDepth)
                        regs[Int(d)] = try call(fo, this: regs[Int(t)], args: args.map { $0.isHole ? .undefined : $0 })
                    case .construct(let d, let c, let a, let argc, let fb):
                        let callee = regs[Int(c)]
                        guard case .object(let fo) = callee, let fn = fo as? JSFunction, fn.isConstructor else {
                            throw realm.typeError("\(code.callSiteNames[Int32(pc - 1)] ?? notConstructorName(callee)) is not a constructor")
                        }
                        feedback.recordCall(fb, fn)
                        try tick()
                        if case .bytecode(let callee, let cctx) = fn.body {
                            let this = try thisForConstruct(callee, newTarget: fn)
                            saveFrame(pc, ctx, ctxDepth)
                            try pushFrame(code: callee, function: fn, context: cctx, this: this,
                                          args: UnsafePointer(regs + Int(a)), argc: Int(argc),
                                          returnRegister: base + Int(d), isConstruct: true, newTarget: fn, isEntry: false)
                            loadFrame(&base, &code, &instructions, &feedback, &regs, &pc, &ctx, &ctxDepth)
                        } else {
                            let args = Array(UnsafeBufferPointer(start: regs + Int(a), count: Int(argc)))
                            saveFrame(pc, ctx, ctxDepth)
                            regs[Int(d)] = try construct(fn, args: args, newTarget: fn)
                        }
                    case .constructSpread(let d, let c, let arr, let fb):
                        let callee = regs[Int(c)]
                        guard case .object(let fo) = callee, let fn = fo as? JSFunction, fn.isConstructor else {
                            throw realm.typeError("\(code.callSiteNames[Int32(pc - 1)] ?? notConstructorName(callee)) is not a constructor")
                        }
                        feedback.recordCall(fb, fn)
                        let args = (regs[Int(arr)].asObject as? JSArray)?.elements.dense ?? []
                        saveFrame(pc, ctx, ctxDepth)
                        regs[Int(d)] = try construct(fn, args: args.map { $0.isHole ? .undefined : $0 }, newTarget: fn)
                    case .superCall(let d, let a, let argc):
                        let args = Array(UnsafeBufferPointer(start: regs + Int(a), count: Int(argc)))
                        saveFrame(pc, ctx, ctxDepth)
                        let r = try superConstruct(frames.top.pointee, args)
                        if !regs[0].isHole { throw realm.referenceError("Super constructor may only be called once") }
                        regs[0] = r
                        regs[Int(d)] = r
                    case .superCallSpread(let d, let arr):
                        let args = ((regs[Int(arr)].asObject as? JSArray)?.elements.dense ?? []).map { $0.isHole ? JSValue.undefined : $0 }
                        saveFrame(pc, ctx, ctxDepth)
                        let r = try superConstruct(frames.top.pointee, args)
                        if !regs[0].isHole { throw realm.referenceError("Super constructor may only be called once") }
                        regs[0] = r
                        regs[Int(d)] = r
                    case .natives(let d, let id, let a, let argc):
                        let args = Array(UnsafeBufferPointer(start: regs + Int(a), count: Int(argc)))
                        saveFrame(pc, ctx, ctxDepth)
                        regs[Int(d)] = try callNative(code.strings[Int(id)].string, args)

                    // Allocation
                    case .createClosure(let d, let f):
                        regs[Int(d)] = .object(makeClosure(code.functions[Int(f)], context: ctx))
                    case .createClass(let d, let p, let f, let h):
                        let (ctor, proto) = try makeClass(code.functions[Int(f)], context: ctx, heritage: h >= 0 ? regs[Int(h)] : nil)
                        regs[Int(d)] = .object(ctor)
                        regs[Int(p)] = .object(proto)
                    case .createObject(let d):
                        regs[Int(d)] = .object(JSObject(shape: realm.objectPrototype.childRootShape))
                    case .createArray(let d, _):
                        regs[Int(d)] = .object(realm.newArray())
                    case .arrayPush(let a, let s):
                        (regs[Int(a)].asObject as? JSArray)?.append(regs[Int(s)])
                    case .arrayPushHole(let a):
                        if let arr = regs[Int(a)].asObject as? JSArray { arr.setLength(arr.length + 1) }
                    case .arraySpread(let a, let s):
                        if let arr = regs[Int(a)].asObject as? JSArray {
                            try iterate(regs[Int(s)]) { arr.append($0) }
                        }
                    case .createArguments(let d):
                        let args = realm.newArray(frames.top.pointee.arguments)
                        let o = JSArgumentsObject(proto: realm.objectPrototype)
                        o.elements = args.elements
                        o.define("length", .number(Double(args.length)))
                        o.extensible = true
                        regs[Int(d)] = .object(o)
                    case .createRest(let d, let from):
                        let rest = frames.top.pointee.arguments.dropFirst(Int(from))
                        regs[Int(d)] = .object(realm.newArray(Array(rest)))

                    // Iteration
                    case .forInPrepare(let d, let o):
                        regs[Int(d)] = .object(ForInIterator(realm: realm, object: regs[Int(o)]))
                    case .forInNext(let d, let it, let exit):
                        if let iter = regs[Int(it)].asObject as? ForInIterator, let k = iter.next(realm) {
                            regs[Int(d)] = .string(k)
                        } else {
                            pc = Int(exit)
                        }
                    case .getIterator(let d, let o):
                        regs[Int(d)] = .object(try makeIterator(regs[Int(o)]))
                    case .iteratorNext(let d, let it, let exit):
                        if let iter = regs[Int(it)].asObject as? JSIteratorObject, let v = try iter.next(realm) {
                            regs[Int(d)] = v
                        } else {
                            pc = Int(exit)
                        }
                    case .nop, .debugger:
                        break
                    }
                }
            } catch let e as JSException {
                // Unwind to the nearest handler, popping frames of this run invocation.
                var throwPC = pc - 1
                while true {
                    if let h = code.handlers.first(where: { Int($0.start) <= throwPC && throwPC < Int($0.end) }) {
                        while ctxDepth > h.contextDepth {
                            ctx = ctx?.parent
                            ctxDepth -= 1
                        }
                        regs[Int(h.register)] = e.value
                        pc = Int(h.handler)
                        break
                    }
                    let finished = popFrame()
                    if finished.isEntry || frames.count < entryDepth { throw e }
                    loadFrame(&base, &code, &instructions, &feedback, &regs, &pc, &ctx, &ctxDepth)
                    throwPC = pc - 1
                }
            } catch {
                // Uncatchable: drop this invocation's frames and propagate.
                while frames.count >= entryDepth {
                    let finished = frames.removeLast()
                    top = finished.base
                    if finished.isEntry { break }
                }
                throw error
            }
        }
    }

    /// Continues a deoptimized call in the interpreter: the frame just pushed gets the
    /// register values the optimized code materialized and resumes at its pc; each inlined
    /// call active at the deoptimization gets a frame of its own on top, whose result goes
    /// to the register the frame below expects. Every deoptimization sends the function
    /// back to the interpreter to collect feedback again (it is reoptimized when it gets
    /// hot anew, with the failed speculation's feedback widened); repeated ones drop
    /// optimized code for good.
    func resumeAfterDeopt(_ code: CodeBlock, _ f: JSFunction, _ deoptFrames: [DeoptimizedFrame], reason: String,
                          position: SourcePosition) throws {
        guard let own = deoptFrames.first else { throw EngineTermination.internalError("deoptimization without a frame") }
        try restoreFrames(deoptFrames, registerCount: code.registerCount)
        code.countDeoptimization()
        realm.recordDeoptimization(reason: reason)
        if realm.options.traceDeopt {
            let inlined = deoptFrames.count > 1 ? " (\(deoptFrames.count - 1) inlined frame\(deoptFrames.count > 2 ? "s" : ""))" : ""
            realm.output.write("[deoptimizing \(f.debugName): \(reason) at \(position), resuming at bytecode \(own.pc)\(inlined)]")
        }
        code.optimizedCode = nil
    }

    /// Writes the deoptimized frames back: the first into the innermost interpreter frame
    /// (the optimized function's own), then a pushed frame for each inlined call, each
    /// returning its result into the register the frame below expects.
    func restoreFrames(_ deoptFrames: [DeoptimizedFrame], registerCount: Int) throws {
        guard var below = deoptFrames.first else { throw EngineTermination.internalError("deoptimization without a frame") }
        restoreTopFrame(below, registerCount: registerCount)
        for inlined in deoptFrames.dropFirst() {
            guard let fn = inlined.function, case .bytecode(let icode, let ictx) = fn.body else {
                throw EngineTermination.internalError("deoptimized inlined frame without a function")
            }
            try pushFrame(code: icode, function: fn, context: ictx, this: .undefined, args: [],
                          returnRegister: frames.top.pointee.base + below.resultRegister, isConstruct: false, newTarget: nil,
                          isEntry: false)
            restoreTopFrame(inlined, registerCount: icode.registerCount)
            below = inlined
        }
    }

    /// Writes a rebuilt frame's registers and resume point into the innermost frame.
    private func restoreTopFrame(_ d: DeoptimizedFrame, registerCount: Int) {
        let frame = frames.top
        let regs = registers + frame.pointee.base
        for (i, v) in d.registers.enumerated() where i < registerCount { regs[i] = v }
        frame.pointee.pc = d.pc
    }

    /// The value the top frame gives its caller when it returns `value`: a construct frame
    /// returning a non-object gives its `this` (checked for derived constructors).
    @inline(__always) func returnValue(_ value: JSValue, code: CodeBlock, this: JSValue) throws -> JSValue {
        guard frames.top.pointee.isConstruct, value.asObject == nil else { return value }
        if !value.isUndefined && code.kind == .derivedConstructor {
            throw realm.typeError("Derived constructors may only return object or undefined")
        }
        if this.isHole {
            throw realm.referenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
        }
        return this
    }

    /// Pops the innermost frame and clears its registers (so they keep no objects alive).
    @inline(__always) func popFrame() -> Frame {
        let finished = frames.removeLast()
        var i = finished.base
        while i < top {
            registers[i] = .undefined
            i += 1
        }
        top = finished.base
        return finished
    }

    /// Saves the current frame's resumable state before a call or re-entry.
    @inline(__always) func saveFrame(_ pc: Int, _ ctx: Context?, _ ctxDepth: Int32) {
        let f = frames.top
        f.pointee.pc = pc
        f.pointee.context = ctx
        f.pointee.contextDepth = ctxDepth
    }

    /// Loads the top frame into the run loop's locals.
    @inline(__always) func loadFrame(_ base: inout Int, _ code: inout CodeBlock, _ instructions: inout UnsafeMutablePointer<Instruction>,
                                     _ feedback: inout FeedbackVector, _ regs: inout UnsafeMutablePointer<JSValue>,
                                     _ pc: inout Int, _ ctx: inout Context?, _ ctxDepth: inout Int32) {
        let f = frames.top
        code = f.pointee.code
        instructions = code.sealedInstructions
        feedback = code.feedback
        base = f.pointee.base
        regs = registers + base
        pc = f.pointee.pc
        ctx = f.pointee.context
        ctxDepth = f.pointee.contextDepth
    }

    @inline(__always) func contextAt(_ ctx: Context?, _ depth: Int32) -> Context {
        var c = ctx
        var d = depth
        while d > 0 {
            c = c?.parent
            d -= 1
        }
        return c ?? Context(parent: nil, count: 0)
    }

    func tdzError(_ name: JSString) -> JSException {
        realm.referenceError("Cannot access '\(name.string)' before initialization")
    }

    func notConstructorName(_ v: JSValue) -> String {
        if let f = v.asFunction { return f.debugName.isEmpty ? "anonymous" : f.debugName }
        return realm.describeForError(v)
    }

    @inline(__always) func arith(_ op: Realm.ArithmeticOp, _ x: JSValue, _ y: JSValue, _ fb: Int32,
                                 _ feedback: FeedbackVector) throws -> JSValue {
        let r: JSValue
        if case .number(let p) = x, case .number(let q) = y {
            r = .number(Realm.arithmetic(op, p, q))
        } else {
            r = try realm.arithmetic(op, x, y)
        }
        feedback.recordBinary(fb, x, y, result: r)
        return r
    }

    @inline(__always) func relational(_ op: Realm.CompareOp, _ x: JSValue, _ y: JSValue, _ fb: Int32,
                                      _ feedback: FeedbackVector) throws -> Bool {
        feedback.recordCompare(fb, x, y)
        return try realm.compare(op, x, y)
    }
}

/// The `arguments` object (unmapped: it does not alias named parameters).
public final class JSArgumentsObject: JSObject {
    public override var objectClass: ObjectClass { .arguments }
}
