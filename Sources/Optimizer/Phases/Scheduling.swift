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
        let cf = ControlFlowInfo(g)
        let live = g.liveNodes
        // Use blocks (RPO indices) per node, including frame-state uses.
        var useBlocks: [Int: [(user: Node, block: Int)]] = [:]
        var frameStateInputs = FrameStateInputCache()
        for u in live {
            guard let ub = u.block, let ui = cf.order[ub.id] else { continue }
            for (i, input) in u.inputs.enumerated() {
                var bi = ui
                if BackendFacts.isPhi(u), i < ub.predecessors.count, let pi = cf.order[ub.predecessors[i].id] { bi = pi }
                useBlocks[input.id, default: []].append((u, bi))
            }
            for r in frameStateInputs.inputs(of: u) { useBlocks[r.id, default: []].append((u, ui)) }
        }
        func isFixed(_ n: Node) -> Bool {
            switch n.opcode {
            case .phi, .effectPhi, .parameter, .start, .context, .osrValue: return true
            default:
                if BackendFacts.isMemoryRead(n) { return false }
                return n.opcode.isTerminator || n.opcode.isEffectful || n.opcode.canDeoptimize
            }
        }
        var placed: [Int: Int] = [:]   // node id -> RPO index
        for n in live where isFixed(n) { if let b = n.block, let i = cf.order[b.id] { placed[n.id] = i } }
        // Schedule early: the deepest block among the inputs' early blocks (and, for a load,
        // its effect input's block).
        var early: [Int: Int] = [:]
        /// Loads the scheduling fault lets go above their effect input (in an earlier block or
        /// earlier in the same one): they are not ordered after it.
        var effectIgnored: Set<Int> = []
        func scheduleEarly(_ n: Node) -> Int {
            if let p = placed[n.id], isFixed(n) { return p }
            if let e = early[n.id] { return e }
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
        var visiting: Set<Int> = []
        func scheduleLate(_ n: Node) -> Int {
            if let p = placed[n.id] { return p }
            let fallback = early[n.id] ?? (n.block.flatMap { cf.order[$0.id] } ?? 0)
            guard visiting.insert(n.id).inserted else { return fallback }
            var lca: Int? = nil
            for (user, ub) in useBlocks[n.id] ?? [] where !user.isDead && user.block != nil {
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
            if let p = placed[n.id] { members[p].append(n) }
        }
        var blocks: [ScheduledBlock] = []
        for (bi, b) in cf.rpo.enumerated() {
            var out: [Node] = []
            var started: Set<Int> = []   // emitting (its dependencies first) or emitted
            var emitted: Set<Int> = []
            let loads = members[bi].filter(BackendFacts.isMemoryRead)
            let terminator = b.terminator
            let fixedHere = b.nodes.filter { isFixed($0) && $0 !== terminator }
            var fixedPosition: [Int: Int] = [:]
            for (k, n) in fixedHere.enumerated() { fixedPosition[n.id] = k }
            /// What must come before `n` in this block: its inputs, frame-state inputs and
            /// effect input (a load's frame state is never used: loads do not deoptimize).
            /// A phi's inputs (value or effect) come from the ends of the predecessors, so a
            /// phi depends on nothing in its block, even when a back edge brings a value
            /// computed later in it.
            func dependencies(_ n: Node) -> [Node] {
                if BackendFacts.isValueOrEffectPhi(n) { return [] }
                let effect = n.effect.map { [$0] } ?? []
                if BackendFacts.isMemoryRead(n) { return n.inputs + (effectIgnored.contains(n.id) ? [] : effect) }
                return n.inputs + frameStateInputs.inputs(of: n) + effect
            }
            func isHere(_ d: Node) -> Bool { placed[d.id] == bi }
            /// Emits `n` after everything it depends on in this block, fixed or not. A fixed
            /// node also comes after the fixed nodes before it in the block, so pulling one
            /// forward (a load's bounds check, say) never reorders guards and effects.
            func emit(_ n: Node) {
                guard started.insert(n.id).inserted else { return }
                if let k = fixedPosition[n.id] {
                    for earlier in fixedHere[..<k] { emit(earlier) }
                }
                for d in dependencies(n) where isHere(d) { emit(d) }
                out.append(n)
                emitted.insert(n.id)
                // Loads go right after the last of their dependencies in this block.
                for l in loads where !started.contains(l.id) && isReady(l) { emit(l) }
            }
            func isPending(_ d: Node) -> Bool { isHere(d) && !emitted.contains(d.id) }
            func isReady(_ l: Node) -> Bool {
                if l.inputs.contains(where: isPending) { return false }
                guard let effect = l.effect, !effectIgnored.contains(l.id), isPending(effect) else { return true }
                // scheduling.ignores-effect-order: the load does not wait for the store before it.
                guard faults.injected(.schedulingIgnoresEffectOrder) else { return false }
                effectIgnored.insert(l.id)
                return true
            }
            for p in fixedHere where BackendFacts.isValueOrEffectPhi(p) { emit(p) }
            for l in loads where !started.contains(l.id) && isReady(l) { emit(l) }
            for n in fixedHere { emit(n) }
            for n in members[bi] { emit(n) }
            if let t = terminator { emit(t) }
            blocks.append(ScheduledBlock(block: b, nodes: out, loopDepth: cf.loopDepth[bi]))
        }
        return Schedule(blocks: blocks)
    }
}
