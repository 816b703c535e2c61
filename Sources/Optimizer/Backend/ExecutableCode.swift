import JSEngine

/// The form the executor runs: the selected `MachineInstruction`s pre-decoded once, at
/// compile time, into `ExecutableStep`s in stable memory, with every operand resolved to an
/// index into one frame of `JSValue`s laid out as
///
///     [ registers (allocator's + scratch) | spill slots | undefined | discard | outgoing arguments | constants ]
///
/// The constants are the instructions' immediates, copied into a frame when it is created,
/// so an immediate operand is read like a register. Each call site has its own area of
/// outgoing arguments, which the callee reads in place. `undefined` is never written: a
/// location beyond the allocation reads it (as the selected form's out-of-range reads give
/// undefined); `discard` receives writes to such locations. Jump targets beyond the code
/// go to the `endOfCode` sentinel after the last step. The selected instructions stay the
/// printable form (`CompiledFunction.listing`); this is only their encoding.
///
/// Frames are pooled: a run takes a spare frame (or a new one) and gives it back when it
/// ends, and giving it back releases every value the run can have left in it (registers,
/// spill slots, `discard`), so a frame always starts a run as a new one would: every value
/// undefined, the constants in place. Outgoing areas are not reset there: the call step
/// releases its arguments when its call ends, normally or by a throw.
final class ExecutableCode {
    /// The steps plus the `endOfCode` sentinel.
    let steps: UnsafeMutableBufferPointer<ExecutableStep>
    let frameSize: Int
    let undefinedIndex: Int32
    let discardIndex: Int32
    let constantBase: Int
    let constants: [JSValue]
    let fieldAccesses: [FieldAccessInfo]
    /// Per field access, and per shape set of a shape check: the address of its only shape
    /// (nil when it has none or several), for the monomorphic fast paths. The side tables
    /// keep the shapes alive.
    let fieldShapeAddresses: UnsafeMutableBufferPointer<UnsafeRawPointer?>
    let checkShapeAddresses: UnsafeMutableBufferPointer<UnsafeRawPointer?>
    let elementAccesses: [ElementAccessInfo]
    let shapeSets: [[Shape]]
    let sites: [String]
    let generics: [GenericOperationInfo]
    let assertions: [TypeAssertion]
    /// Register count of the allocation (without the scratch register) and spill slot count:
    /// to find a `Location` of the deopt table in the frame.
    let registerCount: Int
    let slotCount: Int

    /// Encodes `instructions` for a frame of `registerCount` registers (plus the scratch
    /// one) and `slotCount` spill slots; `code` is the function's own code block and
    /// `inlinedCode` the code block of each node that came from an inlined callee.
    init(instructions: [MachineInstruction], registerCount: Int, slotCount: Int, code: CodeBlock,
         inlinedCode: [Int: CodeBlock]) {
        let outgoing = instructions.reduce(0) { total, i in
            guard case .generic(let op, _, let ins, _, _) = i else { return total }
            return total + (StepEncoder.outgoingArguments(op, inputs: ins.count) ?? 0)
        }
        var encoder = StepEncoder(registerCount: registerCount, slotCount: slotCount, code: code,
                                  inlinedCode: inlinedCode, instructionCount: instructions.count, outgoingCount: outgoing)
        for i in instructions { encoder.encode(i) }
        encoder.steps.append(ExecutableStep(kind: .endOfCode))
        steps = .allocate(capacity: encoder.steps.count)
        _ = steps.initialize(from: encoder.steps)
        self.registerCount = registerCount
        self.slotCount = slotCount
        undefinedIndex = encoder.undefinedIndex
        discardIndex = encoder.discardIndex
        constantBase = encoder.constantBase
        constants = encoder.constants
        frameSize = encoder.constantBase + encoder.constants.count
        fieldAccesses = encoder.fieldAccesses
        fieldShapeAddresses = ExecutableCode.onlyShapeAddresses(encoder.fieldAccesses.map(\.shapes))
        checkShapeAddresses = ExecutableCode.onlyShapeAddresses(encoder.shapeSets)
        elementAccesses = encoder.elementAccesses
        shapeSets = encoder.shapeSets
        sites = encoder.sites
        generics = encoder.generics
        assertions = encoder.assertions
    }

