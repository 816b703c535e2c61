import JSEngine

/// `licm`: moves computations whose inputs do not change inside a loop out of it, into the
/// loop's preheader, so they run once instead of on every iteration. Mirrors LLVM's LICM
/// pass (hoisting loads its alias analysis proves invariant) and JSC's DFG LICM (which
/// hoists checks, exiting to the loop's entry state), plus the loop-invariant hoisting of
/// V8's scheduler. Loops are visited innermost first, each to a fixpoint:
/// - pure nodes (constants, typed arithmetic, conversions, comparisons) whose inputs are
///   defined outside the loop move ("hoist-invariant");
/// - side-effect-free loads (field, element and length loads, an array's elements capacity) move when their inputs are
///   invariant and nothing in the loop may write what they read (`LoopEffects`: no call or
///   generic operation, no store to the same field of an object that may alias, no element
///   store, push or pop on an array that may alias) ("hoist-invariant-load"). The guards a
///   load reads its object and index through move with it, when their own inputs are
///   invariant, they run on every iteration (their block dominates the loop's back edges)
///   and nothing in the loop may invalidate them: in the preheader they deoptimize to the
///   loop's entry (the header's entry frame state over the values flowing in from the
///   preheader), so the load never runs unchecked, even when the loop runs zero times.
/// Guards move only on behalf of loads; other effectful nodes stay. Loads and guards move
/// only when the preheader falls straight into the loop (one successor): they go at the end
/// of the preheader, on the effect edge into the loop.
public struct LoopInvariantCodeMotion: OptimizationPhase {
    public let id = "licm"
    public init() {}

    public func run(_ ctx: PhaseContext) {
        let g = ctx.graph
        let dominators = g.dominatorTree
        for loop in LoopAnalysis(g).loops {
            guard let preheader = loop.preheader else { continue }
            let memory = MemoryHoisting(ctx: ctx, loop: loop, preheader: preheader, dominators: dominators)
            var moved = true
            while moved {
                moved = false
                for block in loop.body {
                    for n in block.nodes where isHoistable(n) && n.inputs.allSatisfy({ !loop.contains($0.block) }) {
                        let hoisted = ctx.rewrite("hoist-invariant", at: n) {
                            g.place(n, in: preheader)
                            return [n]
                        }
                        if hoisted { moved = true }
                    }
                }
                guard let memory = memory else { continue }
                for block in loop.body {
                    for n in block.nodes where !n.isDead && BackendFacts.isMemoryRead(n) && memory.hoist(n) { moved = true }
                }
            }
        }
    }

    /// Pure, non-control, non-phi nodes that cannot deoptimize.
    func isHoistable(_ n: Node) -> Bool {
        if n.opcode.isEffectful || n.opcode.isTerminator || n.opcode.canDeoptimize { return false }
        switch n.opcode {
        case .phi, .effectPhi, .start, .parameter, .context, .osrValue: return false
        default: return true
        }
    }
}

/// Hoisting of loads, with the guards they read through, out of one loop into its preheader.
private struct MemoryHoisting {
    let ctx: PhaseContext
    let loop: LoopAnalysis.Loop
    let preheader: Block
    let dominators: DominatorTree
    let effects: LoopEffects
    /// The header's effect phi and the index of the preheader among the header's predecessors.
    let effectPhi: Node
    let entryIndex: Int
    /// The interpreter state on entering the loop from the preheader (nil: guards cannot move).
    let entryState: FrameState?

    init?(ctx: PhaseContext, loop: LoopAnalysis.Loop, preheader: Block, dominators: DominatorTree) {
        let header = loop.header
        guard preheader.successors.count == 1, let k = header.predecessors.firstIndex(where: { $0 === preheader }),
              let phi = header.phis.first(where: { if case .effectPhi = $0.opcode { return true }; return false }),
              k < phi.inputs.count else { return nil }
        self.ctx = ctx
        self.loop = loop
        self.preheader = preheader
        self.dominators = dominators
        self.effects = LoopEffects(loop)
        self.effectPhi = phi
        self.entryIndex = k
        self.entryState = MemoryHoisting.entryState(of: loop, from: k)
    }

    /// The header's entry frame state with each of the header's phis replaced by its input
    /// from the preheader; nil when it refers to a removed node or to one inside the loop.
    static func entryState(of loop: LoopAnalysis.Loop, from k: Int) -> FrameState? {
        guard let state = loop.header.entryFrameState else { return nil }
        var available = true
        /// What `n` is on entry from the preheader (a header phi: its preheader input).
        func entering(_ n: Node?) -> Node? {
            guard let n = n else { return nil }
            if case .phi = n.opcode, n.block === loop.header, k < n.inputs.count { return n.inputs[k] }
            if n.isDead || loop.contains(n.block) { available = false }
            return n
        }
        let registers = state.registers.map(entering)
        let context = entering(state.context)
        guard available, state.parent?.referencedNodes.allSatisfy({ !$0.isDead }) ?? true else { return nil }
        return FrameState(code: state.code, pc: state.pc, registers: registers, context: context, parent: state.parent,
                          resultRegister: state.resultRegister, function: state.function)
    }

