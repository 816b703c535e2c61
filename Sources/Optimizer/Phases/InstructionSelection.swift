import JSEngine

/// Instruction selection (TurboFan's InstructionSelector): walks the schedule and, using
/// the register allocation, emits the executable form (`MachineInstruction`s over
/// registers, spill slots and immediates). Where the operands' types (or the guards that
/// produced them) allow, it picks specialised operations: int32 add/sub/mul with
/// overflow detection, float64 arithmetic, ToInt32 bitwise ops, uint32 shift right (and
/// uint32 typed-array loads) with the unsigned conversion of the word to float64,
/// power-of-two modulus as a mask for non-negative dividends, numeric compares fused with
/// the branch that consumes them, int32 add/sub/mul fused with the overflow guard right
/// after them, type guards, shape and elements-kind checks, field loads by slot and
/// element and typed-array loads/stores with bounds. Everything else is a `generic` operation with full JS
/// semantics. Phi inputs become parallel moves at the end of each predecessor (on a
/// separate edge stub when the predecessor branches). A guard the allocator placed with the
/// value it guards only checks; jumps to jumps or branches are threaded.
///
/// Switched off (`specialize: false`), only generic operations are emitted.
///
/// The selections that rest on a range fact rather than on a guard are numbered rewrites
/// of this phase (in the run's `RewriteLog`, after the function's graph rewrites), so
/// `--opt-bisect-limit` and `--phase-rewrite-limit instruction-selection=N` reach them like
/// any graph change: `select-mask-modulus` (x % 2^k as a mask, for x >= 0) and
/// `select-uint32-word` (an unsigned shift, a Uint32Array load or a uint32 change kept as a
/// 32-bit word and converted to float64 unsigned). A selection a limit stops leaves the node
/// its generic operation.
///
/// With `--assert-types` (`assertTypes`), every value whose type is narrower than "any" is
/// checked right after the instruction that produces it (phis at the start of their block):
/// see `TypeAssertion`.
public struct InstructionSelectionPhase: OptimizationPhase {
    public let id = "instruction-selection"
    public init() {}
    public func run(_ context: PhaseContext) {}

    public struct Failure: Error, CustomStringConvertible { public let description: String }

    /// Whether selection fuses overflow guards with their arithmetic
    /// (`BackendFacts.fusesOverflowGuard`): when it specializes, and not with
    /// `--assert-types`, whose check of the arithmetic's own result comes between the two.
    public static func fusesGuards(specialize: Bool, assertTypes: Bool) -> Bool { specialize && !assertTypes }

    public static func select(_ s: Schedule, _ a: Allocation, specialize: Bool,
                              assertTypes: Bool = false, faults: FaultSwitch = .none, log: RewriteLog? = nil,
                              function: String = "") throws -> (code: [MachineInstruction], deopts: [DeoptPoint]) {
        try select(s, a, specialize: specialize, assertTypes: assertTypes, faults: faults, log: log, function: function,
                   frameStateInputs: FrameStateInputCache())
    }

    /// Selects instructions, reading frame-state inputs through `frameStateInputs`.
    static func select(_ s: Schedule, _ a: Allocation, specialize: Bool, assertTypes: Bool, faults: FaultSwitch,
                       log: RewriteLog?, function: String,
                       frameStateInputs: FrameStateInputCache) throws -> (code: [MachineInstruction], deopts: [DeoptPoint]) {
        var sel = Selector(schedule: s, allocation: a, specialize: specialize, assertTypes: assertTypes, faults: faults,
                           log: log, function: function, frameStateInputs: frameStateInputs)
        try sel.run()
        return (sel.code, sel.deopts)
    }
}