    /// Frames of finished runs, ready for the next one (values undefined, constants loaded):
    /// the first `spareCount` entries.
    private let spareFrames = UnsafeMutablePointer<UnsafeMutablePointer<JSValue>>.allocate(capacity: maximumSpareFrames)
    private var spareCount = 0
    /// How many finished frames are kept (recursion deeper than this allocates).
    static let maximumSpareFrames = 64

    deinit {
        for k in 0..<spareCount {
            spareFrames[k].deinitialize(count: frameSize)
            spareFrames[k].deallocate()
        }
        spareFrames.deallocate()
        steps.deallocate()
        fieldShapeAddresses.deallocate()
        checkShapeAddresses.deallocate()
    }

    static func onlyShapeAddresses(_ sets: [[Shape]]) -> UnsafeMutableBufferPointer<UnsafeRawPointer?> {
        let addresses = UnsafeMutableBufferPointer<UnsafeRawPointer?>.allocate(capacity: max(1, sets.count))
        addresses.initialize(repeating: nil)
        for (k, shapes) in sets.enumerated() where shapes.count == 1 {
            addresses[k] = UnsafeRawPointer(Unmanaged.passUnretained(shapes[0]).toOpaque())
        }
        return addresses
    }

    /// A frame for one run: every value undefined, the constants in place.
    func takeFrame() -> UnsafeMutablePointer<JSValue> {
        if spareCount > 0 {
            spareCount -= 1
            return spareFrames[spareCount]
        }
        let f = UnsafeMutablePointer<JSValue>.allocate(capacity: frameSize)
        f.initialize(repeating: .undefined, count: constantBase)
        for (k, v) in constants.enumerated() { (f + constantBase + k).initialize(to: v) }
        return f
    }

    /// Gives back a frame after its run: the values a run can have written (registers,
    /// spill slots and `discard`, below the `undefined` slot no step writes) are released
    /// at once; the constants stay, outgoing areas are already released. The frame is kept
    /// for the next run or freed.
    func returnFrame(_ f: UnsafeMutablePointer<JSValue>) {
        for k in 0..<Int(undefinedIndex) { ExecutableCode.release(f + k) }
        ExecutableCode.release(f + Int(discardIndex))
        if spareCount < ExecutableCode.maximumSpareFrames {
            spareFrames[spareCount] = f
            spareCount += 1
        } else {
            f.deinitialize(count: frameSize)
            f.deallocate()
        }
    }

    /// Makes a frame slot undefined, releasing what it held.
    @inline(__always) static func release(_ slot: UnsafeMutablePointer<JSValue>) { write(.undefined, to: slot) }

    /// Writes `value` into a frame slot, releasing what it held; a value that holds no
    /// reference (a number, a boolean, undefined, null, the hole) is overwritten without the
    /// call that would release it, which in typed code is nearly every write.
    @inline(__always) static func write(_ value: JSValue, to slot: UnsafeMutablePointer<JSValue>) {
        switch slot.pointee {
        case .string, .object: slot.pointee = value
        case .undefined, .null, .bool, .number, .hole: slot.initialize(to: value)
        }
    }

    /// The frame index of a location of the selected form (the `undefined` sink when it lies
    /// outside the allocation).
    func index(of l: Location) -> Int {
        switch l {
        case .register(let r): return r >= 0 && r <= registerCount ? r : Int(undefinedIndex)
        case .slot(let s): return s >= 0 && s < slotCount ? registerCount + 1 + s : Int(undefinedIndex)
        }
    }
}

