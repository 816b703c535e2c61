import JSEngine

/// Removes code whose result nobody needs. Mirrors V8 TurboFan's `DeadCodeElimination`
/// (with the unused-node trimming of its graph reducer) and LLVM's `DCE`/`ADCE`:
/// - blocks no path from the entry reaches are dropped, with their phi inputs in reachable
///   successors ("remove-unreachable-blocks");
/// - liveness is marked from the nodes that must stay (terminators, calls, stores, generic
///   JS operations, guards — a guard may deoptimize — parameters and the effect chain's
///   phis) through value inputs and frame states; every other pure node, phi cycle, and
///   side-effect-free memory operation (loads, lengths, allocations) that is not marked is
///   removed, effectful ones after being bypassed on the effect chain ("remove-dead-node",
///   "remove-dead-load", "remove-dead-cycle", "remove-dead-effect-phi"). Under `--assert-types`
///   a node whose type a rewrite relied on stays, for the back end to check.
public struct DeadCodeElimination: OptimizationPhase {
    public let id = "dead-code-elimination"
    public init() {}

    public func run(_ ctx: PhaseContext) {
        removeUnreachable(ctx)
        removeDeadNodes(ctx)
    }

    /// Whether a node may be removed when unused.
    static func isRemovable(_ op: Opcode) -> Bool {
        switch op {
        case .loadField, .loadElement, .arrayLength, .elementsCapacity, .loadTypedElement, .typedArrayLength, .allocateObject:
            return true
        case .start, .effectPhi, .parameter, .context, .osrValue:
            return false
        default:
            return !op.isEffectful && !op.isTerminator && !op.canDeoptimize
        }
    }

    /// Whether node `n` may be removed when nothing needs it (`referenced`: the nodes frame
    /// states refer to).
    private func isRemovable(_ n: Node, referenced: NodeIDSet, _ ctx: PhaseContext) -> Bool {
        if DeadCodeElimination.isRemovable(n.opcode) { return true }
        let unused = !referenced.contains(n.id) && !n.uses.contains { u in !u.isDead && u.inputs.contains { $0 === n } }
        switch n.opcode {
        case .jsCall, .jsConstruct:
            // dead-code-elimination.drops-unused-call: a call whose result is unused is taken to be pure.
            return ctx.faults.injected(.dceDropsUnusedCall, applies: unused)
        case .jsGetNamed, .jsGetKeyed:
            // dead-code-elimination.drops-unused-getter-load: a generic property load is taken to run no getter.
            return ctx.faults.injected(.dceDropsUnusedGetterLoad, applies: unused)
        default:
            return false
        }
    }

    private func removeUnreachable(_ ctx: PhaseContext) {
        let g = ctx.graph
        guard let entry = g.blocks.first else { return }
        var reached: Set<Int> = [entry.id]
        var work = [entry]
        while let b = work.popLast() {
            for s in b.successors where reached.insert(s.id).inserted { work.append(s) }
        }
        let unreachable = g.blocks.filter { !reached.contains($0.id) }
        guard let first = unreachable.first, let anchor = first.nodes.first ?? g.entry.nodes.first else { return }
        ctx.rewrite("remove-unreachable-blocks", at: anchor) {
            // Drop the phi inputs that came from unreachable predecessors.
            for s in g.blocks where reached.contains(s.id) {
                let keep = s.predecessors.indices.filter { reached.contains(s.predecessors[$0].id) }
                guard keep.count != s.predecessors.count else { continue }
                for phi in s.phis where phi.inputs.count == s.predecessors.count {
                    g.changeOpcode(phi, to: phi.opcode, inputs: keep.map { phi.inputs[$0] })
                }
            }
            g.removeUnreachableBlocks()
            return []
        }
    }