private struct Selector {
    let schedule: Schedule
    let allocation: Allocation
    let specialize: Bool
    /// `--assert-types`: check produced values against their nodes' types.
    let assertTypes: Bool
    let faults: FaultSwitch
    /// Where range-based selections are numbered (nil: every selection applies).
    let log: RewriteLog?
    let function: String
    let frameStateInputs: FrameStateInputCache
    var code: [MachineInstruction] = []
    var deopts: [DeoptPoint] = []
    /// Label -> pc; labels 0..<blocks are blocks, later ones edge stubs.
    var labelPC: [Int] = []
    var stubs: [(label: Int, moves: [(dst: Location, src: Operand)], target: Int)] = []
    var frameStateUsed: Set<Int> = []
    /// The linear index of each scheduled block by block id (computed once: phi moves and
    /// jumps look it up for every edge).
    let blockIndex: [Int: Int]
    /// Each frame state's register descriptions, by frame state: the deoptimization points
    /// after one effectful operation share a state, and describing it once is enough.
    var describedFrames: [ObjectIdentifier: [DeoptValue?]] = [:]

    init(schedule: Schedule, allocation: Allocation, specialize: Bool, assertTypes: Bool, faults: FaultSwitch,
         log: RewriteLog?, function: String, frameStateInputs: FrameStateInputCache) {
        self.schedule = schedule
        self.allocation = allocation
        self.specialize = specialize
        self.assertTypes = assertTypes
        self.faults = faults
        self.log = log
        self.function = function
        labelPC = [Int](repeating: -1, count: schedule.blocks.count)
        blockIndex = schedule.blockIndex
        self.frameStateInputs = frameStateInputs
        for n in schedule.linearNodes { for r in frameStateInputs.inputs(of: n) { frameStateUsed.insert(r.id) } }
    }

    func operand(_ n: Node) throws -> Operand {
        try Selector.operand(n, locations: allocation.locations)
    }

    /// Where the value of `n` is under `locations` (a constant is its own operand, and so is
    /// a guard of a constant, which the allocator gives no location).
    static func operand(_ n: Node, locations: [Int: Location]) throws -> Operand {
        if case .constant(let v) = n.opcode { return .constant(v) }
        if let l = locations[n.id] { return .location(l) }
        let root = BackendFacts.valueRoot(n)
        if case .constant(let v) = root.opcode { return .constant(v) }
        throw InstructionSelectionPhase.Failure(description: "no location for \(n)")
    }

    /// Where guard `n` copies the value it passes: nil when the allocator gave it the guarded
    /// value's own location (or none, for a guarded constant), so the guard only checks.
    func guardCopy(_ n: Node) throws -> Location? {
        guard let guarded = n.inputs.first else { return try dest(n) }
        guard let l = allocation.locations[n.id] else {
            if case .constant = BackendFacts.valueRoot(n).opcode { return nil }
            return try dest(n)
        }
        return try operand(guarded).location == l ? nil : l
    }

    func input(_ n: Node, _ i: Int) throws -> Node {
        guard i < n.inputs.count else { throw InstructionSelectionPhase.Failure(description: "\(n) lacks input \(i)") }
        return n.inputs[i]
    }

    func dest(_ n: Node) throws -> Location {
        guard let l = allocation.locations[n.id] else { throw InstructionSelectionPhase.Failure(description: "no location for \(n)") }
        return l
    }

    mutating func deoptPoint(_ n: Node, reason: DeoptPoint.Reason) throws -> Int {
        guard let fs = n.frameState else { throw InstructionSelectionPhase.Failure(description: "\(n) has no frame state") }
        var callers: [[DeoptValue?]] = []
        for frame in fs.frames.dropLast() { callers.append(try describeRegisters(frame)) }
        deopts.append(DeoptPoint(why: reason, node: n.id, frameState: fs, registers: try describeRegisters(fs),
                                 callerRegisters: callers, position: n.position))
        return deopts.count - 1
    }

    /// What each interpreter register of one frame holds at a deoptimization (described once
    /// per frame state: locations do not change during selection).
    mutating func describeRegisters(_ state: FrameState) throws -> [DeoptValue?] {
        if let known = describedFrames[ObjectIdentifier(state)] { return known }
        let locations = allocation.locations
        let described = try state.registers.map { register in
            try DeoptValue.describe(register) { n in try Selector.operand(n, locations: locations) }
        }
        describedFrames[ObjectIdentifier(state)] = described
        return described
    }

    func site(_ n: Node) -> String { "\(n.position)" }