/// Translates selected instructions into `ExecutableStep`s one by one, collecting the
/// constants and side tables (`ExecutableCode`'s encoder; one use).
private struct StepEncoder {
    let registerCount: Int
    let slotCount: Int
    let code: CodeBlock
    let inlinedCode: [Int: CodeBlock]
    let instructionCount: Int
    let undefinedIndex: Int32
    let discardIndex: Int32
    let constantBase: Int
    /// The start of the next call site's outgoing arguments.
    var nextOutgoing: Int
    var steps: [ExecutableStep] = []
    var constants: [JSValue] = []
    var fieldAccesses: [FieldAccessInfo] = []
    var elementAccesses: [ElementAccessInfo] = []
    var shapeSets: [[Shape]] = []
    var sites: [String] = []
    var generics: [GenericOperationInfo] = []
    var assertions: [TypeAssertion] = []

    init(registerCount: Int, slotCount: Int, code: CodeBlock, inlinedCode: [Int: CodeBlock], instructionCount: Int,
         outgoingCount: Int) {
        self.registerCount = registerCount
        self.slotCount = slotCount
        self.code = code
        self.inlinedCode = inlinedCode
        self.instructionCount = instructionCount
        undefinedIndex = Int32(registerCount + 1 + slotCount)
        discardIndex = undefinedIndex + 1
        nextOutgoing = Int(discardIndex) + 1
        constantBase = nextOutgoing + outgoingCount
    }

    /// How many outgoing arguments a call with `inputs` (callee, receiver, arguments) passes
    /// through the frame, or nil when it is not a direct call.
    static func outgoingArguments(_ op: Opcode, inputs: Int) -> Int? {
        if case .jsCall = op, inputs >= 2 { return inputs - 2 }
        return nil
    }

    /// Where a value is read from.
    mutating func source(_ o: Operand) -> Int32 {
        switch o {
        case .location(.register(let r)): return r >= 0 && r <= registerCount ? Int32(r) : undefinedIndex
        case .location(.slot(let s)): return s >= 0 && s < slotCount ? Int32(registerCount + 1 + s) : undefinedIndex
        case .constant(let v):
            constants.append(v)
            return Int32(constantBase + constants.count - 1)
        }
    }

    /// Where a value is written to.
    func destination(_ l: Location) -> Int32 {
        switch l {
        case .register(let r): return r >= 0 && r <= registerCount ? Int32(r) : discardIndex
        case .slot(let s): return s >= 0 && s < slotCount ? Int32(registerCount + 1 + s) : discardIndex
        }
    }

    /// Where a guard copies its value: -1 for none.
    func guardDestination(_ l: Location?) -> Int32 { l.map(destination) ?? -1 }

    /// A jump target (the sentinel when it is not an instruction).
    func target(_ t: Int) -> Int32 { t >= 0 && t < instructionCount ? Int32(t) : Int32(instructionCount) }

    /// A deopt index or a small count as a field (-1 when it does not fit).
    func field(_ k: Int) -> Int32 { Int32(exactly: k) ?? -1 }

    mutating func site(_ s: String) -> Int32 {
        sites.append(s)
        return Int32(sites.count - 1)
    }

