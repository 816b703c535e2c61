import JSEngine

/// The value each field of an allocation holds at each program point, for escape analysis:
/// every field is an SSA variable defined by the allocation (its initial value, or
/// undefined) and by each store into it. Within a block the last definition before a
/// point wins; at a block's entry the definitions reaching its predecessors' ends meet,
/// and where they differ the field needs a phi there. The meet is computed by iterating
/// over the blocks the allocation dominates in reverse postorder (loops included) until
/// nothing changes; phis are created only when a rewrite asks for a value that needs one.
///
/// Definitions are the defining nodes (a store's value is read when asked, so values that
/// later rewrites replace are followed). Program points are ordered by the block order at
/// construction: only nodes that existed then may be asked about.
final class VirtualObjectFields {
    /// What a field holds at a point: what a definition wrote, or the phi a block needs.
    enum Value: Equatable {
        case definedBy(Node)
        case phi(Block)

        static func == (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case (.definedBy(let x), .definedBy(let y)): return x === y
            case (.phi(let x), .phi(let y)): return x === y
            default: return false
            }
        }
    }

    private struct FieldKey: Hashable {
        let allocation: Int
        let slot: Int
    }

    private struct PhiKey: Hashable {
        let allocation: Int
        let slot: Int
        let block: Int
    }

    private let graph: Graph
    private var position: [Int: Int] = [:]
    /// Definitions of each field per block id, in block order.
    private var definitions: [FieldKey: [Int: [Node]]] = [:]
    /// The value at each block's entry, per field (absent: no definition reaches it).
    private var entryValues: [FieldKey: [Int: Value]] = [:]
    private var phis: [PhiKey: Node] = [:]
    private var untracked: Set<Int> = []
    private var undefinedValue: Node?

    /// Tracks the fields of each allocation, defined by the allocation and by `stores` into it.
    init(graph: Graph, tree: DominatorTree, allocations: [(node: Node, shape: ShapeRef, stores: [Node])]) {
        self.graph = graph
        for b in graph.blocks { for (k, n) in b.nodes.enumerated() { position[n.id] = k } }
        for a in allocations {
            guard let home = a.node.block else { untracked.insert(a.node.id); continue }
            var byBlock: [FieldKey: [Int: [Node]]] = [:]
            for slot in 0..<a.shape.shape.count {
                byBlock[FieldKey(allocation: a.node.id, slot: slot), default: [:]][home.id, default: []].append(a.node)
            }
            for store in a.stores {
                guard case .storeField(let slot) = store.opcode, let b = store.block else { continue }
                byBlock[FieldKey(allocation: a.node.id, slot: slot), default: [:]][b.id, default: []].append(store)
            }
            for (key, blocks) in byBlock {
                definitions[key] = blocks.mapValues { $0.sorted { (position[$0.id] ?? 0) < (position[$1.id] ?? 0) } }
            }
            let region = tree.reversePostorder.filter { $0 !== home && tree.dominates(home, $0) }
            for slot in 0..<a.shape.shape.count {
                let key = FieldKey(allocation: a.node.id, slot: slot)
                if !solve(key, home: home, region: region, tree: tree) { untracked.insert(a.node.id) }
            }
        }
    }

    /// Whether some field of `allocation` could not be followed (the object must stay real).
    func isUntracked(_ allocation: Node) -> Bool { untracked.contains(allocation.id) }

    /// Whether field `slot` of `allocation` needs a phi somewhere.
    func needsPhi(_ allocation: Node, slot: Int) -> Bool {
        (entryValues[FieldKey(allocation: allocation.id, slot: slot)] ?? [:]).values.contains {
            if case .phi = $0 { return true }
            return false
        }
    }

    /// What field `slot` of `allocation` holds just before `point` (nil: unknown there).
    func value(of allocation: Node, slot: Int, before point: Node) -> Value? {
        let key = FieldKey(allocation: allocation.id, slot: slot)
        guard let b = point.block, let p = position[point.id], !untracked.contains(allocation.id) else { return nil }
        if let d = (definitions[key]?[b.id] ?? []).last(where: { (position[$0.id] ?? Int.max) < p }) { return .definedBy(d) }
        return entryValues[key]?[b.id]
    }

    /// What field `slot` of `allocation` holds once the object is initialized: the last write
    /// of that field among the stores into the object that directly follow the allocation on
    /// the effect chain (an object literal's initializations), or the allocation's own value.
    func initializedValue(of allocation: Node, slot: Int) -> Value {
        var value = Value.definedBy(allocation)
        var cur = allocation
        for _ in 0..<allocation.uses.count {
            guard let next = cur.uses.first(where: { u in
                guard !u.isDead, u.effect === cur, case .storeField = u.opcode else { return false }
                return u.inputs.first === allocation
            }), case .storeField(let s) = next.opcode else { break }
            if s == slot { value = .definedBy(next) }
            cur = next
        }
        return value
    }

    /// The node a definition wrote, when it exists without changing the graph (nil: the
    /// implicit undefined of an allocation without that input, or a phi).
    func existingNode(for value: Value, slot: Int) -> Node? {
        guard case .definedBy(let d) = value else { return nil }
        switch d.opcode {
        case .storeField: return d.inputs.count > 1 ? d.inputs[1] : nil
        default: return slot < d.inputs.count ? d.inputs[slot] : nil
        }
    }

    /// The node for `value` of field `slot` of `allocation`, creating the undefined constant
    /// or the phis it needs: call only inside a rewrite.
    func node(for value: Value, of allocation: Node, slot: Int) -> Node {
        switch value {
        case .definedBy:
            return existingNode(for: value, slot: slot) ?? undefined()
        case .phi(let block):
            let key = PhiKey(allocation: allocation.id, slot: slot, block: block.id)
            if let existing = phis[key] { return existing }
            let phi = graph.addPhi([], in: block)
            phi.typedBy = graph.currentPhase
            phis[key] = phi   // before its inputs: a loop's phi feeds itself
            for pred in block.predecessors {
                let input = endValue(FieldKey(allocation: allocation.id, slot: slot), pred, home: allocation.block)
                graph.appendInput(phi, input.map { node(for: $0, of: allocation, slot: slot) } ?? undefined())
            }
            return phi
        }
    }

    // MARK: - Solving

    private func endValue(_ key: FieldKey, _ b: Block, home: Block?) -> Value? {
        if let d = definitions[key]?[b.id]?.last { return .definedBy(d) }
        return b === home ? nil : entryValues[key]?[b.id]
    }

    /// Iterates the entry values over `region` (the blocks the allocation strictly dominates,
    /// in reverse postorder) until they are stable; false when they do not settle.
    private func solve(_ key: FieldKey, home: Block, region: [Block], tree: DominatorTree) -> Bool {
        var values: [Int: Value] = [:]
        let members = Set(region.map(\.id))
        for _ in 0..<(4 * region.count + 4) {
            var changed = false
            for b in region {
                var incoming: [Value] = []
                for p in b.predecessors where tree.isReachable(p) {
                    guard p === home || members.contains(p.id) else { return false }
                    if let d = definitions[key]?[p.id]?.last {
                        incoming.append(.definedBy(d))
                    } else if p !== home, let v = values[p.id] {
                        incoming.append(v)
                    }
                }
                let new: Value? = incoming.first.map { first in incoming.allSatisfy { $0 == first } ? first : .phi(b) }
                if new != values[b.id] {
                    values[b.id] = new
                    changed = true
                }
            }
            if !changed {
                entryValues[key] = values
                return true
            }
        }
        return false
    }

    private func undefined() -> Node {
        if let u = undefinedValue, !u.isDead { return u }
        let entry = graph.entry
        if let existing = entry.nodes.first(where: { if case .constant(.undefined) = $0.opcode { return true }; return false }) {
            undefinedValue = existing
            return existing
        }
        let u = graph.add(.constant(.undefined), in: nil)
        u.type = .undefined
        u.typedBy = graph.currentPhase
        // Early in the entry block, so it dominates every use.
        graph.place(u, in: entry, before: entry.nodes.first { if case .start = $0.opcode { return false }; return true })
        undefinedValue = u
        return u
    }
}