    /// Numbers a selection that rests on a range fact as rewrite `rule` at `n`; false when a
    /// bisection limit stops it (the node then keeps its generic operation).
    func permits(_ rule: String, at n: Node, selecting operation: String) -> Bool {
        guard let log else { return true }
        let (number, allowed) = log.permit(phase: InstructionSelectionPhase().id, rule: rule)
        log.record(.init(number: number, phase: InstructionSelectionPhase().id, rule: rule, function: function,
                         before: log.keepsNodeText ? [n.description] : [], after: allowed && log.keepsNodeText ? [operation] : [],
                         position: n.position, applied: allowed))
        return allowed
    }

    mutating func phiMoves(from bi: Int, to succ: Block) throws -> [(dst: Location, src: Operand)] {
        guard let si = blockIndex[succ.id] else { return [] }
        let pred = schedule.blocks[bi].block
        guard let k = succ.predecessors.firstIndex(where: { $0 === pred }) else { return [] }
        var moves: [(dst: Location, src: Operand)] = []
        for phi in schedule.blocks[si].nodes where BackendFacts.isPhi(phi) && k < phi.inputs.count {
            moves.append((try dest(phi), try operand(phi.inputs[k])))
        }
        return ParallelMove.sequentialize(moves, scratch: allocation.scratch)
    }

    mutating func label(from bi: Int, to succ: Block) throws -> Int {
        let target = blockIndex[succ.id] ?? 0
        let moves = try phiMoves(from: bi, to: succ)
        if moves.isEmpty { return target }
        let l = labelPC.count
        labelPC.append(-1)
        stubs.append((l, moves, target))
        return l
    }

    mutating func run() throws {
        for (bi, b) in schedule.blocks.enumerated() {
            labelPC[bi] = code.count
            var fused: Node? = nil
            for (k, n) in b.nodes.enumerated() {
                if let f = fused, f === n { continue }
                switch n.opcode {
                case .phi: assertType(n)
                case .effectPhi, .start, .constant, .objectState: continue
                case .goto:
                    guard let succ = b.block.successors.first else { continue }
                    for m in try phiMoves(from: bi, to: succ) { code.append(.move(m.dst, m.src)) }
                    code.append(.jump(blockIndex[succ.id] ?? 0))
                case .branch:
                    guard b.block.successors.count == 2 else { throw InstructionSelectionPhase.Failure(description: "branch without two successors") }
                    let t = try label(from: bi, to: b.block.successors[0])
                    let f = try label(from: bi, to: b.block.successors[1])
                    let c = try input(n, 0)
                    if let cf = fused, cf === c, let op = compareOp(c.opcode) {
                        code.append(.compareAndBranch(op, try operand(try input(c, 0)), try operand(try input(c, 1)), ifTrue: t, ifFalse: f))
                    } else {
                        code.append(.branch(try operand(c), ifTrue: t, ifFalse: f))
                    }
                case .return: code.append(.ret(try operand(try input(n, 0))))
                case .throw: code.append(.throwValue(try operand(try input(n, 0))))
                case .deoptimize(let reason): code.append(.deoptimize(deopt: try deoptPoint(n, reason: .fixed(reason))))
                case .parameter(let i):
                    code.append(.loadParameter(try dest(n), i))
                    assertType(n)
                case .osrValue(let r):
                    code.append(.loadOsrValue(try dest(n), r))
                    assertType(n)
                case .context: code.append(.move(try dest(n), .constant(.undefined)))
                default:
                    // Fuse a numeric compare into the branch right after it.
                    if specialize, k + 2 == b.nodes.count, let t = b.nodes.last, case .branch = t.opcode, t.inputs.first === n,
                       n.uses.filter({ u in u.inputs.contains { $0 === n } }).count == 1, !frameStateUsed.contains(n.id), compareOp(n.opcode) != nil,
                       n.inputs.count == 2, isNumber(n.inputs[0]), isNumber(n.inputs[1]) {
                        fused = n
                        continue
                    }
                    if specialize, let i = try specialized(n) {
                        if let checked = try fusedOverflowCheck(i, k: k, in: b.nodes) {
                            code.append(checked.instruction)
                            fused = checked.guardNode
                            continue
                        }
                        code.append(i)
                        if let word = uint32Word(i) { code.append(float64Conversion(of: n, word, into: word)) }
                    } else {
                        try emitGeneric(n)
                    }
                    assertType(n)
                }
            }
        }
        for s in stubs {
            labelPC[s.label] = code.count
            for m in s.moves { code.append(.move(m.dst, m.src)) }
            code.append(.jump(s.target))
        }
        // Resolve labels to instruction indices.
        for i in code.indices {
            switch code[i] {
            case .jump(let l): code[i] = .jump(labelPC[l])
            case .branch(let c, let t, let f): code[i] = .branch(c, ifTrue: labelPC[t], ifFalse: labelPC[f])
            case .compareAndBranch(let op, let a, let b, let t, let f):
                code[i] = .compareAndBranch(op, a, b, ifTrue: labelPC[t], ifFalse: labelPC[f])
            default: break
            }
        }
        if specialize { threadJumps() }
    }

