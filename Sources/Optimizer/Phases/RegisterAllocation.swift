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

    /// `liveIntervals(_:)`, reading frame-state inputs through `frameStateInputs`.
    static func liveIntervals(_ s: Schedule, frameStateInputs: FrameStateInputCache) -> [LiveInterval] {
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
            for n in b.nodes {
                let p = pos[n.id]
                if case .effectPhi = n.opcode { continue }   // effect edges carry no values
                if case .objectState = n.opcode { continue }  // read only through the frame states using it
                if BackendFacts.isPhi(n) {
                    phiDefs[bi].insert(n.id)
                    touch(n, p, use: false)
                    for (k, input) in n.inputs.enumerated() where k < b.block.predecessors.count {
                        guard let pi = index[b.block.predecessors[k].id], BackendFacts.producesValue(input) else { continue }
                        phiOut[pi].insert(input.id)
                        touch(input, ends[pi], use: true)
                        touch(n, ends[pi], use: false)   // the move into the phi happens there
                    }
                    continue
                }
                func read(_ input: Node) {
                    guard BackendFacts.producesValue(input) else { return }
                    if !defs[bi].contains(input.id) && !phiDefs[bi].contains(input.id) { gen[bi].insert(input.id) }
                    touch(input, p, use: true)
                }
                for input in n.inputs { read(input) }
                for input in frameStateInputs.inputs(of: n) { read(input) }
                if BackendFacts.producesValue(n) { defs[bi].insert(n.id); touch(n, p, use: false) }
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

    /// Allocates `schedule` over `registerCount` registers.
    public static func allocate(_ s: Schedule, registerCount: Int = defaultRegisterCount,
                                faults: FaultSwitch = .none) -> Allocation {
        allocate(s, registerCount: registerCount, faults: faults, frameStateInputs: FrameStateInputCache())
    }

    /// Allocates `schedule`, reading frame-state inputs through `frameStateInputs`.
    static func allocate(_ s: Schedule, registerCount: Int, faults: FaultSwitch,
                         frameStateInputs: FrameStateInputCache) -> Allocation {
        let intervals = liveIntervals(s, frameStateInputs: frameStateInputs)
        var result = Allocation(registerCount: registerCount)
        result.intervals = intervals
        var active: [(iv: LiveInterval, reg: Int)] = []
        /// A spilled interval with its slot and its first use at or after the spill (the first reload).
        typealias SpilledInterval = (start: Int, end: Int, firstReload: Int, slot: Int)
        var spilled: [SpilledInterval] = []
        var freeRegs = Array(0..<registerCount)
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
            active.removeAll { a in
                if a.iv.end < iv.start { freeRegs.append(a.reg); return true }
                return false
            }
            freeRegs.sort()
            if !freeRegs.isEmpty {
                let r = freeRegs.removeFirst()
                active.append((iv, r))
                result.locations[iv.node.id] = .register(r)
                continue
            }
            // Spill the interval whose next use is furthest (ties: the later end, then the higher id).
            var victim: Int? = nil   // index into active; nil = the current interval
            var best = (nextUse(iv, after: iv.start), iv.end, iv.node.id)
            for (k, a) in active.enumerated() {
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
        return result
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
