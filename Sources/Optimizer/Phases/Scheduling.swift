import JSEngine

/// Global code motion (Click, "Global Code Motion / Global Value Numbering", PLDI'95), as
/// TurboFan's Scheduler does it: blocks are laid out in reverse postorder; fixed nodes
/// (phis, effectful nodes other than loads, guards, parameters, terminators) stay in their
/// blocks in effect-chain order; pure nodes are scheduled late, into the common dominator
/// of their uses (a phi's use counts at the end of the matching predecessor, a frame
/// state's at the deoptimizing node), then hoisted up the dominator tree towards their
/// earliest legal block while that lowers the loop depth (out of loops, never into deeper
/// ones). Side-effect-free memory reads (field, element and length loads) are scheduled
/// early instead, so that their latency overlaps other work: within their own block (a load
/// is control dependent: the branch that leads to it may be what made it safe), right after
/// the last of their value inputs and their effect input.
/// The effect input keeps a load after the stores before it; the next effectful node,
/// whose effect input the load is, keeps it before the stores after it. Inside a block,
/// nodes are ordered so each value input, frame-state input and effect input placed in the
/// block comes first (a phi's, value or effect, come from the predecessors: none), and the
/// fixed nodes keep their block order.
///
/// The phase leaves the graph untouched and returns the order as data (`Schedule`); the
/// back end runs it (the pipeline's `run` is a no-op). Switched off, the back end uses
/// `ReferenceScheduler` (the graph builder's program order).
public struct SchedulingPhase: OptimizationPhase {
    public let id = "scheduling"
    public init() {}

    public func run(_ context: PhaseContext) {}

    public static func schedule(_ g: Graph, faults: FaultSwitch = .none) -> Schedule {
        schedule(g, faults: faults, frameStateInputs: FrameStateInputCache())
    }