    /// Jump threading: a jump to a jump goes to the final target, and a jump to a branch
    /// becomes a copy of that branch (its targets are absolute), so a loop's back edge tests
    /// the loop condition itself instead of jumping to the header to test it, as a
    /// rotated loop does. Chains are followed a bounded number of steps (a jump may target
    /// itself).
    mutating func threadJumps() {
        for i in code.indices {
            guard case .jump(var target) = code[i] else { continue }
            var steps = 0
            while steps < 8, target >= 0, target < code.count, case .jump(let next) = code[target] {
                target = next
                steps += 1
            }
            code[i] = .jump(target)
            guard target >= 0, target < code.count else { continue }
            switch code[target] {
            case .branch, .compareAndBranch: code[i] = code[target]
            default: break
            }
        }
    }

    /// `arith` (just selected for node `b[k]`) fused with the overflow guard right after it
    /// (`checkedInt32Arith`), with the guard node, or nil: for the pairs
    /// `BackendFacts.fusesOverflowGuard` names, which the register allocator placed for it,
    /// when the guard checks the result in its own location.
    mutating func fusedOverflowCheck(_ arith: MachineInstruction, k: Int,
                                     in b: [Node]) throws -> (instruction: MachineInstruction, guardNode: Node)? {
        guard InstructionSelectionPhase.fusesGuards(specialize: specialize, assertTypes: assertTypes),
              case .int32Arith(let op, let d, let x, let y) = arith, op == .add || op == .sub || op == .mul,
              k + 1 < b.count, BackendFacts.fusesOverflowGuard(b[k], b[k + 1], frameStateInputs: frameStateInputs),
              try guardCopy(b[k + 1]) == nil else { return nil }
        let check = b[k + 1]
        return (.checkedInt32Arith(op, d, x, y, deopt: try deoptPoint(check, reason: deoptReason(check))), check)
    }

    /// `--assert-types`: checks the value `n` just produced against its type.
    mutating func assertType(_ n: Node) {
        guard assertTypes, TypeAssertion.applies(to: n), let l = allocation.locations[n.id] else { return }
        code.append(.assertType(TypeAssertion(n), .location(l)))
    }

    mutating func emitGeneric(_ n: Node) throws {
        let d: Location?
        if BackendFacts.guardedValue(n) != nil {
            d = try guardCopy(n)
        } else {
            d = BackendFacts.producesValue(n) ? try dest(n) : nil
        }
        let e: Int? = n.frameState != nil && !BackendFacts.isMemoryRead(n) ? try deoptPoint(n, reason: deoptReason(n)) : nil
        code.append(.generic(n.opcode, d, try n.inputs.map { try operand($0) }, deopt: e, node: n.id))
    }

