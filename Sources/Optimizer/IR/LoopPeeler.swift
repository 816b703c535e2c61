import JSEngine

/// Peels the first iteration off a natural loop (the graph surgery of the `loop-peeling`
/// phase, as V8's `LoopPeeler` does it on TurboFan graphs):
/// - every block of the loop is copied with all its nodes, the exit test included, so a
///   loop that runs zero times still runs zero times; the copied header has no phis: each
///   header phi stands for its entry value in the first iteration;
/// - the preheader now jumps to the copied header; the copies' back edges enter the
///   original header, whose phis take the peeled iteration's values on those edges; the
///   copies' exit edges join the original exits (their phis get the copied values);
/// - each copied node that can deoptimize gets a copy of its frame state referring to the
///   copied values; types are carried over;
/// - uses after the loop of values defined in it (value, effect and frame-state uses) are
///   given the value of whichever iteration ran last (`RegionSSAUpdater`).
struct LoopPeeler {
    /// What peeling made: the copied blocks (the header's copy first) and the copy of each node.
    struct Peeled {
        let blocks: [Block]
        private let copies: [ObjectIdentifier: Node]

        init(blocks: [Block], copies: [ObjectIdentifier: Node]) {
            self.blocks = blocks
            self.copies = copies
        }

        /// The peeled iteration's node for `n` (a header phi's is its entry value).
        func copy(of n: Node) -> Node? { copies[ObjectIdentifier(n)] }
    }

    let graph: Graph
    let loop: LoopAnalysis.Loop
    let preheader: Block
    /// Asked whether the peeled header keeps its exit test (`loop-peeling.peeled-iteration-skips-condition`).
    let faults: FaultSwitch

    /// Peels the loop (whose preheader must end in a `goto` to the header).
    func peel() -> Peeled {
        let g = graph
        let header = loop.header
        let order = g.dominatorTree.reversePostorder.filter { loop.contains($0) }
        var copies: [ObjectIdentifier: Node] = [:]
        var blockCopies: [ObjectIdentifier: Block] = [:]
        var originalOf: [ObjectIdentifier: Block] = [:]
        func copy(_ n: Node) -> Node { copies[ObjectIdentifier(n)] ?? n }
        if let entry = header.predecessors.firstIndex(where: { $0 === preheader }) {
            for phi in header.phis where entry < phi.inputs.count { copies[ObjectIdentifier(phi)] = phi.inputs[entry] }
        }
        // The header's exit test: a branch with one edge leaving the loop.
        let exitTest = header.terminator.flatMap { t -> Node? in
            guard case .branch = t.opcode, header.successors.contains(where: { !loop.contains($0) }) else { return nil }
            return t
        }
        // Fault loop-peeling.peeled-iteration-skips-condition: the peeled header jumps into the body unconditionally.
        let skipsExitTest = exitTest != nil && faults.injected(.loopPeelingPeeledIterationSkipsCondition)
        var copiedBlocks: [Block] = []
        for b in order {
            let nb = g.newBlock()
            blockCopies[ObjectIdentifier(b)] = nb
            originalOf[ObjectIdentifier(nb)] = b
            copiedBlocks.append(nb)
        }
        // Nodes, in dominance order so that inputs are copied before their users; phis of
        // joins inside the loop get their inputs once the copied edges exist.
        var joinPhis: [(original: Node, copy: Node)] = []
        for b in order {
            guard let nb = blockCopies[ObjectIdentifier(b)] else { continue }
            for n in b.nodes where !(b === header && header.phis.contains { $0 === n }) {
                let c: Node
                switch n.opcode {
                case .phi, .effectPhi:
                    c = g.addPhi([], in: nb)
                    if case .effectPhi = n.opcode { g.changeOpcode(c, to: .effectPhi) }
                    joinPhis.append((n, c))
                case .branch where skipsExitTest && n === exitTest:
                    c = g.add(.goto, in: nb, position: n.position, bytecodeOffset: n.bytecodeOffset)
                default:
                    c = g.add(n.opcode, n.inputs.map(copy), effect: n.effect.map(copy), in: nb, position: n.position,
                              bytecodeOffset: n.bytecodeOffset)
                }
                c.type = n.type
                c.typedBy = n.typedBy
                c.frameState = n.frameState?.mapped(copy)
                c.accessShapes = n.accessShapes
                copies[ObjectIdentifier(n)] = c
            }
        }
        // Edges: into the copied header, within the copy, back into the loop, and out of it.
        g.removeEdge(from: preheader, to: header)
        if let copiedHeader = blockCopies[ObjectIdentifier(header)] { g.connect(preheader, copiedHeader) }
        for b in order {
            guard let nb = blockCopies[ObjectIdentifier(b)] else { continue }
            for s in b.successors where !(skipsExitTest && b === header && !loop.contains(s)) {
                if let sc = blockCopies[ObjectIdentifier(s)], s !== header {
                    g.connect(nb, sc)
                    continue
                }
                // The back edge or an exit: `s` gains the predecessor `nb`, and its phis the
                // values the peeled iteration has on the matching edge.
                guard let k = s.predecessors.firstIndex(where: { $0 === b }) else { continue }
                let values = s.phis.map { copy($0.inputs[k]) }
                g.connect(nb, s)
                for (phi, v) in zip(s.phis, values) { g.appendInput(phi, v) }
            }
        }
        for (original, c) in joinPhis {
            guard let ob = original.block, let cb = c.block else { continue }
            for p in cb.predecessors {
                guard let op = originalOf[ObjectIdentifier(p)], let k = ob.predecessors.firstIndex(where: { $0 === op }),
                      k < original.inputs.count else { continue }
                g.appendInput(c, copy(original.inputs[k]))
            }
        }
        repairUsesAfterLoop(order: order, copiedBlocks: copiedBlocks, copy: copy)
        return Peeled(blocks: copiedBlocks, copies: copies)
    }