    private func removeDeadNodes(_ ctx: PhaseContext) {
        let g = ctx.graph
        // Mark.
        var live = NodeIDSet(bound: g.nodes.count)
        var work: [Node] = []
        func mark(_ n: Node) {
            guard !live.contains(n.id) else { return }
            live.insert(n.id)
            work.append(n)
        }
        let referenced = frameStateReferences(g)
        for b in g.blocks {
            for n in b.nodes where !isRemovable(n, referenced: referenced, ctx) || n.keptForTypeAssertion { mark(n) }
        }
        // A frame state's nodes are marked with the first live node holding it (states are
        // shared by the nodes after one effectful operation and by inlined frames).
        var markedStates: Set<ObjectIdentifier> = []
        while let n = work.popLast() {
            if case .effectPhi = n.opcode {} else { n.inputs.forEach(mark) }
            var state = n.frameState
            while let s = state, markedStates.insert(ObjectIdentifier(s)).inserted {
                for case let r? in s.registers { mark(r) }
                if let c = s.context { mark(c) }
                state = s.parent
            }
        }
        var dead = NodeIDSet(bound: g.nodes.count)
        for b in g.blocks { for n in b.nodes where !live.contains(n.id) { dead.insert(n.id) } }

        // Sweep, users before their inputs, never leaving a live user of a killed node.
        var refused: Set<Int> = []
        var progress = true
        var allowCycles = false
        while progress {
            progress = false
            let fsRefs = frameStateReferences(g)
            for b in g.blocks {
                for n in b.nodes.reversed() where !n.isDead && !refused.contains(n.id) && !fsRefs.contains(n.id) {
                    if case .effectPhi = n.opcode {
                        guard n.uses.allSatisfy({ $0 === n }) else { continue }
                        if ctx.rewrite("remove-dead-effect-phi", at: n, { g.kill(n); return [] }) {
                            progress = true
                        } else { refused.insert(n.id) }
                        continue
                    }
                    guard dead.contains(n.id) else { continue }
                    let blocking = blockingUsers(of: n)
                    if blocking.isEmpty {
                        let rule = !n.opcode.isEffectful ? "remove-dead-node"
                            : DeadCodeElimination.isRemovable(n.opcode) ? "remove-dead-load" : "remove-dead-operation"
                        let ok = ctx.rewrite(rule, at: n) {
                            detachFromEffectChain(n, in: g)
                            g.kill(n)
                            return []
                        }
                        if ok { progress = true } else { refused.insert(n.id) }
                    } else if allowCycles, let cycle = deadCycle(from: n, dead: dead, refused: refused, fsRefs: fsRefs) {
                        let ok = ctx.rewrite("remove-dead-cycle", at: n) {
                            for m in cycle { detachFromEffectChain(m, in: g) }
                            for m in cycle { g.kill(m) }
                            return []
                        }
                        if ok { progress = true } else { refused.insert(n.id) }
                    }
                }
            }
            // Dead cycles (through loop phis) only once single dead nodes are gone.
            if !progress && !allowCycles {
                allowCycles = true
                progress = true
            } else if progress {
                allowCycles = false
            }
        }
    }

    /// The ids of the nodes that the frame states of the graph's placed nodes refer to (each
    /// state, parents included, visited once).
    private func frameStateReferences(_ g: Graph) -> NodeIDSet {
        var referenced = NodeIDSet(bound: g.nodes.count)
        var visited: Set<ObjectIdentifier> = []
        for b in g.blocks {
            for n in b.nodes {
                var state = n.frameState
                while let s = state, visited.insert(ObjectIdentifier(s)).inserted {
                    for case let r? in s.registers { referenced.insert(r.id) }
                    if let c = s.context { referenced.insert(c.id) }
                    state = s.parent
                }
            }
        }
        return referenced
    }

    /// Users that read `n` as a value (not itself, not effect-chain uses that bypassing fixes).
    private func blockingUsers(of n: Node) -> [Node] {
        n.uses.filter { u in
            if u === n || u.isDead { return false }
            if case .effectPhi = u.opcode { return false }
            return u.inputs.contains { $0 === n }
        }
    }

    /// The dead nodes reachable from `start` through value uses, when they are used only by
    /// each other (a cycle through a loop phi, for example), or nil.
    private func deadCycle(from start: Node, dead: NodeIDSet, refused: Set<Int>, fsRefs: NodeIDSet) -> [Node]? {
        var members: [Node] = [start]
        var seen: Set<Int> = [start.id]
        var i = 0
        while i < members.count {
            for u in blockingUsers(of: members[i]) where !seen.contains(u.id) {
                guard dead.contains(u.id), !refused.contains(u.id), !fsRefs.contains(u.id) else { return nil }
                seen.insert(u.id)
                members.append(u)
            }
            i += 1
        }
        return members.count > 1 ? members : nil
    }
}

/// Takes an effectful node off the effect chain: its effect users and the effect phis that
/// merge it follow its effect input instead (used before removing a load or a guard).
func detachFromEffectChain(_ n: Node, in g: Graph) {
    guard n.opcode.isEffectful, let e = n.effect else { return }
    for u in n.uses where !u.isDead {
        if case .effectPhi = u.opcode {
            for i in u.inputs.indices where u.inputs[i] === n { g.setInput(u, i, e) }
        }
    }
    g.bypassEffect(n)
}