    func deoptReason(_ n: Node) -> DeoptPoint.Reason {
        switch n.opcode {
        case .checkInt32: return .fixed("not an int32")
        case .checkNumber: return .fixed("not a number")
        case .checkString: return .fixed("not a string")
        case .checkBoolean: return .fixed("not a boolean")
        case .checkNotHole: return .fixed("hole")
        case .checkReceiver(let orNullish): return .fixed(orNullish ? "not a receiver, null or undefined" : "not a receiver")
        case .checkTypedArray(let k): return .fixed("not a \(k) typed array")
        case .checkShape: return .fixed("wrong shape")
        case .checkElementsKind: return .fixed("wrong elements kind")
        case .checkBounds: return .fixed("out of bounds")
        case .checkCallTarget: return .fixed("wrong call target")
        case .checkInt32NoOverflow: return .fixed("int32 overflow")
        case .checkNoPrototypeElements: return .fixed("elements on the prototype chain")
        case .speculativeNumberAdd(let hint): return .fixed(hint == .int32 ? "not an int32" : "not a number")
        default: return .genericOperation(n.opcode)
        }
    }

    func compareOp(_ op: Opcode) -> MachineInstruction.CompareOp? {
        switch op {
        case .jsBinary(.less), .numberLessThan: return .less
        case .jsBinary(.lessEqual), .numberLessThanOrEqual: return .lessEqual
        case .jsBinary(.greater): return .greater
        case .jsBinary(.greaterEqual): return .greaterEqual
        case .jsBinary(.strictEqual), .jsBinary(.equal), .numberEqual: return .equal
        case .jsBinary(.strictNotEqual), .jsBinary(.notEqual): return .notEqual
        default: return nil
        }
    }

    func constantNumber(_ n: Node) -> Double? { if case .constant(.number(let d)) = n.opcode { return d }; return nil }

    func isInt32(_ n: Node) -> Bool {
        if n.type.isInt32 { return true }
        switch n.opcode {
        case .checkInt32, .checkInt32NoOverflow: return true
        case .constant(.number(let d)): return JSValue.isInt32(d)
        default: return false
        }
    }

    func isNumber(_ n: Node) -> Bool {
        if isInt32(n) || n.type.isNumberOnly { return true }
        switch n.opcode {
        case .checkNumber, .constant(.number): return true
        case .int32Add, .int32Sub, .int32Mul, .int32Div, .int32Mod, .int32BitAnd, .int32BitOr, .int32BitXor, .int32Shl,
             .int32Sar, .uint32Shr, .float64Add, .float64Sub, .float64Mul, .float64Div, .float64Mod, .float64Pow,
             .float64Negate, .changeInt32ToFloat64, .changeUint32ToFloat64, .truncateFloat64ToInt32:
            return true
        default: return false
        }
    }

    /// Power-of-two modulus of a non-negative int32 by a positive constant.
    func modMask(_ n: Node) throws -> MachineInstruction? {
        guard n.inputs.count == 2 else { return nil }
        let a = n.inputs[0], b = n.inputs[1]
        guard a.type.isInt32, let d = constantNumber(b), d >= 1, d <= 1073741824,
              let k = Int32(exactly: d), k & (k - 1) == 0 else { return nil }
        // A negative dividend gives a negative remainder (or -0): the mask is right only for a >= 0.
        // instruction-selection.pow2-mod-ignores-sign: the dividend's sign is not proven.
        guard a.type.min >= 0 || faults.injected(.instructionSelectionPow2ModIgnoresSign),
              permits("select-mask-modulus", at: n, selecting: "ModMask(\(k - 1))") else { return nil }
        return .modMask(try dest(n), try operand(a), k - 1)
    }

    /// Where a selected instruction leaves a uint32 result as a 32-bit word (an unsigned
    /// shift, a Uint32Array element), or nil.
    func uint32Word(_ i: MachineInstruction) -> Location? {
        switch i {
        case .uint32Shr(let d, _, _), .loadTypedElement(.uint32, let d, _, _, _): return d
        default: return nil
        }
    }

    /// The conversion of uint32 node `n`'s word to the float64 registers hold: unsigned, so
    /// words from 2^31 up stay positive.
    func float64Conversion(of n: Node, _ word: Location, into d: Location) -> MachineInstruction {
        // instruction-selection.uint32-to-float64-signed: the word goes through the signed conversion.
        let signed = faults.injected(.instructionSelectionUint32ToFloat64Signed, applies: !(n.type.max <= Double(Int32.max)))
        return .word32ToFloat64(d, .location(word), signed: signed)
    }

