import JSEngine

/// What running optimized code produced: a value, or a request to continue in the
/// interpreter at `frameState.pc` with the interpreter registers `values` (nil: undefined),
/// on top of the frames of the callers it was inlined into (`callerValues`, outermost
/// first, matching `frameState.frames`).
public enum ExecutionResult {
    case returned(JSValue)
    case deoptimize(reason: String, frameState: FrameState, values: [JSValue?], callerValues: [[JSValue?]])
}

/// Runs a `CompiledFunction`'s executable form (`ExecutableCode`) over one frame of
/// `JSValue`s: registers, spill slots and the preloaded constants, each operand one load.
/// Guards deoptimize; generic operations run real JS semantics through the realm (or
/// deoptimize, for bytecode the executor does not implement); calls go straight to the
/// callee (its optimized code when it has some, see `InstalledCode.call`); unchecked memory
/// accesses that would be out of bounds, and typed operations on values that are not
/// numbers (wrong representation), throw `EngineTermination.memorySafetyViolation` instead
/// of trapping; `--assert-types` checks throw `EngineTermination.typeAssertion`. Backward
/// jumps and calls are counted: every `checkInterval` of them the steps are charged to the
/// realm's step budget and its time, step and heap limits are checked, as the interpreter
/// does on back edges and calls.
struct Executor {
    let function: CompiledFunction
    /// The realm's interpreter, passed in by the caller (which holds it) so that a run does
    /// not retain it.
    let interpreter: Interpreter

    enum Outcome { case value(JSValue), deopt(String) }

    /// Back edges and calls between two checks of the realm's resource limits.
    static let checkInterval = 4096