    mutating func encode(_ instruction: MachineInstruction) {
        var s = ExecutableStep(kind: .endOfCode)
        switch instruction {
        case .move(let d, let a): s = ExecutableStep(kind: .move, d: destination(d), a: source(a))
        case .loadParameter(let d, let i): s = ExecutableStep(kind: .loadParameter, d: destination(d), a: field(i))
        case .loadOsrValue(let d, let r): s = ExecutableStep(kind: .loadOsrValue, d: destination(d), a: field(r))
        case .int32Arith(let op, let d, let a, let b):
            let kind: ExecutableStep.Kind
            switch op {
            case .add: kind = .int32Add
            case .sub: kind = .int32Sub
            case .mul: kind = .int32Mul
            default: kind = .float64Arith
            }
            s = ExecutableStep(kind: kind, sub: ExecutableStep.code(op), d: destination(d), a: source(a), b: source(b))
        case .float64Arith(let op, let d, let a, let b):
            s = ExecutableStep(kind: .float64Arith, sub: ExecutableStep.code(op), d: destination(d), a: source(a), b: source(b))
        case .float64Negate(let d, let a): s = ExecutableStep(kind: .float64Negate, d: destination(d), a: source(a))
        case .int32Bitwise(let op, let d, let a, let b):
            s = ExecutableStep(kind: .int32Bitwise, sub: ExecutableStep.code(op), d: destination(d), a: source(a), b: source(b))
        case .uint32Shr(let d, let a, let b): s = ExecutableStep(kind: .uint32Shr, d: destination(d), a: source(a), b: source(b))
        case .word32ToFloat64(let d, let a, let signed):
            s = ExecutableStep(kind: .word32ToFloat64, sub: signed ? 1 : 0, d: destination(d), a: source(a))
        case .modMask(let d, let a, let m): s = ExecutableStep(kind: .modMask, d: destination(d), a: source(a), c: m)
        case .numberCompare(let op, let d, let a, let b):
            s = ExecutableStep(kind: .numberCompare, sub: ExecutableStep.code(op), d: destination(d), a: source(a), b: source(b))
        case .compareAndBranch(let op, let a, let b, let t, let f):
            s = ExecutableStep(kind: Self.branchKind(op), a: source(a), b: source(b), c: target(t), e: target(f))
        case .branch(let c, let t, let f): s = ExecutableStep(kind: .branch, a: source(c), c: target(t), e: target(f))
        case .jump(let t): s = ExecutableStep(kind: .jump, c: target(t))
        case .check(let k, let d, let v, let e):
            s = ExecutableStep(kind: .check, sub: ExecutableStep.code(k), d: guardDestination(d), a: source(v), e: field(e))
        case .checkShape(let shapes, let d, let v, let e):
            shapeSets.append(shapes.map(\.shape))
            s = ExecutableStep(kind: .checkShape, d: guardDestination(d), a: source(v), c: Int32(shapeSets.count - 1), e: field(e))
        case .checkBounds(let d, let i, let l, let e):
            s = ExecutableStep(kind: .checkBounds, d: guardDestination(d), a: source(i), b: source(l), e: field(e))
        case .checkElementsKind(let kinds, let d, let v, let e):
            s = ExecutableStep(kind: .checkElementsKind, sub: ObjectAccess.kindMask(kinds), d: guardDestination(d), a: source(v),
                               e: field(e))
        case .checkedInt32Arith(let op, let d, let a, let b, let e):
            switch op {
            case .add: s = ExecutableStep(kind: .checkedInt32Add, d: destination(d), a: source(a), b: source(b), e: field(e))
            case .sub: s = ExecutableStep(kind: .checkedInt32Sub, d: destination(d), a: source(a), b: source(b), e: field(e))
            case .mul: s = ExecutableStep(kind: .checkedInt32Mul, d: destination(d), a: source(a), b: source(b), e: field(e))
            // Selection fuses only add, sub and mul; anything else cannot be proven int32: it deoptimizes.
            case .div, .mod, .pow: s = ExecutableStep(kind: .deoptimize, e: field(e))
            }
        case .loadField(let d, let o, let slot, let site, let shapes):
            fieldAccesses.append(FieldAccessInfo(site: site, shapes: shapes))
            s = ExecutableStep(kind: .loadField, d: destination(d), a: source(o), c: field(slot), e: Int32(fieldAccesses.count - 1))
        case .storeField(let o, let slot, let v, let site, let shapes):
            fieldAccesses.append(FieldAccessInfo(site: site, shapes: shapes))
            s = ExecutableStep(kind: .storeField, a: source(o), b: source(v), c: field(slot), e: Int32(fieldAccesses.count - 1))
        case .loadElement(let d, let a, let i, let site, let kinds):
            elementAccesses.append(ElementAccessInfo(site: site, kinds: kinds))
            s = ExecutableStep(kind: .loadElement, sub: ObjectAccess.kindMask(kinds), d: destination(d), a: source(a), b: source(i),
                               e: Int32(elementAccesses.count - 1))
        case .storeElement(let a, let i, let v, let site, let kinds):
            elementAccesses.append(ElementAccessInfo(site: site, kinds: kinds))
            s = ExecutableStep(kind: .storeElement, sub: ObjectAccess.kindMask(kinds), a: source(a), b: source(i), c: source(v),
                               e: Int32(elementAccesses.count - 1))
        case .arrayLength(let d, let a, let site):
            s = ExecutableStep(kind: .arrayLength, d: destination(d), a: source(a), e: self.site(site))
        case .loadTypedElement(let k, let d, let a, let i, let site):
            s = ExecutableStep(kind: .loadTypedElement, sub: UInt8(k.rawValue), d: destination(d), a: source(a), b: source(i),
                               e: self.site(site))
        case .storeTypedElement(let k, let a, let i, let v, let site):
            s = ExecutableStep(kind: .storeTypedElement, sub: UInt8(k.rawValue), a: source(a), b: source(i), c: source(v),
                               e: self.site(site))
        case .generic(let op, let d, let ins, let e, let node):
            let inputs = ins.map { source($0) }
            generics.append(GenericOperationInfo(opcode: op, destination: d.map(destination) ?? -1, inputs: inputs,
                                                 deopt: e ?? -1, node: node, code: inlinedCode[node] ?? code))
            s = ExecutableStep(kind: Self.genericKind(op, inputCount: inputs.count, hasDeopt: e != nil),
                               e: Int32(generics.count - 1))
            if let count = Self.outgoingArguments(op, inputs: inputs.count) {
                s.c = Int32(nextOutgoing)
                nextOutgoing += count
            }
        case .deoptimize(let e): s = ExecutableStep(kind: .deoptimize, e: field(e))
        case .ret(let v): s = ExecutableStep(kind: .ret, a: source(v))
        case .throwValue(let v): s = ExecutableStep(kind: .throwValue, a: source(v))
        case .assertType(let assertion, let v):
            assertions.append(assertion)
            s = ExecutableStep(kind: .assertType, a: source(v), e: Int32(assertions.count - 1))
        }
        steps.append(s)
    }