    mutating func specialized(_ n: Node) throws -> MachineInstruction? {
        // Malformed arity (a faulty phase) takes the generic path, which never indexes out of range.
        guard !n.inputs.isEmpty else { return nil }
        let ins = n.inputs
        func two() throws -> (Location, Operand, Operand) { (try dest(n), try operand(try input(n, 0)), try operand(try input(n, 1))) }
        let bothInt = ins.count == 2 && isInt32(ins[0]) && isInt32(ins[1])
        let bothNum = ins.count == 2 && isNumber(ins[0]) && isNumber(ins[1])
        switch n.opcode {
        case .jsBinary(let op):
            let arith: [BinaryOperator: MachineInstruction.ArithOp] = [.add: .add, .sub: .sub, .mul: .mul, .div: .div, .mod: .mod, .exp: .pow]
            let bits: [BinaryOperator: MachineInstruction.BitOp] = [.bitAnd: .and, .bitOr: .or, .bitXor: .xor, .shl: .shl, .sar: .sar]
            guard bothNum else { return nil }
            let (d, a, b) = try two()
            if let o = arith[op] {
                if bothInt, o == .add || o == .sub || o == .mul { return .int32Arith(o, d, a, b) }
                if o == .mod, let m = try modMask(n) { return m }
                return .float64Arith(o, d, a, b)
            }
            if let o = bits[op] { return .int32Bitwise(o, d, a, b) }
            if op == .shr { return permits("select-uint32-word", at: n, selecting: "Uint32Shr") ? .uint32Shr(d, a, b) : nil }
            if let c = compareOp(n.opcode) { return .numberCompare(c, d, a, b) }
            return nil
        case .jsIncrement, .jsDecrement:
            guard isNumber(ins[0]) else { return nil }
            let o: MachineInstruction.ArithOp
            if case .jsIncrement = n.opcode { o = .add } else { o = .sub }
            return isInt32(ins[0]) ? .int32Arith(o, try dest(n), try operand(ins[0]), .constant(.number(1)))
                : .float64Arith(o, try dest(n), try operand(ins[0]), .constant(.number(1)))
        case .jsNegate, .float64Negate:
            guard isNumber(ins[0]) else { return nil }
            return .float64Negate(try dest(n), try operand(ins[0]))
        case .jsBitNot:
            guard isNumber(ins[0]) else { return nil }
            return .int32Bitwise(.xor, try dest(n), try operand(ins[0]), .constant(.number(-1)))
        case .int32Add: let (d, a, b) = try two(); return .int32Arith(.add, d, a, b)
        case .int32Sub: let (d, a, b) = try two(); return .int32Arith(.sub, d, a, b)
        case .int32Mul: let (d, a, b) = try two(); return .int32Arith(.mul, d, a, b)
        case .int32Div, .float64Div: let (d, a, b) = try two(); return .float64Arith(.div, d, a, b)
        case .int32Mod:
            if let m = try modMask(n) { return m }
            let (d, a, b) = try two(); return .float64Arith(.mod, d, a, b)
        case .float64Mod:
            if let m = try modMask(n) { return m }
            let (d, a, b) = try two(); return .float64Arith(.mod, d, a, b)
        case .float64Add: let (d, a, b) = try two(); return .float64Arith(.add, d, a, b)
        case .float64Sub: let (d, a, b) = try two(); return .float64Arith(.sub, d, a, b)
        case .float64Mul: let (d, a, b) = try two(); return .float64Arith(.mul, d, a, b)
        case .float64Pow: let (d, a, b) = try two(); return .float64Arith(.pow, d, a, b)
        case .int32BitAnd: let (d, a, b) = try two(); return .int32Bitwise(.and, d, a, b)
        case .int32BitOr: let (d, a, b) = try two(); return .int32Bitwise(.or, d, a, b)
        case .int32BitXor: let (d, a, b) = try two(); return .int32Bitwise(.xor, d, a, b)
        case .int32Shl: let (d, a, b) = try two(); return .int32Bitwise(.shl, d, a, b)
        case .int32Sar: let (d, a, b) = try two(); return .int32Bitwise(.sar, d, a, b)
        case .uint32Shr:
            guard permits("select-uint32-word", at: n, selecting: "Uint32Shr") else { return nil }
            let (d, a, b) = try two(); return .uint32Shr(d, a, b)
        case .numberLessThan: let (d, a, b) = try two(); return .numberCompare(.less, d, a, b)
        case .numberLessThanOrEqual: let (d, a, b) = try two(); return .numberCompare(.lessEqual, d, a, b)
        case .numberEqual: let (d, a, b) = try two(); return .numberCompare(.equal, d, a, b)
        case .changeInt32ToFloat64: return .move(try dest(n), try operand(ins[0]))
        case .changeUint32ToFloat64:
            guard case .location(let word) = try operand(ins[0]) else { return .move(try dest(n), try operand(ins[0])) }
            guard permits("select-uint32-word", at: n, selecting: "Word32ToFloat64(unsigned)") else { return nil }
            return float64Conversion(of: ins[0], word, into: try dest(n))
        case .truncateFloat64ToInt32: return .int32Bitwise(.or, try dest(n), try operand(ins[0]), .constant(.number(0)))
        case .checkInt32, .checkNumber, .checkString, .checkBoolean, .checkNotHole, .checkInt32NoOverflow:
            let kinds: [String: MachineInstruction.CheckKind] = ["CheckInt32": .int32, "CheckNumber": .number, "CheckString": .string,
                                                                 "CheckBoolean": .boolean, "CheckNotHole": .notHole,
                                                                 "CheckInt32NoOverflow": .int32NoOverflow]
            guard let k = kinds[n.opcode.description] else { return nil }
            return .check(k, try guardCopy(n), try operand(ins[0]), deopt: try deoptPoint(n, reason: deoptReason(n)))
        case .checkShape(let shapes):
            return .checkShape(shapes, try guardCopy(n), try operand(ins[0]), deopt: try deoptPoint(n, reason: deoptReason(n)))
        case .checkElementsKind(let kinds):
            // No kind at all never passes: that stays the generic guard.
            guard !kinds.isEmpty else { return nil }
            return .checkElementsKind(kinds, try guardCopy(n), try operand(ins[0]), deopt: try deoptPoint(n, reason: deoptReason(n)))
        case .checkBounds:
            return .checkBounds(try guardCopy(n), try operand(ins[0]), try operand(try input(n, 1)),
                                deopt: try deoptPoint(n, reason: deoptReason(n)))
        case .loadField(let slot):
            return .loadField(try dest(n), try operand(ins[0]), slot: slot, site: site(n), shapes: n.accessShapes.map(\.shape))
        case .storeField(let slot):
            return .storeField(try operand(ins[0]), slot: slot, try operand(try input(n, 1)), site: site(n),
                               shapes: n.accessShapes.map(\.shape))
        case .loadElement: let (d, a, b) = try two(); return .loadElement(d, a, b, site: site(n), kinds: n.accessKinds)
        case .storeElement:
            return .storeElement(try operand(ins[0]), try operand(try input(n, 1)), try operand(try input(n, 2)), site: site(n),
                                 kinds: n.accessKinds)
        case .arrayLength, .typedArrayLength: return .arrayLength(try dest(n), try operand(ins[0]), site: site(n))
        case .loadTypedElement(let k):
            if k == .uint32, !permits("select-uint32-word", at: n, selecting: "LoadTypedElement[uint32]") { return nil }
            let (d, a, b) = try two(); return .loadTypedElement(k, d, a, b, site: site(n))
        case .storeTypedElement(let k):
            guard isNumber(try input(n, 2)) else { return nil }
            return .storeTypedElement(k, try operand(ins[0]), try operand(try input(n, 1)), try operand(try input(n, 2)), site: site(n))
        default: return nil
        }
    }
}
