import JSEngine

/// Builds the IR of a function from its bytecode and feedback vector (TurboFan's
/// BytecodeGraphBuilder): splits the bytecode into basic blocks, puts interpreter
/// registers into SSA form with phis at joins and loop headers (for the registers still
/// live there, `BytecodeLiveness`), threads an explicit effect chain through every
/// effectful node, attaches a frame state (recording only the registers the bytecode may
/// still read) to every node that can deoptimize or call out, and speculates from
/// feedback: operand type guards for arithmetic and comparisons (`+` with number feedback
/// becomes a SpeculativeNumberAdd, guarded by typed lowering), shape checks with field
/// loads and stores for named accesses (of the receiver's own slots, or of its
/// prototype's behind checks of both shapes; `length` of arrays as an array length, of typed
/// arrays as a typed-array length behind the checks of `TypedArrayLengthAccess`), typed
/// element loads and stores behind a typed-array kind check for sites that saw one kind, and
/// call-target checks for monomorphic calls. In OSR code, a site without feedback becomes an
/// unconditional deoptimization (`InsufficientFeedback`). Object literals become an allocation of their
/// final shape plus one field store per property (`ObjectLiteralPlan`); until the last
/// property is defined, frame states describe the object built so far as an `objectState`
/// (deoptimizing there materializes it with the shape it has at that point).
///
/// For on-stack replacement (`osrEntry`: a loop header's bytecode index) the graph is entered
/// at that loop instead, as TurboFan's OSR graphs are: the entry block takes the live
/// interpreter registers (`osrValue`) and the frame's context and jumps to the loop header;
/// code before the loop is not translated. Enclosing loops are peeled as V8 does: the rest
/// of their current iteration is translated once (from the OSR loop on), and their back edge
/// leads to a copy of the enclosing loop translated whole from its header, one copy per
/// nesting level, so every loop of the graph is entered at its header only (reducible).
/// The entry values are typed by speculation (`OsrEntrySpeculation`): each live register
/// gets the guard that the value the interpreter frame holds at compile time passes, so the
/// loop's phis start from int32s, numbers, strings or booleans instead of anything.
public struct GraphBuilder {
    /// Why a function cannot be compiled (the tier then stays in the interpreter).
    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String
    }

    let code: CodeBlock
    let graph: Graph
    /// Set when building a callee's body into a caller's graph (the inlining phase).
    let inlineSite: InlineSite?
    /// The loop header the graph is entered at (on-stack replacement), or nil for function entry.
    let osrEntry: Int?
    /// The interpreter frame's registers when the OSR graph is built (empty: no speculation on them).
    let osrEntryValues: [JSValue]
    /// The inlined body's exits: the block, returned value and effect of every `return`.
    private(set) var inlineExits: [(block: Block, value: Node, effect: Node)] = []
    /// The first block of the body (the entry block when not inlining).
    private(set) var bodyEntry: Block?
    private var blockAt: [Int: Block] = [:]
    private var leaders: [Int] = []
    /// The bytecode indices that a backward jump targets (`BytecodeControlFlow.loopHeaders`).
    private var loopHeaders: Set<Int> = []
    /// Abstract interpreter state at the end of each processed block.
    private var exitState: [Int: State] = [:]
    /// Loop-header phis waiting for their back-edge inputs.
    private var pendingPhis: [Int: (block: Block, regs: [Node?], effect: Node, context: Node?)] = [:]
    /// The empty object literal's shape (`Object.prototype`'s child root); nil: literals stay generic.
    private let literalRootShape: Shape?
    /// Object literals being lowered, by the register they are built in.
    private var literals: [Reg: LiteralUnderConstruction] = [:]
    /// Registers live at each instruction: only those are merged at joins and loop headers.
    private let liveness: BytecodeLiveness
    /// The realm's intrinsics the builder specializes on (the typed-array `length` getter).
    private let builtins: BuiltinTable

    /// A lowered object literal between its `createObject` and its last planned `defineNamed`.
    struct LiteralUnderConstruction {
        let plan: ObjectLiteralPlan
        /// The `objectState` identity every description of this literal shares.
        let objectID: Int
        /// The values of the properties defined so far.
        var values: [Node] = []
    }

    /// The registers, effect and context while walking a block.
    struct State {
        var registers: [Node?]
        var effect: Node
        var context: Node?
    }

    public init(code: CodeBlock, name: String, literalRootShape: Shape? = nil, osrEntry: Int? = nil,
                osrEntryValues: [JSValue] = [], builtins: BuiltinTable = .empty) {
        self.code = code
        self.builtins = builtins
        self.graph = Graph(code: code, name: name)
        self.inlineSite = nil
        self.osrEntry = osrEntry
        self.osrEntryValues = osrEntryValues
        self.literalRootShape = literalRootShape
        self.liveness = BytecodeLiveness(code)
        graph.osrEntry = osrEntry
    }

    /// A builder that adds the body of an inlined call target to `graph` (see `InlineSite`).
    /// Object literals in the body stay generic.
    init(inlining code: CodeBlock, into graph: Graph, site: InlineSite, builtins: BuiltinTable) {
        self.code = code
        self.builtins = builtins
        self.graph = graph
        self.inlineSite = site
        self.osrEntry = nil
        self.osrEntryValues = []
        self.literalRootShape = nil
        self.liveness = BytecodeLiveness(code)
    }

    /// Builds and returns the graph, or throws `Unsupported`.
    public mutating func build() throws -> Graph {
        if !code.handlers.isEmpty { throw Unsupported(description: "try/catch is not optimized") }
        let cfg = BytecodeControlFlow(code.instructions)
        leaders = cfg.leaders
        loopHeaders = cfg.loopHeaders
        // The entry block only sets up the entry state and falls into the first bytecode
        // block, which may itself be a loop header (a loop at the very start of the function).
        let entry = graph.newBlock()
        bodyEntry = entry
        for l in leaders { blockAt[l] = graph.newBlock() }
        let state: State
        // The blocks to translate: each pass maps bytecode indices to blocks and translates
        // the blocks from its start index on, in bytecode order.
        var passes = [(blocks: blockAt, from: 0)]
        if let header = osrEntry {
            guard blockAt[header] != nil, isLoopHeader(header) else {
                throw Unsupported(description: "OSR entry \(header) is not a loop header")
            }
            passes = osrPasses(cfg, header: header)
            state = osrEntryState(in: entry, header: header)
        } else {
            state = entryState(in: entry)
        }
        if let first = blockAt[osrEntry ?? 0] {
            graph.add(.goto, in: entry)
            graph.connect(entry, first)
            recordExit(entry, state, to: first)
        }
        for pass in passes {
            blockAt = pass.blocks
            try translateBlocks(cfg, from: pass.from)
        }
        try closeLoops()
        if inlineSite == nil {
            graph.removeUnreachableBlocks()
            graph.removeTrivialPhis()
        }
        return graph
    }

    /// Translates the blocks that start at or after `from` and have been reached, in order.
    private mutating func translateBlocks(_ cfg: BytecodeControlFlow, from: Int) throws {
        let insts = code.instructions
        for leader in leaders where leader >= from {
            guard let block = blockAt[leader] else { continue }
            let end = cfg.blockEnd[leader] ?? insts.count
            guard var state = try entryState(for: block, leader: leader) else { continue }
            var pc = leader
            var terminated = false
            while pc < end {
                terminated = try translate(insts[pc], at: pc, block: block, state: &state)
                if terminated { break }
                pc += 1
            }
            if !terminated {
                // Fall through into the next block.
                if let next = blockAt[end] {
                    graph.add(.goto, in: block)
                    graph.connect(block, next)
                    recordExit(block, state, to: next)
                }
            }
        }
    }

    // MARK: - Entry

    /// The state on function entry: parameters (or, when inlining, the call's receiver and
    /// arguments, missing ones undefined), undefined locals and the closure context.
    private func entryState(in entry: Block) -> State {
        if let site = inlineSite {
            let undefined = graph.add(.constant(.undefined), in: entry)
            var regs = [Node?](repeating: undefined, count: code.registerCount)
            for i in 0...code.parameterCount where i < regs.count { regs[i] = site.binding(forParameter: i) }
            return State(registers: regs, effect: site.effect, context: nil)
        }
        let start = graph.add(.start, in: entry)
        let undefined = graph.add(.constant(.undefined), in: entry)
        var regs = [Node?](repeating: undefined, count: code.registerCount)
        for i in 0...code.parameterCount where i < regs.count { regs[i] = graph.add(.parameter(i), in: entry) }
        let context = graph.add(.context, in: entry)
        return State(registers: regs, effect: start, context: context)
    }

    /// OSR entry at the loop header `header`: the registers live there come from the
    /// interpreter frame (`osrValue`), each behind the guard its current value passes
    /// (`OsrEntrySpeculation`; a failing guard deoptimizes to the loop header with the
    /// frame's values); dead ones hold nothing; `context` is the frame's current context.
    private func osrEntryState(in entry: Block, header: Int) -> State {
        let start = graph.add(.start, in: entry)
        var regs = [Node?](repeating: nil, count: code.registerCount)
        let live = liveness.liveRegisters(at: header).filter { $0 < regs.count }
        for r in live {
            regs[r] = graph.add(.osrValue(r), in: entry, position: position(header), bytecodeOffset: header)
        }
        let context = graph.add(.context, in: entry)
        var state = State(registers: regs, effect: start, context: context)
        let unguarded = state
        for r in live where r < osrEntryValues.count {
            guard let check = OsrEntrySpeculation.guardOpcode(for: osrEntryValues[r]), let value = regs[r] else { continue }
            var guardState = unguarded
            state.registers[r] = guardNode(check, value, &guardState, block: entry, pc: header)
        }
        return state
    }

    /// The passes of an OSR graph entered at `header` inside the loops headed at
    /// `cfg.enclosingLoopHeaders(of: header)`: pass 0 translates the blocks from `header` on
    /// (the peeled rest of the enclosing loops' iterations); pass j translates a new copy of
    /// the blocks from the header of the j-th enclosing loop on (that loop whole). In every
    /// pass, a jump back to the header of enclosing loop j > the pass's own goes to pass j's
    /// copy of that header.
    private func osrPasses(_ cfg: BytecodeControlFlow, header: Int) -> [(blocks: [Int: Block], from: Int)] {
        let starts = [header] + cfg.enclosingLoopHeaders(of: header)
        var copies = [blockAt]
        for start in starts.dropFirst() {
            var copy: [Int: Block] = [:]
            for l in leaders where l >= start { copy[l] = graph.newBlock() }
            copies.append(copy)
        }
        return starts.indices.map { c in
            var view = copies[c].filter { $0.key >= starts[c] }
            for j in starts.indices where j > c { view[starts[j]] = copies[j][starts[j]] }
            return (view, starts[c])
        }
    }

    // MARK: - Blocks

    /// Back edges into `block` come from blocks that start at or after it.
    private func isLoopHeader(_ leader: Int) -> Bool { loopHeaders.contains(leader) }

    private var incoming: [Int: [(Block, State)]] = [:]

    private mutating func recordExit(_ from: Block, _ s: State, to: Block) {
        incoming[to.id, default: []].append((from, s))
    }

    /// Merges the states flowing into `block`, creating phis where values of live registers
    /// differ (and for every live register at a loop header, whose back edges are not known
    /// yet); dead registers are undefined from there on.
    private mutating func entryState(for block: Block, leader: Int) throws -> State? {
        let ins = incoming[block.id] ?? []
        guard !ins.isEmpty else { return nil }   // unreachable code
        if isLoopHeader(leader) {
            block.isLoopHeader = true
            let first = ins[0].1
            var regs: [Node?] = []
            for i in first.registers.indices {
                // A register that some path brings no value for (with OSR: one dead at the
                // entry, written on no path since) is dead here too: no phi.
                let values = ins.compactMap { $0.1.registers[i] }
                let live = liveness.isLive(i, at: leader) && values.count == ins.count
                regs.append(live ? graph.addPhi(values, in: block) : nil)
            }
            let effect = graph.addPhi(ins.map { $0.1.effect }, in: block)
            graph.changeOpcode(effect, to: .effectPhi)
            let ctx = first.context
            pendingPhis[block.id] = (block, regs, effect, ctx)
            let state = State(registers: regs, effect: effect, context: ctx)
            block.entryFrameState = frameState(state, pc: leader)
            return state
        }
        if ins.count == 1 { return ins[0].1 }
        var regs: [Node?] = []
        for i in ins[0].1.registers.indices {
            let values = ins.map { $0.1.registers[i] }
            if !liveness.isLive(i, at: leader) {
                regs.append(nil)
            } else if let f = values[0], values.allSatisfy({ $0 === f }) {
                regs.append(f)
            } else if values.allSatisfy({ $0 != nil }) {
                regs.append(graph.addPhi(values.map { $0! }, in: block))
            } else {
                regs.append(nil)
            }
        }
        let effects = ins.map { $0.1.effect }
        let effect: Node
        if effects.allSatisfy({ $0 === effects[0] }) {
            effect = effects[0]
        } else {
            effect = graph.addPhi(effects, in: block)
            graph.changeOpcode(effect, to: .effectPhi)
        }
        let ctxs = ins.map { $0.1.context }
        guard ctxs.allSatisfy({ $0 === ctxs[0] }) else { throw Unsupported(description: "context differs at a join") }
        return State(registers: regs, effect: effect, context: ctxs[0])
    }

    /// Adds the back-edge inputs of loop-header phis.
    private mutating func closeLoops() throws {
        for blockID in pendingPhis.keys.sorted() {
            guard let pending = pendingPhis[blockID] else { continue }
            let ins = incoming[blockID] ?? []
            for (k, (_, s)) in ins.enumerated() where k > 0 {
                for (i, phi) in pending.regs.enumerated() {
                    guard let phi = phi else { continue }
                    if k >= phi.inputs.count { graph.appendInput(phi, s.registers[i] ?? phi) }
                }
                if k >= pending.effect.inputs.count { graph.appendInput(pending.effect, s.effect) }
                if s.context !== pending.context { throw Unsupported(description: "context changes around a loop") }
            }
        }
    }

    // MARK: - Instructions

    /// The interpreter state to resume at instruction `pc` in: the registers it may still
    /// read there (dead ones are left undefined).
    private func frameState(_ s: State, pc: Int) -> FrameState {
        let registers = s.registers.enumerated().map { r, value in liveness.isLive(r, at: pc) ? value : nil }
        return FrameState(code: code, pc: pc, registers: registers, context: s.context, parent: inlineSite?.callerAfterCall,
                          function: inlineSite?.function)
    }

    /// Adds an effectful node on the effect chain, with a frame state (resuming at `pc`).
    private func effectful(_ op: Opcode, _ inputs: [Node], _ state: inout State, block: Block, pc: Int) -> Node {
        let n = graph.add(op, inputs, effect: state.effect, in: block, position: position(pc), bytecodeOffset: pc)
        n.frameState = frameState(state, pc: pc)
        state.effect = n
        return n
    }

    private func position(_ pc: Int) -> SourcePosition { pc < code.positions.count ? code.positions[pc] : .none }

    private func constant(_ v: JSValue, _ block: Block, _ pc: Int) -> Node {
        graph.add(.constant(v), in: block, position: position(pc), bytecodeOffset: pc)
    }

    /// A speculation guard on `value` deoptimizing to the start of instruction `pc`.
    private func guardNode(_ op: Opcode, _ value: Node, _ state: inout State, block: Block, pc: Int) -> Node {
        let n = graph.add(op, [value], effect: op.isEffectful ? state.effect : nil, in: block,
                          position: position(pc), bytecodeOffset: pc)
        n.frameState = frameState(state, pc: pc)
        if op.isEffectful { state.effect = n }
        return n
    }

    /// The receiver shapes and the slot of a named access whose feedback saw only own data
    /// properties, all in one slot (monomorphic, or polymorphic over shapes that agree on
    /// the slot): the access becomes a shape check and a field access. Stores that added
    /// the property (transitions) are not lowered here.
    private func ownDataSlot(_ fb: Int32, allowTransitions: Bool) -> ([ShapeRef], Int)? {
        let cache = code.feedback.property(Int(fb))
        guard !cache.megamorphic, let first = cache.entries.first, allowTransitions || cache.transitions.isEmpty,
              cache.entries.allSatisfy({ $0.holder == nil && $0.slot == first.slot }) else { return nil }
        return (cache.entries.map { ShapeRef($0.shape) }, first.slot)
    }

    /// For a named load whose feedback found the property as a data slot of the receivers'
    /// prototype (one level up, the same prototype and slot for every receiver shape): the
    /// receiver shapes (which fix the prototype and the absence of an own property of that
    /// name), the prototype, its shape and the slot.
    private func prototypeDataSlot(_ fb: Int32) -> (shapes: [ShapeRef], holder: JSObject, holderShape: Shape, slot: Int)? {
        let cache = code.feedback.property(Int(fb))
        guard !cache.megamorphic, let first = cache.entries.first, let holder = first.holder,
              let holderShape = first.holderShape else { return nil }
        let sameHolder = cache.entries.allSatisfy { e in
            e.holder === holder && e.holderShape === holderShape && e.slot == first.slot && e.epoch < 0
                && e.shape !== holderShape   // a string primitive's method has no receiver shape to check
        }
        return sameHolder ? (cache.entries.map { ShapeRef($0.shape) }, holder, holderShape, first.slot) : nil
    }

    /// `x.length` of a typed array (`TypedArrayLengthAccess`): the receiver's kind and shape
    /// checks, a shape check of each prototype up to the getter's holder, a check that the
    /// holder's `length` slot still holds the accessor pair of the original getter, then the
    /// length read.
    private func typedArrayLength(_ access: TypedArrayLengthAccess, of object: Node, _ state: inout State, block: Block,
                                  pc: Int) -> Node {
        let array = guardNode(.checkTypedArray(access.kind), object, &state, block: block, pc: pc)
        let receiver = guardNode(.checkShape([ShapeRef(access.receiverShape)]), array, &state, block: block, pc: pc)
        var holder = receiver
        var holderShapes: [ShapeRef] = []
        for link in access.prototypes {
            holderShapes = [ShapeRef(link.shape)]
            holder = guardNode(.checkShape(holderShapes), constant(.object(link.object), block, pc), &state, block: block, pc: pc)
        }
        let pair = effectful(.loadField(slot: access.slot), [holder], &state, block: block, pc: pc)
        pair.accessShapes = holderShapes
        _ = guardNode(.checkCallTarget(ObjectRef(access.accessorPair)), pair, &state, block: block, pc: pc)
        return effectful(.typedArrayLength, [receiver], &state, block: block, pc: pc)
    }

    /// Whether a `length` load only ever read the length of JS arrays.
    private func isArrayLengthSite(_ fb: Int32) -> Bool {
        let cache = code.feedback.property(Int(fb))
        return cache.sawArrayLength && !cache.sawStringLength && cache.entries.isEmpty && !cache.megamorphic
    }

    /// The array elements kinds an element access saw, when it only ever saw in-bounds
    /// accesses to JS arrays with numeric keys (else nil: stay generic).
    private func arrayElementKinds(_ fb: Int32) -> [ElementsKind]? {
        let f = code.feedback.element(Int(fb))
        guard !f.kinds.isEmpty, f.typedArrayKinds.isEmpty, !f.sawNonArray, !f.sawOutOfBounds, !f.sawStringKey,
              !f.kinds.contains(.dictionary) else { return nil }
        return f.kinds
    }

    /// The one typed-array kind an element access site saw, in bounds and with number keys
    /// only; nil otherwise (the access stays generic).
    private func typedArrayKind(_ fb: Int32) -> TypedArrayKind? {
        let f = code.feedback.element(Int(fb))
        guard f.kinds.isEmpty, f.typedArrayKinds.count == 1, !f.sawNonArray, !f.sawOutOfBounds, !f.sawStringKey else { return nil }
        return f.typedArrayKinds.first
    }

    /// A guard with several inputs (checkBounds: index, length); passes input 0 through.
    private func guardNodeWith(_ op: Opcode, _ inputs: [Node], _ state: inout State, block: Block, pc: Int) -> Node {
        let n = graph.add(op, inputs, in: block, position: position(pc), bytecodeOffset: pc)
        n.frameState = frameState(state, pc: pc)
        return n
    }

    private func binaryOperator(_ i: Instruction) -> (BinaryOperator, Reg, Reg, Reg, Int32)? {
        switch i {
        case .add(let d, let a, let b, let fb): return (.add, d, a, b, fb)
        case .sub(let d, let a, let b, let fb): return (.sub, d, a, b, fb)
        case .mul(let d, let a, let b, let fb): return (.mul, d, a, b, fb)
        case .div(let d, let a, let b, let fb): return (.div, d, a, b, fb)
        case .mod(let d, let a, let b, let fb): return (.mod, d, a, b, fb)
        case .exp(let d, let a, let b, let fb): return (.exp, d, a, b, fb)
        case .shl(let d, let a, let b, let fb): return (.shl, d, a, b, fb)
        case .sar(let d, let a, let b, let fb): return (.sar, d, a, b, fb)
        case .shr(let d, let a, let b, let fb): return (.shr, d, a, b, fb)
        case .bitAnd(let d, let a, let b, let fb): return (.bitAnd, d, a, b, fb)
        case .bitOr(let d, let a, let b, let fb): return (.bitOr, d, a, b, fb)
        case .bitXor(let d, let a, let b, let fb): return (.bitXor, d, a, b, fb)
        case .less(let d, let a, let b, let fb): return (.less, d, a, b, fb)
        case .greater(let d, let a, let b, let fb): return (.greater, d, a, b, fb)
        case .lessEqual(let d, let a, let b, let fb): return (.lessEqual, d, a, b, fb)
        case .greaterEqual(let d, let a, let b, let fb): return (.greaterEqual, d, a, b, fb)
        case .strictEqual(let d, let a, let b, let fb): return (.strictEqual, d, a, b, fb)
        case .strictNotEqual(let d, let a, let b, let fb): return (.strictNotEqual, d, a, b, fb)
        case .equal(let d, let a, let b, let fb): return (.equal, d, a, b, fb)
        case .notEqual(let d, let a, let b, let fb): return (.notEqual, d, a, b, fb)
        default: return nil
        }
    }

    /// Guards an operand according to the site's feedback (int32 or number).
    private func speculate(_ value: Node, _ feedback: TypeFeedback, _ state: inout State, block: Block, pc: Int) -> Node {
        switch feedback.hint {
        case "int32": return guardNode(.checkInt32, value, &state, block: block, pc: pc)
        case "number": return guardNode(.checkNumber, value, &state, block: block, pc: pc)
        case "string": return guardNode(.checkString, value, &state, block: block, pc: pc)
        default: return value
        }
    }

    /// Guards the operands of a binary or comparison site by its feedback. A strict
    /// (in)equality that saw only receivers (or receivers, null and undefined) guards its
    /// left operand alone, as V8 does (CheckReceiver / CheckReceiverOrNullOrUndefined): with
    /// one side known to be such a value, `===` is identity whatever the other side is.
    private func speculateOperands(_ op: BinaryOperator, _ left: Node, _ right: Node, _ feedback: TypeFeedback,
                                   _ state: inout State, block: Block, pc: Int) -> (Node, Node) {
        if op == .strictEqual || op == .strictNotEqual, feedback.hint == "receiver" || feedback.hint == "receiver-or-nullish" {
            let check = Opcode.checkReceiver(orNullish: feedback.hint == "receiver-or-nullish")
            return (guardNode(check, left, &state, block: block, pc: pc), right)
        }
        return (speculate(left, feedback, &state, block: block, pc: pc), speculate(right, feedback, &state, block: block, pc: pc))
    }

    private func reg(_ s: State, _ r: Reg, _ block: Block, _ pc: Int) -> Node {
        s.registers[Int(r)] ?? constant(.undefined, block, pc)
    }

    /// Translates one instruction; returns true when it ended the block.
    private mutating func translate(_ inst: Instruction, at pc: Int, block: Block, state: inout State) throws -> Bool {
        if osrEntry != nil, inlineSite == nil, InsufficientFeedback.lacksFeedback(inst, code.feedback) {
            // A soft deoptimization (V8's "Insufficient type feedback"): the interpreter runs
            // the site, collecting feedback, and the loop is compiled again later.
            let deopt = graph.add(.deoptimize(InsufficientFeedback.reason), [], effect: state.effect, in: block,
                                  position: position(pc), bytecodeOffset: pc)
            deopt.frameState = frameState(state, pc: pc)
            return true
        }
        switch inst {
        case .loadUndefined(let d): state.registers[Int(d)] = constant(.undefined, block, pc)
        case .loadNull(let d): state.registers[Int(d)] = constant(.null, block, pc)
        case .loadTrue(let d): state.registers[Int(d)] = constant(.bool(true), block, pc)
        case .loadFalse(let d): state.registers[Int(d)] = constant(.bool(false), block, pc)
        case .loadHole(let d): state.registers[Int(d)] = constant(.hole, block, pc)
        case .loadNumber(let d, let v): state.registers[Int(d)] = constant(.number(v), block, pc)
        case .loadString(let d, let n): state.registers[Int(d)] = constant(.string(code.strings[Int(n)]), block, pc)
        case .move(let d, let s): state.registers[Int(d)] = reg(state, s, block, pc)
        case .loopHint, .nop, .debugger:
            break
        case .increment(let d, let s, let fb), .decrement(let d, let s, let fb), .negate(let d, let s, let fb),
             .bitNot(let d, let s, let fb):
            let value = speculate(reg(state, s, block, pc), code.feedback.types[Int(fb)], &state, block: block, pc: pc)
            let op: Opcode
            switch inst {
            case .increment: op = .jsIncrement
            case .decrement: op = .jsDecrement
            case .negate: op = .jsNegate
            default: op = .jsBitNot
            }
            state.registers[Int(d)] = effectful(op, [value], &state, block: block, pc: pc)
        case .checkHole(let r, _):
            state.registers[Int(r)] = guardNode(.checkNotHole, reg(state, r, block, pc), &state, block: block, pc: pc)
        case .getNamed(let d, let o, let n, let fb):
            let object = reg(state, o, block, pc)
            if let (shapes, slot) = ownDataSlot(fb, allowTransitions: true) {
                let checked = guardNode(.checkShape(shapes), object, &state, block: block, pc: pc)
                let load = effectful(.loadField(slot: slot), [checked], &state, block: block, pc: pc)
                load.accessShapes = shapes
                state.registers[Int(d)] = load
            } else if code.strings[Int(n)] == JSString("length"), isArrayLengthSite(fb) {
                let kinds = ElementsKind.allCases.filter { $0 != .dictionary }
                let array = guardNode(.checkElementsKind(kinds), object, &state, block: block, pc: pc)
                state.registers[Int(d)] = effectful(.arrayLength, [array], &state, block: block, pc: pc)
            } else if code.strings[Int(n)] == JSString("length"),
                      let access = TypedArrayLengthAccess(code.feedback.property(Int(fb)),
                                                          originalGetter: builtins.typedArrayLengthGetter) {
                state.registers[Int(d)] = typedArrayLength(access, of: object, &state, block: block, pc: pc)
            } else if let found = prototypeDataSlot(fb) {
                // A method on the prototype: check the receiver's shape, then the prototype's.
                _ = guardNode(.checkShape(found.shapes), object, &state, block: block, pc: pc)
                let holderShapes = [ShapeRef(found.holderShape)]
                let holder = guardNode(.checkShape(holderShapes), constant(.object(found.holder), block, pc), &state,
                                       block: block, pc: pc)
                let load = effectful(.loadField(slot: found.slot), [holder], &state, block: block, pc: pc)
                load.accessShapes = holderShapes
                state.registers[Int(d)] = load
            } else {
                state.registers[Int(d)] = effectful(.jsGetNamed(code.strings[Int(n)]), [object], &state, block: block, pc: pc)
            }
        case .createObject(let d):
            guard let root = literalRootShape else { return try translateGeneric(inst, at: pc, block: block, state: &state) }
            let blockEnd = leaders.first { $0 > pc } ?? code.instructions.count
            let plan = ObjectLiteralPlan(code: code, createAt: pc, register: d, blockEnd: blockEnd, root: root)
            if plan.properties.isEmpty {
                state.registers[Int(d)] = effectful(.allocateObject(ShapeRef(root)), [], &state, block: block, pc: pc)
            } else {
                let objectID = graph.nodes.count   // the id of the first description, added next
                literals[d] = LiteralUnderConstruction(plan: plan, objectID: objectID)
                state.registers[Int(d)] = graph.add(.objectState(ShapeRef(root), object: objectID), in: block,
                                                    position: position(pc), bytecodeOffset: pc)
            }
        case .defineNamed(let o, _, let s):
            guard var literal = literals[o], literal.values.count < literal.plan.properties.count,
                  literal.plan.properties[literal.values.count].pc == pc else {
                return try translateGeneric(inst, at: pc, block: block, state: &state)
            }
            literal.values.append(reg(state, s, block, pc))
            let plan = literal.plan
            if literal.values.count < plan.properties.count {
                let shape = plan.shapes[literal.values.count]
                state.registers[Int(o)] = graph.add(.objectState(ShapeRef(shape), object: literal.objectID), literal.values,
                                                    in: block, position: position(pc), bytecodeOffset: pc)
                literals[o] = literal
            } else {
                // The last property: allocate with the final shape and store every field.
                let object = effectful(.allocateObject(ShapeRef(plan.finalShape)), [], &state, block: block, pc: pc)
                for (slot, value) in literal.values.enumerated() {
                    _ = effectful(.storeField(slot: slot), [object, value], &state, block: block, pc: pc)
                }
                state.registers[Int(o)] = object
                literals[o] = nil
            }
        case .setNamed(let o, let n, let s, let fb):
            let object = reg(state, o, block, pc), value = reg(state, s, block, pc)
            if let (shapes, slot) = ownDataSlot(fb, allowTransitions: false) {
                // Every receiver seen already had the property as a writable own data slot.
                let checked = guardNode(.checkShape(shapes), object, &state, block: block, pc: pc)
                effectful(.storeField(slot: slot), [checked, value], &state, block: block, pc: pc).accessShapes = shapes
            } else {
                _ = effectful(.jsSetNamed(code.strings[Int(n)]), [object, value], &state, block: block, pc: pc)
            }
        case .getKeyed(let d, let o, let k, let fb):
            let object = reg(state, o, block, pc), key = reg(state, k, block, pc)
            if let kind = typedArrayKind(fb) {
                // An in-bounds typed-array read: kind check, int32 index, bounds check, load.
                let array = guardNode(.checkTypedArray(kind), object, &state, block: block, pc: pc)
                let index = guardNode(.checkInt32, key, &state, block: block, pc: pc)
                let length = effectful(.typedArrayLength, [array], &state, block: block, pc: pc)
                let checkedIndex = guardNodeWith(.checkBounds, [index, length], &state, block: block, pc: pc)
                state.registers[Int(d)] = effectful(.loadTypedElement(kind), [array, checkedIndex], &state, block: block, pc: pc)
            } else if let kinds = arrayElementKinds(fb) {
                // Speculate an in-bounds array read: kind check, int32 index, bounds check, load;
                // a hole (holey kinds) deoptimizes so the prototype chain is consulted generically.
                let array = guardNode(.checkElementsKind(kinds), object, &state, block: block, pc: pc)
                let index = guardNode(.checkInt32, key, &state, block: block, pc: pc)
                let length = effectful(.arrayLength, [array], &state, block: block, pc: pc)
                let checkedIndex = guardNodeWith(.checkBounds, [index, length], &state, block: block, pc: pc)
                var value = effectful(.loadElement, [array, checkedIndex], &state, block: block, pc: pc)
                value.accessKinds = kinds
                if kinds.contains(where: \.isHoley) { value = guardNode(.checkNotHole, value, &state, block: block, pc: pc) }
                state.registers[Int(d)] = value
            } else {
                state.registers[Int(d)] = effectful(.jsGetKeyed, [object, key], &state, block: block, pc: pc)
            }
        case .setKeyed(let o, let k, let s, let fb):
            let object = reg(state, o, block, pc), key = reg(state, k, block, pc)
            var value = reg(state, s, block, pc)
            if let kind = typedArrayKind(fb) {
                // An in-bounds typed-array store of a number (no valueOf to call).
                let array = guardNode(.checkTypedArray(kind), object, &state, block: block, pc: pc)
                let index = guardNode(.checkInt32, key, &state, block: block, pc: pc)
                value = guardNode(.checkNumber, value, &state, block: block, pc: pc)
                let length = effectful(.typedArrayLength, [array], &state, block: block, pc: pc)
                let checkedIndex = guardNodeWith(.checkBounds, [index, length], &state, block: block, pc: pc)
                _ = effectful(.storeTypedElement(kind), [array, checkedIndex, value], &state, block: block, pc: pc)
            } else if let kinds = arrayElementKinds(fb) {
                // Speculate an in-bounds store that keeps the elements kind. Into a holey array
                // it may fill a hole: bounded by the dense storage (not the length), and only
                // while no prototype has elements (a setter there would see the store).
                let holey = kinds.contains(where: \.isHoley)
                var array = guardNode(.checkElementsKind(kinds), object, &state, block: block, pc: pc)
                if holey { array = guardNode(.checkNoPrototypeElements, array, &state, block: block, pc: pc) }
                let index = guardNode(.checkInt32, key, &state, block: block, pc: pc)
                if kinds.allSatisfy({ $0 == .packedSmi || $0 == .holeySmi }) {
                    value = guardNode(.checkInt32, value, &state, block: block, pc: pc)
                } else if kinds.allSatisfy({ [.packedSmi, .holeySmi, .packedDouble, .holeyDouble].contains($0) }) {
                    value = guardNode(.checkNumber, value, &state, block: block, pc: pc)
                }
                let length = effectful(holey ? .elementsCapacity : .arrayLength, [array], &state, block: block, pc: pc)
                let checkedIndex = guardNodeWith(.checkBounds, [index, length], &state, block: block, pc: pc)
                effectful(.storeElement, [array, checkedIndex, value], &state, block: block, pc: pc).accessKinds = kinds
            } else {
                _ = effectful(.jsSetKeyed, [object, key, value], &state, block: block, pc: pc)
            }
        case .loadContext(let d, let depth, let slot):
            state.registers[Int(d)] = effectful(.jsLoadContext(depth: Int(depth), slot: Int(slot)), [], &state, block: block, pc: pc)
        case .loadContextChecked(let d, let depth, let slot, _):
            // A hole is the temporal dead zone: deoptimize so that the interpreter throws.
            let value = effectful(.jsLoadContext(depth: Int(depth), slot: Int(slot)), [], &state, block: block, pc: pc)
            state.registers[Int(d)] = guardNode(.checkNotHole, value, &state, block: block, pc: pc)
        case .storeContext(let depth, let slot, let s):
            _ = effectful(.jsStoreContext(depth: Int(depth), slot: Int(slot)), [reg(state, s, block, pc)], &state, block: block, pc: pc)
        case .storeContextChecked(let depth, let slot, let s, _):
            let current = effectful(.jsLoadContext(depth: Int(depth), slot: Int(slot)), [], &state, block: block, pc: pc)
            _ = guardNode(.checkNotHole, current, &state, block: block, pc: pc)
            _ = effectful(.jsStoreContext(depth: Int(depth), slot: Int(slot)), [reg(state, s, block, pc)], &state, block: block, pc: pc)
        case .storeGlobal(let n, let s, _):
            _ = effectful(.jsStoreGlobal(code.strings[Int(n)]), [reg(state, s, block, pc)], &state, block: block, pc: pc)
        case .construct(let d, let c, let a, let argc, _):
            let inputs = [reg(state, c, block, pc)] + (0..<argc).map { reg(state, a + $0, block, pc) }
            state.registers[Int(d)] = effectful(.jsConstruct(argc: Int(argc)), inputs, &state, block: block, pc: pc)
        case .createArray(let d, _):
            state.registers[Int(d)] = effectful(.jsCreateArray, [], &state, block: block, pc: pc)
        case .toNumber(let d, let s), .toNumeric(let d, let s):
            state.registers[Int(d)] = effectful(.jsToNumber, [reg(state, s, block, pc)], &state, block: block, pc: pc)
        case .loadGlobal(let d, let n, _):
            state.registers[Int(d)] = effectful(.jsLoadGlobal(code.strings[Int(n)]), [], &state, block: block, pc: pc)
        case .call(let d, let c, let t, let a, let argc, let fb):
            var callee = reg(state, c, block, pc)
            let feedback = code.feedback.call(Int(fb))
            if let target = feedback.target, !feedback.megamorphic {
                callee = guardNode(.checkCallTarget(ObjectRef(target)), callee, &state, block: block, pc: pc)
            }
            let args = (0..<argc).map { reg(state, a + $0, block, pc) }
            state.registers[Int(d)] = effectful(.jsCall(argc: Int(argc)), [callee, reg(state, t, block, pc)] + args, &state, block: block, pc: pc)
        case .return(let r):
            if inlineSite != nil {
                // An inlined return continues in the caller: the inliner connects this block.
                inlineExits.append((block, reg(state, r, block, pc), state.effect))
                graph.add(.goto, in: block, position: position(pc), bytecodeOffset: pc)
                return true
            }
            _ = graph.add(.return, [reg(state, r, block, pc)], effect: state.effect, in: block, position: position(pc), bytecodeOffset: pc)
            return true
        case .throw(let r):
            _ = graph.add(.throw, [reg(state, r, block, pc)], effect: state.effect, in: block, position: position(pc), bytecodeOffset: pc)
            return true
        case .jump(let t):
            guard let target = blockAt[Int(t)] else { throw Unsupported(description: "jump into the middle of a block") }
            graph.add(.goto, in: block, position: position(pc), bytecodeOffset: pc)
            graph.connect(block, target)
            recordExit(block, state, to: target)
            return true
        case .jumpIfTrue, .jumpIfFalse, .jumpUnlessCompare, .jumpIfNullish, .jumpIfNotNullish, .jumpIfUndefined,
             .jumpIfNotUndefined, .jumpIfStrictEqual:
            try translateBranch(inst, at: pc, block: block, state: &state)
            return true
        default:
            if let (op, d, a, b, fb) = binaryOperator(inst) {
                let types = code.feedback.types[Int(fb)]
                if op == .add, let hint = NumberHint(rawValue: types.hint) {
                    // `+` seen adding numbers: a speculative addition whose operand guards typed
                    // lowering places (where number addition and string concatenation part ways).
                    let add = graph.add(.speculativeNumberAdd(hint), [reg(state, a, block, pc), reg(state, b, block, pc)],
                                        in: block, position: position(pc), bytecodeOffset: pc)
                    add.frameState = frameState(state, pc: pc)
                    state.registers[Int(d)] = add
                    return false
                }
                let (left, right) = speculateOperands(op, reg(state, a, block, pc), reg(state, b, block, pc), types,
                                                      &state, block: block, pc: pc)
                state.registers[Int(d)] = effectful(.jsBinary(op), [left, right], &state, block: block, pc: pc)
                return false
            }
            return try translateGeneric(inst, at: pc, block: block, state: &state)
        }
        return false
    }

    /// Any other instruction keeps its interpreter semantics as a generic operation; returns
    /// true when it ended the block.
    private func translateGeneric(_ inst: Instruction, at pc: Int, block: Block, state: inout State) throws -> Bool {
        let ops = BytecodeOperands(inst)
        if ops.target != nil { throw Unsupported(description: "\(Opcode.instructionName(inst)) is not optimized") }
        let inputs = ops.reads.map { reg(state, $0, block, pc) }
        let n = effectful(.jsGeneric(inst), inputs, &state, block: block, pc: pc)
        for w in ops.writes { state.registers[Int(w)] = n }
        if ops.writes.count > 1 { throw Unsupported(description: "\(Opcode.instructionName(inst)) writes two registers") }
        if case .pushContext = inst { throw Unsupported(description: "block contexts are not optimized") }
        if case .popContext = inst { throw Unsupported(description: "block contexts are not optimized") }
        if case .cloneContext = inst { throw Unsupported(description: "block contexts are not optimized") }
        return !ops.fallsThrough
    }

    /// A conditional jump: a `branch` on a condition node, true successor first.
    private mutating func translateBranch(_ inst: Instruction, at pc: Int, block: Block, state: inout State) throws {
        let ops = BytecodeOperands(inst)
        guard let t = ops.target, let taken = blockAt[Int(t)], let next = blockAt[pc + 1] else {
            throw Unsupported(description: "branch target is not a block")
        }
        var condition: Node
        var jumpWhenTrue = true
        switch inst {
        case .jumpIfTrue(let r, _):
            condition = reg(state, r, block, pc)
        case .jumpIfFalse(let r, _):
            condition = reg(state, r, block, pc)
            jumpWhenTrue = false
        case .jumpUnlessCompare(let kind, let a, let b, _, let fb):
            let ops: [CompareKind: BinaryOperator] = [.less: .less, .greater: .greater, .lessEqual: .lessEqual,
                                                      .greaterEqual: .greaterEqual, .equal: .equal, .notEqual: .notEqual,
                                                      .strictEqual: .strictEqual, .strictNotEqual: .strictNotEqual]
            guard let op = ops[kind] else { throw Unsupported(description: "compare kind \(kind) is not optimized") }
            let types = code.feedback.types[Int(fb)]
            let (left, right) = speculateOperands(op, reg(state, a, block, pc), reg(state, b, block, pc), types,
                                                  &state, block: block, pc: pc)
            condition = effectful(.jsBinary(op), [left, right], &state, block: block, pc: pc)
            jumpWhenTrue = false
        default:
            // Nullish/undefined/strict-equality tests keep their interpreter semantics.
            let inputs = ops.reads.map { reg(state, $0, block, pc) }
            condition = effectful(.jsGeneric(inst), inputs, &state, block: block, pc: pc)
        }
        graph.add(.branch, [condition], in: block, position: position(pc), bytecodeOffset: pc)
        let (whenTrue, whenFalse) = jumpWhenTrue ? (taken, next) : (next, taken)
        graph.connect(block, whenTrue)
        graph.connect(block, whenFalse)
        recordExit(block, state, to: whenTrue)
        recordExit(block, state, to: whenFalse)
    }
}