    /// Runs the code. `arguments` stay unchanged while it runs; `osrValues` are the
    /// interpreter registers OSR code starts from.
    func run(realm: Realm, this: JSValue, arguments: UnsafeBufferPointer<JSValue>, context: Context?,
             osrValues: [JSValue] = []) throws -> ExecutionResult {
        let code = function.executable
        guard let steps = UnsafePointer(code.steps.baseAddress) else {
            throw EngineTermination.internalError("optimized code of \(function.name) has no steps")
        }
        let frame = code.takeFrame()
        defer { code.returnFrame(frame) }
        var pc = 0
        var countdown = Executor.checkInterval
        /// Counts a back edge or a call; charges the budget every `checkInterval` of them.
        func tick() throws {
            countdown &-= 1
            if countdown <= 0 {
                countdown = Executor.checkInterval
                try interpreter.chargeSteps(UInt64(Executor.checkInterval))
            }
        }
        /// Continues at `target`, counting a backward jump.
        func jump(_ target: Int32) throws {
            let t = Int(target)
            if t < pc { try tick() }
            pc = t
        }
        while true {
            let s = steps[pc]
            pc += 1
            switch s.kind {
            case .move:
                ExecutableCode.write(frame[Int(s.a)], to: frame + Int(s.d))
            case .loadParameter:
                let i = Int(s.a)
                frame[Int(s.d)] = i == 0 ? this : (i >= 1 && i - 1 < arguments.count ? arguments[i - 1] : .undefined)
            case .loadOsrValue:
                let r = Int(s.a)
                frame[Int(s.d)] = r >= 0 && r < osrValues.count ? osrValues[r] : .undefined
            case .int32Add:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                // The double sum is exact for int32 inputs and is the overflow result; an int32
                // zero is +0 (adding +0 turns -0 into +0 and changes nothing else).
                ExecutableCode.write(.number(x + y + 0), to: frame + Int(s.d))
            case .int32Sub:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                ExecutableCode.write(.number(x - y + 0), to: frame + Int(s.d))
            case .int32Mul:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                ExecutableCode.write(.number(Executor.int32Multiply(x, y)), to: frame + Int(s.d))
            case .float64Arith:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                ExecutableCode.write(.number(Executor.float(ExecutableStep.arithOp(s.sub), x, y)), to: frame + Int(s.d))
            case .float64Negate:
                guard case .number(let x) = frame[Int(s.a)] else { throw wrongRepresentation(pc) }
                ExecutableCode.write(.number(-x), to: frame + Int(s.d))
            case .int32Bitwise:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                let r = Executor.bitwise(ExecutableStep.bitOp(s.sub), Executor.int32(x), Executor.int32(y))
                ExecutableCode.write(.number(Double(r)), to: frame + Int(s.d))
            case .uint32Shr:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                ExecutableCode.write(.number(Double(Executor.uint32(x) >> (Executor.uint32(y) & 31))), to: frame + Int(s.d))
            case .word32ToFloat64:
                let x = Executor.number(frame[Int(s.a)])
                ExecutableCode.write(.number(s.sub != 0 ? Double(Executor.int32(x)) : Double(Executor.uint32(x))), to: frame + Int(s.d))
            case .modMask:
                guard case .number(let x) = frame[Int(s.a)] else { throw wrongRepresentation(pc) }
                ExecutableCode.write(.number(Double(Executor.int32(x) & s.c)), to: frame + Int(s.d))
            case .numberCompare:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                ExecutableCode.write(.bool(Executor.compare(ExecutableStep.compareOp(s.sub), x, y)), to: frame + Int(s.d))
            case .branchLess:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                try jump(x < y ? s.c : s.e)
            case .branchLessEqual:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                try jump(x <= y ? s.c : s.e)
            case .branchGreater:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                try jump(x > y ? s.c : s.e)
            case .branchGreaterEqual:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                try jump(x >= y ? s.c : s.e)
            case .branchEqual:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                try jump(x == y ? s.c : s.e)
            case .branchNotEqual:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                try jump(x != y ? s.c : s.e)
            case .branch:
                try jump(Executor.truthy(frame[Int(s.a)]) ? s.c : s.e)
            case .jump:
                try jump(s.c)
            case .check:
                let x = frame[Int(s.a)]
                let passes: Bool
                if case .number(let d) = x, s.sub == ExecutableStep.code(.int32) || s.sub == ExecutableStep.code(.int32NoOverflow) {
                    passes = Executor.isInt32(d)   // the most frequent guard, inline
                } else {
                    passes = Executor.passes(ExecutableStep.checkKind(s.sub), x)
                }
                if !passes { return try deopt(Int(s.e), frame: frame, code: code) }
                if s.d >= 0 { frame[Int(s.d)] = x }
            case .checkElementsKind:
                let x = frame[Int(s.a)]
                guard ObjectAccess.hasElementsKind(x, in: s.sub) else { return try deopt(Int(s.e), frame: frame, code: code) }
                if s.d >= 0 { frame[Int(s.d)] = x }
            case .checkedInt32Add:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                let r = x + y + 0
                if !Executor.isInt32(r) { return try deopt(Int(s.e), frame: frame, code: code) }
                ExecutableCode.write(.number(r), to: frame + Int(s.d))
            case .checkedInt32Sub:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                let r = x - y + 0
                if !Executor.isInt32(r) { return try deopt(Int(s.e), frame: frame, code: code) }
                ExecutableCode.write(.number(r), to: frame + Int(s.d))
            case .checkedInt32Mul:
                guard case .number(let x) = frame[Int(s.a)], case .number(let y) = frame[Int(s.b)] else { throw wrongRepresentation(pc) }
                let r = Executor.int32Multiply(x, y)
                if !Executor.isInt32(r) { return try deopt(Int(s.e), frame: frame, code: code) }
                ExecutableCode.write(.number(r), to: frame + Int(s.d))
            case .checkShape:
                let x = frame[Int(s.a)]
                let passes: Bool
                if let only = code.checkShapeAddresses[Int(s.c)] {
                    passes = ObjectAccess.hasShape(x, at: only)
                } else {
                    passes = ObjectAccess.hasShape(x, code.shapeSets[Int(s.c)])
                }
                guard passes else { return try deopt(Int(s.e), frame: frame, code: code) }
                if s.d >= 0 { frame[Int(s.d)] = x }
            case .checkBounds:
                let x = Executor.number(frame[Int(s.a)]), n = Executor.number(frame[Int(s.b)])
                guard x >= 0, x < n, x.rounded(.towardZero) == x else { return try deopt(Int(s.e), frame: frame, code: code) }
                if s.d >= 0 { frame[Int(s.d)] = frame[Int(s.a)] }
            case .loadField:
                if let only = code.fieldShapeAddresses[Int(s.e)], let v = ObjectAccess.loadSlot(frame[Int(s.a)], Int(s.c), shapeAt: only) {
                    frame[Int(s.d)] = v
                    continue
                }
                let info = code.fieldAccesses[Int(s.e)]
                let o = frame[Int(s.a)]
                frame[Int(s.d)] = try ObjectAccess.loadSlot(o, Int(s.c), shapes: info.shapes)
                    ?? Executor.loadField(o, Int(s.c), info.site, shapes: info.shapes)
            case .storeField:
                if let only = code.fieldShapeAddresses[Int(s.e)],
                   ObjectAccess.storeSlot(frame[Int(s.a)], Int(s.c), frame[Int(s.b)], shapeAt: only) {
                    continue
                }
                let info = code.fieldAccesses[Int(s.e)]
                if !ObjectAccess.storeSlot(frame[Int(s.a)], Int(s.c), frame[Int(s.b)], shapes: info.shapes) {
                    try Executor.storeField(frame[Int(s.a)], Int(s.c), frame[Int(s.b)], info.site, shapes: info.shapes)
                }
            case .loadElement:
                // The plain case in line (the kinds are `s.sub`'s mask); the side table only on the full path.
                if let v = ObjectAccess.loadDenseElement(frame[Int(s.a)], frame[Int(s.b)], kindMask: s.sub) {
                    frame[Int(s.d)] = v
                    continue
                }
                let info = code.elementAccesses[Int(s.e)]
                frame[Int(s.d)] = try Executor.loadElement(frame[Int(s.a)], frame[Int(s.b)], info.site, kinds: info.kinds)
            case .storeElement:
                if !ObjectAccess.storeDenseElement(frame[Int(s.a)], frame[Int(s.b)], frame[Int(s.c)], kindMask: s.sub) {
                    let info = code.elementAccesses[Int(s.e)]
                    try Executor.storeElement(frame[Int(s.a)], frame[Int(s.b)], frame[Int(s.c)], info.site, kinds: info.kinds)
                }
            case .arrayLength:
                frame[Int(s.d)] = try Executor.arrayLength(frame[Int(s.a)], code.sites[Int(s.e)])
            case .loadTypedElement:
                let kind = try typedArrayKind(s.sub)
                if let x = ObjectAccess.loadTypedElement(frame[Int(s.a)], frame[Int(s.b)], kind: kind) {
                    ExecutableCode.write(.number(x), to: frame + Int(s.d))
                    continue
                }
                frame[Int(s.d)] = try Executor.loadElement(frame[Int(s.a)], frame[Int(s.b)], code.sites[Int(s.e)], kind: kind)
            case .storeTypedElement:
                // The value is a number after lowering; anything else is stored as NaN (no user code runs here).
                let kind = try typedArrayKind(s.sub)
                let x = Executor.number(frame[Int(s.c)])
                if !ObjectAccess.storeTypedElement(frame[Int(s.a)], frame[Int(s.b)], x, kind: kind) {
                    try Executor.storeElement(frame[Int(s.a)], frame[Int(s.b)], .number(x), code.sites[Int(s.e)], kind: kind)
                }
            case .call:
                // The arguments go to the site's outgoing area of the frame (from `s.c`), which
                // the callee reads in place; they are released when the call ends (the frame's
                // reset skips outgoing areas). A callee with function-entry optimized code runs
                // it directly (`InstalledCode.call`), other callees go through the interpreter.
                let g = code.generics[Int(s.e)]
                let area = frame + Int(s.c)
                let count = g.inputs.count - 2
                for k in 0..<count { area[k] = frame[Int(g.inputs[k + 2])] }
                defer { for k in 0..<count { ExecutableCode.release(area + k) } }
                try tick()
                let arguments = UnsafeBufferPointer(start: UnsafePointer(area), count: count)
                let callee = frame + Int(g.inputs[0])
                let v: JSValue
                // Exact class tests instead of dynamic casts (both classes are final).
                if case .object(let f) = callee.pointee, type(of: f) == JSFunction.self,
                   case let fn = unsafeDowncast(f, to: JSFunction.self),
                   case .bytecode(let calleeCode, let calleeContext) = fn.body, !fn.isClassConstructor,
                   let optimized = calleeCode.optimizedCode, type(of: optimized) == InstalledCode.self {
                    v = try unsafeDowncast(optimized, to: InstalledCode.self)
                        .call(fn, code: calleeCode, context: calleeContext, this: frame[Int(g.inputs[1])], arguments: arguments,
                              realm: realm, interpreter: interpreter)
                } else if case .object(let f) = callee.pointee, f.isCallable {
                    v = try interpreter.call(f, this: frame[Int(g.inputs[1])], arguments: arguments)
                } else {
                    v = try realm.call(callee.pointee, this: frame[Int(g.inputs[1])], Array(arguments))
                }
                if g.destination >= 0 { frame[Int(g.destination)] = v }
            case .checkCallTarget:
                let g = code.generics[Int(s.e)]
                let x = frame[Int(g.inputs[0])]
                guard let target = g.callTargetAddress, ObjectAccess.isObject(x, at: target) else {
                    return try deopt(g.deopt, reason: "wrong call target", frame: frame, code: code)
                }
                if g.destination >= 0 { frame[Int(g.destination)] = x }
            case .loadGlobal:
                // An inline cache of the global object's shape and the property's slot (valid
                // while the shape is the same: a dictionary shape only grows in place).
                let g = code.generics[Int(s.e)]
                let global = JSValue.object(realm.global)
                if let shape = g.globalShapeAddress, let v = ObjectAccess.loadSlot(global, g.globalSlot, shapeAt: shape) {
                    if g.destination >= 0 { frame[Int(g.destination)] = v }
                    continue
                }
                let object: JSObject = realm.global
                let shape = object.shape
                if let name = g.name, let slot = shape.slot(of: name), slot < shape.attributes.count,
                   !shape.attributes[slot].contains(.accessor), slot < object.slots.count {
                    g.globalShape = shape
                    g.globalShapeAddress = UnsafeRawPointer(Unmanaged.passUnretained(shape).toOpaque())
                    g.globalSlot = slot
                    if g.destination >= 0 { frame[Int(g.destination)] = object.slots[slot] }
                } else if let result = try evaluate(g, frame: frame, code: code, realm: realm, context: context) {
                    return result
                }
            case .getNamed:
                let g = code.generics[Int(s.e)]
                if let name = g.name {
                    let v = try realm.interpreter.getNamed(frame[Int(g.inputs[0])], name, cache: g.propertyCache)
                    if g.destination >= 0 { frame[Int(g.destination)] = v }
                } else if let result = try evaluate(g, frame: frame, code: code, realm: realm, context: context) {
                    return result
                }
            case .numberBinary:
                let g = code.generics[Int(s.e)]
                let x = frame[Int(g.inputs[0])], y = frame[Int(g.inputs[1])]
                if case .number(let a) = x, case .number(let b) = y, let op = g.binaryOperator, let v = Executor.numberBinary(op, a, b) {
                    if g.destination >= 0 { frame[Int(g.destination)] = v }
                } else if let op = g.binaryOperator, let equal = Executor.quickEquality(op, x, y) {
                    if g.destination >= 0 { ExecutableCode.write(.bool(equal), to: frame + Int(g.destination)) }
                } else if let op = g.binaryOperator, Executor.isPrimitive(x), Executor.isPrimitive(y),
                          case .value(let v) = try GenericEvaluator(realm: realm, code: g.code, context: context, node: g.node)
                            .binary(op, x, y) {
                    // Operators on primitives convert without running user code: the operator itself, without the
                    // generic evaluation's argument list.
                    if g.destination >= 0 { frame[Int(g.destination)] = v }
                } else if let result = try evaluate(g, frame: frame, code: code, realm: realm, context: context) {
                    return result
                }
            case .logicalNot:
                // ToBoolean runs no user code.
                let g = code.generics[Int(s.e)]
                if g.destination >= 0 {
                    ExecutableCode.write(.bool(!Executor.truthy(frame[Int(g.inputs[0])])), to: frame + Int(g.destination))
                }
            case .loadContext:
                // The slot in the closure's context chain (the generic operation when it is not there).
                let g = code.generics[Int(s.e)]
                if let c = GenericEvaluator.context(context, up: g.contextDepth), g.contextSlot >= 0, g.contextSlot < c.slots.count {
                    if g.destination >= 0 { frame[Int(g.destination)] = c.slots[g.contextSlot] }
                } else if let result = try evaluate(g, frame: frame, code: code, realm: realm, context: context) {
                    return result
                }
            case .storeContext:
                let g = code.generics[Int(s.e)]
                if let c = GenericEvaluator.context(context, up: g.contextDepth), g.contextSlot >= 0, g.contextSlot < c.slots.count {
                    c.slots[g.contextSlot] = frame[Int(g.inputs[0])]
                } else if let result = try evaluate(g, frame: frame, code: code, realm: realm, context: context) {
                    return result
                }
            case .referenceEqual:
                let g = code.generics[Int(s.e)]
                let equal = Realm.strictEquals(frame[Int(g.inputs[0])], frame[Int(g.inputs[1])])
                if g.destination >= 0 { ExecutableCode.write(.bool(equal), to: frame + Int(g.destination)) }
            case .stringCharCodeAt:
                let g = code.generics[Int(s.e)]
                if case .string(let text) = frame[Int(g.inputs[0])], case .number(let index) = frame[Int(g.inputs[1])] {
                    if g.destination >= 0 {
                        ExecutableCode.write(.number(GenericEvaluator.charCode(text, index)), to: frame + Int(g.destination))
                    }
                } else if let result = try evaluate(g, frame: frame, code: code, realm: realm, context: context) {
                    return result
                }
            case .stringConcat:
                let g = code.generics[Int(s.e)]
                if case .string(let a) = frame[Int(g.inputs[0])], case .string(let b) = frame[Int(g.inputs[1])] {
                    let joined = try realm.concat(a, b)
                    if g.destination >= 0 { frame[Int(g.destination)] = .string(joined) }
                } else if let result = try evaluate(g, frame: frame, code: code, realm: realm, context: context) {
                    return result
                }
            case .arrayPush:
                let g = code.generics[Int(s.e)]
                if let length = ObjectAccess.push(frame[Int(g.inputs[0])], frame[Int(g.inputs[1])]) {
                    if g.destination >= 0 { ExecutableCode.write(.number(length), to: frame + Int(g.destination)) }
                } else if let result = try evaluate(g, frame: frame, code: code, realm: realm, context: context) {
                    return result
                }
            case .toPropertyKey:
                // A number or a string is its own property key (what the generic operation gives).
                let g = code.generics[Int(s.e)]
                let x = frame[Int(g.inputs[0])]
                switch x {
                case .number, .string: if g.destination >= 0 { frame[Int(g.destination)] = x }
                default: if let result = try evaluate(g, frame: frame, code: code, realm: realm, context: context) { return result }
                }
            case .generic:
                if let result = try evaluate(code.generics[Int(s.e)], frame: frame, code: code, realm: realm, context: context) {
                    return result
                }
            case .deoptimize:
                return try deopt(Int(s.e), frame: frame, code: code)
            case .ret:
                return .returned(frame[Int(s.a)])
            case .throwValue:
                throw JSException(frame[Int(s.a)])
            case .assertType:
                if let violation = code.assertions[Int(s.e)].violation(frame[Int(s.a)]) {
                    throw EngineTermination.typeAssertion(violation)
                }
            case .endOfCode:
                throw EngineTermination.internalError("optimized code ran off its end")
            }
        }
    }