    /// The step of a generic operation: its fast path when it has one and its inputs are
    /// all there (a call needs a callee and a receiver, a load its object, a guard its value
    /// and a deopt point), else the generic evaluation.
    static func genericKind(_ op: Opcode, inputCount: Int, hasDeopt: Bool) -> ExecutableStep.Kind {
        switch op {
        case .jsCall: return outgoingArguments(op, inputs: inputCount) != nil ? .call : .generic
        case .checkCallTarget: return inputCount >= 1 && hasDeopt ? .checkCallTarget : .generic
        case .jsLoadGlobal: return .loadGlobal
        case .jsGetNamed: return inputCount >= 1 ? .getNamed : .generic
        case .jsBinary: return inputCount == 2 ? .numberBinary : .generic
        case .jsGeneric(.toPropertyKey): return inputCount >= 1 ? .toPropertyKey : .generic
        case .jsNot, .booleanNot, .jsGeneric(.not): return inputCount == 1 ? .logicalNot : .generic
        case .jsLoadContext: return .loadContext
        case .jsStoreContext: return inputCount == 1 ? .storeContext : .generic
        case .referenceEqual: return inputCount == 2 ? .referenceEqual : .generic
        case .stringCharCodeAt: return inputCount == 2 ? .stringCharCodeAt : .generic
        case .stringConcat: return inputCount == 2 ? .stringConcat : .generic
        case .arrayPush: return inputCount == 2 ? .arrayPush : .generic
        default: return .generic
        }
    }

    static func branchKind(_ op: MachineInstruction.CompareOp) -> ExecutableStep.Kind {
        switch op {
        case .less: return .branchLess
        case .lessEqual: return .branchLessEqual
        case .greater: return .branchGreater
        case .greaterEqual: return .branchGreaterEqual
        case .equal: return .branchEqual
        case .notEqual: return .branchNotEqual
        }
    }
}