    /// Schedules `g`, reading frame-state inputs through `frameStateInputs`.
    static func schedule(_ g: Graph, faults: FaultSwitch, frameStateInputs: FrameStateInputCache) -> Schedule {
        let cf = ControlFlowInfo(g)
        let live = g.liveNodes
        // Per-node facts are kept in arrays indexed by node id (ids are dense, below the
        // graph's node count), -1 or empty standing for none.
        let idBound = g.nodes.count
        // Use blocks (RPO indices) per node, including frame-state uses.
        var useBlocks = [[(user: Node, block: Int)]](repeating: [], count: idBound)
        for u in live {
            guard let ub = u.block, let ui = cf.order[ub.id] else { continue }
            for (i, input) in u.inputs.enumerated() {
                var bi = ui
                if BackendFacts.isPhi(u), i < ub.predecessors.count, let pi = cf.order[ub.predecessors[i].id] { bi = pi }
                useBlocks[input.id].append((u, bi))
            }
            for r in frameStateInputs.inputs(of: u) { useBlocks[r.id].append((u, ui)) }
        }
        func isFixed(_ n: Node) -> Bool {
            switch n.opcode {
            case .phi, .effectPhi, .parameter, .start, .context, .osrValue: return true
            default:
                if BackendFacts.isMemoryRead(n) { return false }
                return n.opcode.isTerminator || n.opcode.isEffectful || n.opcode.canDeoptimize
            }
        }
        var placed = [Int](repeating: -1, count: idBound)   // node id -> RPO index
        for n in live where isFixed(n) { if let b = n.block, let i = cf.order[b.id] { placed[n.id] = i } }
        // Schedule early: the deepest block among the inputs' early blocks (and, for a load,
        // its effect input's block).
        var early = [Int](repeating: -1, count: idBound)
        /// Loads the scheduling fault lets go above their effect input (in an earlier block or
        /// earlier in the same one): they are not ordered after it.
        var effectIgnored = NodeIDSet(bound: idBound)
        func scheduleEarly(_ n: Node) -> Int {
            if placed[n.id] >= 0, isFixed(n) { return placed[n.id] }
            if early[n.id] >= 0 { return early[n.id] }
            var e = 0
            for input in n.inputs {
                let ie = scheduleEarly(input)
                if cf.domDepth[ie] > cf.domDepth[e] { e = ie }
            }
            if BackendFacts.isMemoryRead(n), let own = n.block.flatMap({ cf.order[$0.id] }), cf.domDepth[own] > cf.domDepth[e] {
                // A load is control dependent on its block: a branch before it may be what proved
                // its access in bounds (a removed bounds check), so it never moves above it.
                e = own
            }
            if BackendFacts.isMemoryRead(n), let effect = n.effect {
                let ee = scheduleEarly(effect)
                // scheduling.ignores-effect-order: the load goes where its value inputs allow, above the stores before it.
                if cf.domDepth[ee] > cf.domDepth[e] && faults.injected(.schedulingIgnoresEffectOrder) {
                    effectIgnored.insert(n.id)
                } else if cf.domDepth[ee] > cf.domDepth[e] {
                    e = ee
                }
            }
            early[n.id] = e
            return e
        }
        for n in live where !isFixed(n) { _ = scheduleEarly(n) }
        for n in live where BackendFacts.isMemoryRead(n) { placed[n.id] = early[n.id] }
        // Schedule late, users first, then hoist out of loops.
        var visiting = NodeIDSet(bound: idBound)
        func scheduleLate(_ n: Node) -> Int {
            if placed[n.id] >= 0 { return placed[n.id] }
            let fallback = early[n.id] >= 0 ? early[n.id] : (n.block.flatMap { cf.order[$0.id] } ?? 0)
            guard !visiting.contains(n.id) else { return fallback }
            visiting.insert(n.id)
            var lca: Int? = nil
            for (user, ub) in useBlocks[n.id] where !user.isDead && user.block != nil {
                let b = (isFixed(user) || BackendFacts.isPhi(user)) ? ub : scheduleLate(user)
                lca = lca.map { cf.commonDominator($0, b) } ?? b
            }
            var best = lca ?? fallback
            if let late = lca {
                var x = late
                while true {
                    if cf.loopDepth[x] < cf.loopDepth[best] { best = x }
                    if x == fallback || x == 0 { break }
                    x = cf.idom[x]
                }
            }
            placed[n.id] = best
            return best
        }
        for n in live where !isFixed(n) { _ = scheduleLate(n) }
        // Group nodes per block, then order inside each block.
        var members = [[Node]](repeating: [], count: cf.rpo.count)
        for n in live.sorted(by: { $0.id < $1.id }) where !isFixed(n) {
            if placed[n.id] >= 0 { members[placed[n.id]].append(n) }
        }
        var blocks: [ScheduledBlock] = []
        // Per block, by node id: the block (RPO index) in which a node started emitting
        // (its dependencies first) or was emitted, and its position among the block's fixed nodes.
        var startedIn = [Int](repeating: -1, count: idBound)
        var emittedIn = [Int](repeating: -1, count: idBound)
        var fixedPositionIn = [(block: Int, position: Int)](repeating: (-1, 0), count: idBound)
        for (bi, b) in cf.rpo.enumerated() {
            var out: [Node] = []
            let loads = members[bi].filter(BackendFacts.isMemoryRead)
            let terminator = b.terminator
            let fixedHere = b.nodes.filter { isFixed($0) && $0 !== terminator }
            for (k, n) in fixedHere.enumerated() { fixedPositionIn[n.id] = (bi, k) }
            func isStarted(_ n: Node) -> Bool { startedIn[n.id] == bi }
            /// What must come before `n` in this block: its inputs, frame-state inputs and
            /// effect input (a load's frame state is never used: loads do not deoptimize).
            /// A phi's inputs (value or effect) come from the ends of the predecessors, so a
            /// phi depends on nothing in its block, even when a back edge brings a value
            /// computed later in it. The value inputs come last, right before `n`: an overflow
            /// guard then directly follows its arithmetic, which instruction selection fuses.
            func dependencies(_ n: Node) -> [Node] {
                if BackendFacts.isValueOrEffectPhi(n) { return [] }
                let effect = n.effect.map { [$0] } ?? []
                if BackendFacts.isMemoryRead(n) { return n.inputs + (effectIgnored.contains(n.id) ? [] : effect) }
                return frameStateInputs.inputs(of: n) + effect + n.inputs
            }
            func isHere(_ d: Node) -> Bool { placed[d.id] == bi }
            /// Emits `n` after everything it depends on in this block, fixed or not. A fixed
            /// node also comes after the fixed nodes before it in the block, so pulling one
            /// forward (a load's bounds check, say) never reorders guards and effects.
            func emit(_ n: Node) {
                guard !isStarted(n) else { return }
                startedIn[n.id] = bi
                if fixedPositionIn[n.id].block == bi {
                    for earlier in fixedHere[..<fixedPositionIn[n.id].position] { emit(earlier) }
                }
                for d in dependencies(n) where isHere(d) { emit(d) }
                out.append(n)
                emittedIn[n.id] = bi
                // Loads go right after the last of their dependencies in this block.
                for l in loads where !isStarted(l) && isReady(l) { emit(l) }
            }
            func isPending(_ d: Node) -> Bool { isHere(d) && emittedIn[d.id] != bi }
            func isReady(_ l: Node) -> Bool {
                if l.inputs.contains(where: isPending) { return false }
                guard let effect = l.effect, !effectIgnored.contains(l.id), isPending(effect) else { return true }
                // scheduling.ignores-effect-order: the load does not wait for the store before it.
                guard faults.injected(.schedulingIgnoresEffectOrder) else { return false }
                effectIgnored.insert(l.id)
                return true
            }
            for p in fixedHere where BackendFacts.isValueOrEffectPhi(p) { emit(p) }
            for l in loads where !isStarted(l) && isReady(l) { emit(l) }
            for n in fixedHere { emit(n) }
            for n in members[bi] { emit(n) }
            if let t = terminator { emit(t) }
            blocks.append(ScheduledBlock(block: b, nodes: out, loopDepth: cf.loopDepth[bi]))
        }
        return Schedule(blocks: blocks)
    }
}