    /// Evaluates a generic operation with the engine's semantics and writes its value;
    /// returns the deoptimization when it cannot run here.
    func evaluate(_ g: GenericOperationInfo, frame: UnsafeMutablePointer<JSValue>, code: ExecutableCode, realm: Realm,
                  context: Context?) throws -> ExecutionResult? {
        var inputs: [JSValue] = []
        swap(&inputs, &g.arguments)
        if inputs.count != g.inputs.count { inputs = [JSValue](repeating: .undefined, count: g.inputs.count) }
        for (k, i) in g.inputs.enumerated() { inputs[k] = frame[Int(i)] }
        let outcome = try GenericEvaluator(realm: realm, code: g.code, context: context, node: g.node).evaluate(g.opcode, inputs)
        for k in inputs.indices { inputs[k] = .undefined }
        g.arguments = inputs
        switch outcome {
        case .value(let v):
            if g.destination >= 0 { frame[Int(g.destination)] = v }
            return nil
        case .deopt(let reason):
            guard g.deopt >= 0 else { throw EngineTermination.internalError("\(g.opcode) cannot run and has no frame state") }
            return try deopt(g.deopt, reason: reason, frame: frame, code: code)
        }
    }

    /// A typed operation met a value that is not a number: a missing guard let another
    /// representation through (reading it as a double would read a pointer). `pc` is the
    /// index after the failing instruction.
    func wrongRepresentation(_ pc: Int) -> EngineTermination {
        .memorySafetyViolation("typed operation on a value that is not a number (wrong representation) at instruction \(pc - 1) of \(function.name)")
    }

    func typedArrayKind(_ sub: UInt8) throws -> TypedArrayKind {
        guard let k = TypedArrayKind(rawValue: Int(sub)) else { throw EngineTermination.internalError("bad typed-array kind \(sub)") }
        return k
    }

    /// Deoptimizes through deopt point `k`: reads every interpreter register's value from the
    /// frame (materializing described objects once each) for the interpreter to resume with.
    func deopt(_ k: Int, reason: String? = nil, frame: UnsafeMutablePointer<JSValue>, code: ExecutableCode) throws -> ExecutionResult {
        guard k >= 0, k < function.deopts.count else { throw EngineTermination.internalError("bad deopt index \(k)") }
        let p = function.deopts[k]
        func read(_ o: Operand) -> JSValue {
            switch o {
            case .constant(let v): return v
            case .location(let l): return frame[code.index(of: l)]
            }
        }
        var materialized: [Int: JSObject] = [:]
        let values = p.registers.map { $0.map { $0.value(materialized: &materialized, read: read) } }
        let callers = p.callerRegisters.map { frame in frame.map { $0.map { $0.value(materialized: &materialized, read: read) } } }
        return .deoptimize(reason: reason ?? p.reason, frameState: p.frameState, values: values, callerValues: callers)
    }
}