    /// Gives every use outside the loop and its copy of a loop value the definition that
    /// reaches it: value and effect inputs, phi inputs (at the end of their predecessor),
    /// and frame states (a fresh frame state per rewritten node, as frame states may be shared).
    private func repairUsesAfterLoop(order: [Block], copiedBlocks: [Block], copy: (Node) -> Node) {
        let g = graph
        let updater = RegionSSAUpdater(graph: g, original: order, copied: copiedBlocks)
        func outside(_ n: Node) -> Bool {
            guard let b = n.block, !n.isDead else { return false }
            return !updater.isOriginal(b) && !updater.isCopied(b)
        }
        for b in order {
            for n in b.nodes {
                let c = copy(n)
                var seen: Set<ObjectIdentifier> = []
                for u in n.uses where outside(u) && seen.insert(ObjectIdentifier(u)).inserted {
                    guard let ub = u.block else { continue }
                    for i in u.inputs.indices where u.inputs[i] === n {
                        let reaching: Node
                        switch u.opcode {
                        case .phi, .effectPhi:
                            guard i < ub.predecessors.count else { continue }
                            let isEffect: Bool
                            if case .effectPhi = u.opcode { isEffect = true } else { isEffect = false }
                            reaching = updater.valueAtEnd(of: ub.predecessors[i], n, copy: c, effect: isEffect)
                        default:
                            reaching = updater.valueAtEntry(of: ub, n, copy: c, effect: false)
                        }
                        g.setInput(u, i, reaching)
                    }
                    if u.effect === n {
                        g.setEffect(u, updater.valueAtEntry(of: ub, n, copy: c, effect: true))
                    }
                }
            }
        }
        for m in g.liveNodes where outside(m) {
            guard let fs = m.frameState, let mb = m.block,
                  fs.referencedNodes.contains(where: { updater.isOriginal($0.block) }) else { continue }
            m.frameState = fs.mapped { r in
                updater.isOriginal(r.block) ? updater.valueAtEntry(of: mb, r, copy: copy(r), effect: false) : r
            }
        }
        updater.removeTrivialPhis()
    }
}