    /// A fresh copy of the entry state (each hoisted guard owns its frame state).
    private func entryStateCopy() -> FrameState? {
        entryState.map { FrameState(code: $0.code, pc: $0.pc, registers: $0.registers, context: $0.context, parent: $0.parent,
                                    resultRegister: $0.resultRegister, function: $0.function) }
    }

    /// Hoists `load` (and the guards it needs) when it is invariant; returns whether it moved.
    func hoist(_ load: Node) -> Bool {
        guard let root = guardedRoot(load.inputs.first) else { return false }
        let storeInLoop: Bool
        switch load.opcode {
        case .loadField(let slot):
            if effects.writesAnything { return false }
            storeInLoop = effects.storesField(slot, of: root)
        case .loadElement:
            if effects.writesAnything || effects.writesElements(of: root) || effects.writesLength(of: root) { return false }
            storeInLoop = false
        case .arrayLength, .elementsCapacity:
            if effects.writesAnything || effects.writesLength(of: root) { return false }
            storeInLoop = false
        default:
            return false
        }
        let inside = load.inputs.indices.filter { loop.contains(load.inputs[$0].block) }
        // Either the guards move with the load (in the order they must run) ...
        var guards: [Node]? = []
        for i in inside {
            guard let chain = hoistableGuards(load.inputs[i]) else { guards = nil; break }
            guards?.append(contentsOf: chain)
        }
        let canHoistGuards = guards != nil
        // ... or the load reads the values its guards check, where those are invariant.
        var checkedValues: [Node]? = inside.isEmpty ? nil : []
        for i in inside {
            let input = load.inputs[i]
            if isGuard(input), let value = guardedRoot(input), !loop.contains(value.block) {
                checkedValues?.append(value)
            } else {
                checkedValues = nil
            }
        }
        // licm.hoists-load-over-loop-store: stores to the loaded field inside the loop are not considered.
        if storeInLoop && !ctx.faults.injected(.licmHoistsLoadOverLoopStore, applies: canHoistGuards) { return false }
        // licm.hoists-load-above-its-check: the load reads the checked values and its guards stay in the loop.
        let aboveChecks = checkedValues != nil && ctx.faults.injected(.licmHoistsLoadAboveItsCheck)
        guard aboveChecks || canHoistGuards else { return false }
        let g = ctx.graph
        return ctx.rewrite("hoist-invariant-load", at: load) {
            var moved: [Node] = []
            if aboveChecks, let values = checkedValues {
                for (i, v) in zip(inside, values) { g.setInput(load, i, v) }
            } else {
                for guardNode in guards ?? [] where loop.contains(guardNode.block) {
                    moveToPreheader(guardNode)
                    guardNode.frameState = entryStateCopy()
                    moved.append(guardNode)
                }
            }
            moveToPreheader(load)
            load.frameState = entryStateCopy()   // a load never deoptimizes: the state only has to be valid here
            return moved + [load]
        }
    }

    /// The guards inside the loop that must move for `input` to be available in the
    /// preheader, inputs first; [] when it is already outside; nil when one cannot move.
    private func hoistableGuards(_ input: Node) -> [Node]? {
        guard loop.contains(input.block) else { return [] }
        guard isGuard(input), entryState != nil, let block = input.block,
              loop.backEdges.allSatisfy({ dominators.dominates(block, $0) }), !effects.invalidates(mapGuard: input) else {
            return nil
        }
        var chain: [Node] = []
        for i in input.inputs {
            guard let inner = hoistableGuards(i) else { return nil }
            chain += inner.filter { g in !chain.contains { $0 === g } }
        }
        return chain + [input]
    }

    private func isGuard(_ n: Node) -> Bool {
        switch n.opcode {
        case .checkInt32, .checkNumber, .checkString, .checkBoolean, .checkNotHole, .checkReceiver, .checkTypedArray,
             .checkShape, .checkElementsKind, .checkBounds, .checkCallTarget, .checkInt32NoOverflow, .checkNoPrototypeElements:
            return true
        default:
            return false
        }
    }

    /// Places `n` at the end of the preheader; an effectful node also leaves the loop's effect
    /// chain and goes last on the effect edge into the loop.
    private func moveToPreheader(_ n: Node) {
        let g = ctx.graph
        if n.opcode.isEffectful {
            detachFromEffectChain(n, in: g)
            g.setEffect(n, effectPhi.inputs[entryIndex])
            g.setInput(effectPhi, entryIndex, n)
        }
        g.place(n, in: preheader)
    }
}
