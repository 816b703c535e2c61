import JSEngine

/// Linear-scan register allocation (Poletto and Sarkar, TOPLAS 1999; TurboFan's
/// LinearScanAllocator): value-producing nodes of the schedule are virtual registers;
/// block liveness (phi inputs live out of their predecessor, frame-state references count
/// as uses) gives each a live interval over the linear order, which is the hull of its
/// definition, uses and the block boundaries where it is live, so values live around a
/// loop back edge cover the whole loop. Intervals are scanned by start over a fixed
/// register file (`registerCount`, 8 by default); when none is free, the interval whose
/// next use is furthest away (the current one included) is spilled for its whole lifetime
/// to a stack slot (a slot is shared only by intervals that do not overlap). Instructions may read and
/// write spill slots directly. Phi moves are resolved by instruction selection as
/// parallel moves with a scratch register.
///
/// A speculation guard's value is the value it guards (`BackendFacts.valueRoot`), so a guard
/// gets no interval of its own: reading it reads the guarded value, whose interval covers
/// those reads, and the guard shares its location. Selection then emits guards that only
/// check (no copy), as TurboFan's checks leave their input's register as it is.
///
/// Switched off, `referenceAllocate` gives every virtual register its own slot.
public struct RegisterAllocationPhase: OptimizationPhase {
    public let id = "register-allocation"
    public static let defaultRegisterCount = 8
    public init() {}

    public func run(_ context: PhaseContext) {}

    /// Positions: each scheduled node's linear index, by node id (-1: not scheduled; a node
    /// scheduled twice has its last position), with each block's first and last position.
    static func positions(_ s: Schedule, idBound: Int) -> (pos: [Int], blockStart: [Int], blockEnd: [Int]) {
        var pos = [Int](repeating: -1, count: idBound)
        var starts: [Int] = [], ends: [Int] = []
        var p = 0
        for b in s.blocks {
            starts.append(p)
            for n in b.nodes { pos[n.id] = p; p += 1 }
            ends.append(max(p - 1, starts.last ?? 0))
            if b.nodes.isEmpty { p += 1 }
        }
        return (pos, starts, ends)
    }

    /// The live interval of each value-producing node, ordered by start (then id). Block
    /// liveness sets are bit vectors of node ids (`NodeIDSet`) and intervals are kept by node
    /// id, since node ids are dense.
    public static func liveIntervals(_ s: Schedule) -> [LiveInterval] {
        liveIntervals(s, frameStateInputs: FrameStateInputCache())
    }

    /// `liveIntervals(_:)`, reading frame-state inputs through `frameStateInputs`; with
    /// `fusedGuards`, a fused overflow guard (`BackendFacts.fusesOverflowGuard`) reads at its
    /// arithmetic's position, where the fused instruction deoptimizes.
    static func liveIntervals(_ s: Schedule, frameStateInputs: FrameStateInputCache, fusedGuards: Bool = false) -> [LiveInterval] {
        // A bound over the ids of the scheduled nodes and of the values they read (their
        // inputs, then their frame states').
        var idBound = 0
        for b in s.blocks {
            for n in b.nodes {
                idBound = max(idBound, n.id + 1)
                for input in n.inputs { idBound = max(idBound, input.id + 1) }
                for input in frameStateInputs.inputs(of: n) { idBound = max(idBound, input.id + 1) }
            }
        }
        let (pos, starts, ends) = positions(s, idBound: idBound)
        let index = s.blockIndex
        let count = s.blocks.count
        let empty = NodeIDSet(bound: idBound)
        var gen = [NodeIDSet](repeating: empty, count: count)
        var defs = [NodeIDSet](repeating: empty, count: count)
        var phiDefs = [NodeIDSet](repeating: empty, count: count)
        var phiOut = [NodeIDSet](repeating: empty, count: count)   // phi inputs live out of a predecessor
        var intervals = [LiveInterval?](repeating: nil, count: idBound)
        var order: [Node] = []
        func touch(_ n: Node, _ p: Int, use: Bool) {
            guard BackendFacts.producesValue(n) else { return }
            if let start = intervals[n.id]?.start, let end = intervals[n.id]?.end {
                intervals[n.id]?.start = min(start, p)
                intervals[n.id]?.end = max(end, p)
                if use { intervals[n.id]?.uses.append(p) }
            } else {
                intervals[n.id] = LiveInterval(node: n, start: p, end: p, uses: use ? [p] : [])
                order.append(n)
            }
        }
        for (bi, b) in s.blocks.enumerated() {
            for (k, n) in b.nodes.enumerated() {
                let fused = fusedGuards && k > 0
                    && BackendFacts.fusesOverflowGuard(b.nodes[k - 1], n, frameStateInputs: frameStateInputs)
                let p = fused ? pos[b.nodes[k - 1].id] : pos[n.id]
                if case .effectPhi = n.opcode { continue }   // effect edges carry no values
                if case .objectState = n.opcode { continue }  // read only through the frame states using it
                if BackendFacts.isPhi(n) {
                    phiDefs[bi].insert(n.id)
                    touch(n, p, use: false)
                    for (k, phiInput) in n.inputs.enumerated() where k < b.block.predecessors.count {
                        let input = BackendFacts.valueRoot(phiInput)
                        guard let pi = index[b.block.predecessors[k].id], BackendFacts.producesValue(input) else { continue }
                        phiOut[pi].insert(input.id)
                        touch(input, ends[pi], use: true)
                        touch(n, ends[pi], use: false)   // the move into the phi happens there
                    }
                    continue
                }
                func read(_ value: Node) {
                    let input = BackendFacts.valueRoot(value)
                    guard BackendFacts.producesValue(input) else { return }
                    if !defs[bi].contains(input.id) && !phiDefs[bi].contains(input.id) { gen[bi].insert(input.id) }
                    touch(input, p, use: true)
                }
                for input in n.inputs { read(input) }
                for input in frameStateInputs.inputs(of: n) { read(input) }
                if BackendFacts.producesValue(n) && BackendFacts.guardedValue(n) == nil {
                    defs[bi].insert(n.id)
                    touch(n, p, use: false)
                }
            }
        }
        var liveIn = [NodeIDSet](repeating: empty, count: count)
        var liveOut = [NodeIDSet](repeating: empty, count: count)
        var changed = true
        while changed {
            changed = false
            for bi in stride(from: count - 1, through: 0, by: -1) {
                var out = phiOut[bi]
                for succ in s.blocks[bi].block.successors {
                    guard let si = index[succ.id] else { continue }
                    out.formUnion(liveIn[si], excluding: phiDefs[si])
                }
                let inn = NodeIDSet.union(gen[bi], out, excluding: defs[bi], phiDefs[bi])
                if out != liveOut[bi] || inn != liveIn[bi] { liveOut[bi] = out; liveIn[bi] = inn; changed = true }
            }
        }
        func extend(_ id: Int, to p: Int) {
            guard let start = intervals[id]?.start, let end = intervals[id]?.end else { return }
            intervals[id]?.start = min(start, p)
            intervals[id]?.end = max(end, p)
        }
        for bi in 0..<count {
            liveIn[bi].forEach { extend($0, to: starts[bi]) }
            liveOut[bi].forEach { extend($0, to: ends[bi]) }
        }
        return order.compactMap { intervals[$0.id] }.map { iv in
            var v = iv
            v.uses.sort()
            return v
        }.sorted { ($0.start, $0.node.id) < ($1.start, $1.node.id) }
    }

    /// Allocates `schedule` over `registerCount` registers; `fusedGuards` says whether
    /// instruction selection will fuse overflow guards with their arithmetic
    /// (`InstructionSelectionPhase.fusesGuards`). It must not be true when selection does
    /// not fuse (a fused guard's reads are placed where only the fused form makes them);
    /// false is always safe.
    public static func allocate(_ s: Schedule, registerCount: Int = defaultRegisterCount,
                                faults: FaultSwitch = .none, fusedGuards: Bool = false) -> Allocation {
        allocate(s, registerCount: registerCount, faults: faults, frameStateInputs: FrameStateInputCache(),
                 fusedGuards: fusedGuards)
    }

    /// Allocates `schedule`, reading frame-state inputs through `frameStateInputs`.
    static func allocate(_ s: Schedule, registerCount: Int, faults: FaultSwitch,
                         frameStateInputs: FrameStateInputCache, fusedGuards: Bool) -> Allocation {
        let intervals = liveIntervals(s, frameStateInputs: frameStateInputs, fusedGuards: fusedGuards)
        var result = Allocation(registerCount: registerCount)
        result.intervals = intervals
        var active: [(iv: LiveInterval, reg: Int)] = []
        let phiHints = phiRegisterHints(s, intervals)
        /// A spilled interval with its slot and its first use at or after the spill (the first reload).
        typealias SpilledInterval = (start: Int, end: Int, firstReload: Int, slot: Int)
        var spilled: [SpilledInterval] = []
        func nextUse(_ iv: LiveInterval, after p: Int) -> Int { iv.uses.first { $0 >= p } ?? Int.max }
        /// The lowest slot that no spilled interval holds during `iv`, a spilled interval
        /// holding its slot from its start up to `heldUntil` of it.
        func lowestFreeSlot(for iv: LiveInterval, heldUntil: (SpilledInterval) -> Int) -> Int {
            var slot = 0
            while spilled.contains(where: { $0.slot == slot && $0.start <= iv.end && iv.start <= heldUntil($0) }) { slot += 1 }
            return slot
        }
        /// Spills `iv` at position `point` to a slot it keeps for its whole lifetime (a victim
        /// is spilled for the part already scanned too), shared only with intervals that do
        /// not overlap it.
        func spill(_ iv: LiveInterval, at point: Int) {
            var slot = lowestFreeSlot(for: iv) { $0.end }
            // register-allocation.spill-slot-reuse: a slot counts as free again after its value's first reload.
            let reusable = lowestFreeSlot(for: iv) { $0.firstReload }
            if reusable != slot && faults.injected(.registerAllocationSpillSlotReuse) { slot = reusable }
            spilled.append((iv.start, iv.end, min(nextUse(iv, after: point), iv.end), slot))
            result.slotCount = max(result.slotCount, slot + 1)
            result.locations[iv.node.id] = .slot(slot)
        }
        for iv in intervals {
            // Expire intervals that ended before this one starts.
            active.removeAll { $0.iv.end < iv.start }
            // A value that flows into a phi whose register is free from its start on (held by
            // no other live value) shares that register, so the phi's move disappears.
            if let hints = phiHints[iv.node.id], let r = hints.lazy.compactMap({ phi -> Int? in
                guard let r = Self.sharableRegister(of: phi, with: iv, locations: result.locations),
                      !active.contains(where: { $0.reg == r && $0.iv.node !== phi.node }) else { return nil }
                return r
            }).first {
                active.append((iv, r))
                result.locations[iv.node.id] = .register(r)
                continue
            }
            if let r = (0..<registerCount).first(where: { r in !active.contains { $0.reg == r } }) {
                active.append((iv, r))
                result.locations[iv.node.id] = .register(r)
                continue
            }
            // Spill the interval whose next use is furthest (ties: the later end, then the higher
            // id); a register two values share (a phi and its input) is not taken from either.
            var victim: Int? = nil   // index into active; nil = the current interval
            var best = (nextUse(iv, after: iv.start), iv.end, iv.node.id)
            for (k, a) in active.enumerated() where active.filter({ $0.reg == a.reg }).count == 1 {
                let key = (nextUse(a.iv, after: iv.start), a.iv.end, a.iv.node.id)
                if key > best { best = key; victim = k }
            }
            if let k = victim {
                let a = active.remove(at: k)
                spill(a.iv, at: iv.start)
                active.append((iv, a.reg))
                result.locations[iv.node.id] = .register(a.reg)
            } else {
                spill(iv, at: iv.start)
            }
        }
        // Guards share the location of the value they guard (none for a constant).
        for n in s.linearNodes where BackendFacts.guardedValue(n) != nil {
            if let l = result.locations[BackendFacts.valueRoot(n).id] { result.locations[n.id] = l }
        }
        return result
    }

    /// For each value that is an input of a phi (through guards), the phis' intervals it may
    /// share a register with, in schedule order.
    static func phiRegisterHints(_ s: Schedule, _ intervals: [LiveInterval]) -> [Int: [LiveInterval]] {
        var byNode: [Int: LiveInterval] = [:]
        for iv in intervals { byNode[iv.node.id] = iv }
        var hints: [Int: [LiveInterval]] = [:]
        for n in s.linearNodes where BackendFacts.isPhi(n) {
            guard let phi = byNode[n.id] else { continue }
            for input in n.inputs {
                let root = BackendFacts.valueRoot(input)
                if root !== n, byNode[root.id] != nil { hints[root.id, default: []].append(phi) }
            }
        }
        return hints
    }

    /// The register of `phi` when `value` (one of its inputs) can share it: the phi is in a
    /// register, `value` is defined after the phi's last read (or by that read: an
    /// instruction reads its operands before it writes) and ends within the phi's
    /// interval. Then the phi's old value is dead wherever `value` is live (in the linear
    /// order every path from `value` back to a read of the phi passes the phi's block, which
    /// redefines it), and the move of `value` into the phi becomes a move onto itself.
    static func sharableRegister(of phi: LiveInterval, with value: LiveInterval, locations: [Int: Location]) -> Int? {
        guard case .register(let r) = locations[phi.node.id], value.start > phi.start, value.end <= phi.end,
              (phi.uses.last ?? phi.start) <= value.start else { return nil }
        return r
    }

    /// The reference allocation: every virtual register gets its own slot, never reused.
    public static func referenceAllocate(_ s: Schedule, registerCount: Int = defaultRegisterCount) -> Allocation {
        var result = Allocation(registerCount: registerCount)
        for n in s.linearNodes where BackendFacts.producesValue(n) && result.locations[n.id] == nil {
            result.locations[n.id] = .slot(result.slotCount)
            result.slotCount += 1
        }
        return result
    }
}
