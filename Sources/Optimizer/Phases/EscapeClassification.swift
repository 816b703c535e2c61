import JSEngine

/// How one use treats an allocation (the object itself, or a shape check passing it through).
enum AllocationUse: Equatable {
    /// A `checkShape` the allocation's shape passes: its result is the object again.
    case passingShapeCheck
    /// A field load from the object.
    case fieldLoad(slot: Int)
    /// A field store into the object.
    case fieldStore(slot: Int)
    /// The object is the value written into field `slot` of `container` (by a store, or as an
    /// allocation's initial field value): it escapes exactly when that container does.
    case storedInto(container: Node, slot: Int)
    /// An input of an `objectState`: part of what a deoptimization materializes.
    case describedForDeoptimization
    /// An effect phi merging the effect chain after it: ordering, not a use of the object.
    case effectOrder
    /// The object must exist: the reason.
    case escape(String)

    static func == (a: AllocationUse, b: AllocationUse) -> Bool {
        switch (a, b) {
        case (.passingShapeCheck, .passingShapeCheck), (.describedForDeoptimization, .describedForDeoptimization),
             (.effectOrder, .effectOrder):
            return true
        case (.fieldLoad(let x), .fieldLoad(let y)), (.fieldStore(let x), .fieldStore(let y)): return x == y
        case (.storedInto(let c, let x), .storedInto(let d, let y)): return c === d && x == y
        case (.escape(let x), .escape(let y)): return x == y
        default: return false
        }
    }
}

/// Escape analysis' first half (TurboFan's EscapeAnalysis, without its loop-carried virtual
/// objects): which `allocateObject` nodes never escape and may be replaced by their field
/// values. Each allocation's uses (and the uses of shape checks that pass it through) are
/// classified one by one (`classify`); then escapes propagate from containers to the objects
/// stored in them (`propagateEscapes`). Frame states do not make an object escape:
/// deoptimization materializes it, which needs the allocation to reach every frame state
/// that mentions it.
struct EscapeClassification {
    /// One allocation and its uses, by kind.
    struct Allocation {
        let node: Node
        let shape: ShapeRef
        /// The allocation, then the shape checks passing it through (all stand for the object).
        var aliases: [Node] = []
        var loads: [Node] = []
        var stores: [Node] = []
        var shapeChecks: [Node] = []
        /// Fields of other objects this object is written into, and the node writing it (a
        /// store, or an allocation taking it as an initial field value).
        var storedInto: [(container: Node, slot: Int, writer: Node)] = []
        /// The nodes whose frame states mention the object (directly or inside descriptions).
        var describedAt: [Node] = []
        /// Why the object must stay a real object; nil: it can be scalar-replaced.
        var escapeReason: String?
    }

    private(set) var allocations: [Allocation] = []
    /// The index in `allocations` of the object each alias node stands for, by node id.
    private(set) var allocationOfAlias: [Int: Int] = [:]
    /// Each node's index in its block, at construction.
    private var position: [Int: Int] = [:]

    /// Collects and classifies every live allocation of `graph` (before escapes propagate).
    init(graph: Graph, tree: DominatorTree) {
        for b in graph.blocks { for (k, n) in b.nodes.enumerated() { position[n.id] = k } }
        for n in graph.liveNodes {
            if case .allocateObject(let shape) = n.opcode { allocations.append(Allocation(node: n, shape: shape)) }
        }
        for i in allocations.indices { collectUses(of: i) }
        checkFrameStateReferences(graph, tree)
    }

    /// The allocation `node` stands for (the node itself or a shape check passing it through).
    func allocation(of node: Node) -> Allocation? {
        allocationOfAlias[node.id].map { allocations[$0] }
    }

    /// The allocations that do not escape.
    var virtualObjects: [Allocation] { allocations.filter { $0.escapeReason == nil } }

    // MARK: - Classifying uses

    /// What use `user`, reading the object at input `index`, does with an allocation of `shape`.
    static func classify(_ user: Node, inputIndex index: Int, shape: ShapeRef) -> AllocationUse {
        switch user.opcode {
        case .checkShape(let shapes):
            return shapes.contains(shape) ? .passingShapeCheck : .escape("checked for another shape")
        case .loadField(let slot):
            return slot >= 0 && slot < shape.shape.count ? .fieldLoad(slot: slot) : .escape("loaded outside its fields")
        case .storeField(let slot):
            if index == 1 { return .storedInto(container: user.inputs[0], slot: slot) }
            return slot >= 0 && slot < shape.shape.count ? .fieldStore(slot: slot) : .escape("stored outside its fields")
        case .allocateObject:
            return .storedInto(container: user, slot: index)
        case .objectState:
            return .describedForDeoptimization
        case .effectPhi:
            return .effectOrder
        case .return:
            return .escape("returned")
        case .throw:
            return .escape("thrown")
        case .phi:
            return .escape("merged into a phi")
        case .jsCall, .jsConstruct:
            return .escape("passed to a call")
        case .storeElement, .jsSetKeyed, .jsSetNamed:
            return .escape(index == 0 ? "written by a generic property store" : "stored into another object")
        case .jsStoreGlobal:
            return .escape("stored into a global")
        case .jsStoreContext:
            return .escape("stored into a context")
        case .jsBinary, .sameValue, .stringEqual, .referenceEqual, .numberEqual, .numberLessThan, .numberLessThanOrEqual:
            return .escape("compared or converted")
        case .jsGeneric(let instruction):
            switch instruction {
            case .storeGlobal, .storeGlobalLexical, .defineGlobalFunction: return .escape("stored into a global")
            case .storeContext, .storeContextChecked: return .escape("stored into a context")
            default: return .escape("passed to a generic operation")
            }
        case .branch:
            return .escape("tested by a branch")
        default:
            return .escape("used by \(user.opcode)")
        }
    }

    private mutating func collectUses(of i: Int) {
        var work = [allocations[i].node]
        var k = 0
        while k < work.count {
            let alias = work[k]
            k += 1
            allocations[i].aliases.append(alias)
            allocationOfAlias[alias.id] = i
            var seen: Set<Int> = []
            for user in alias.uses where !user.isDead && seen.insert(user.id).inserted {
                for index in user.inputs.indices where user.inputs[index] === alias {
                    switch EscapeClassification.classify(user, inputIndex: index, shape: allocations[i].shape) {
                    case .passingShapeCheck:
                        allocations[i].shapeChecks.append(user)
                        work.append(user)
                    case .fieldLoad: allocations[i].loads.append(user)
                    case .fieldStore: allocations[i].stores.append(user)
                    case .storedInto(let container, let slot): allocations[i].storedInto.append((container, slot, user))
                    case .describedForDeoptimization, .effectOrder: break
                    case .escape(let reason): markEscaping(i, reason)
                    }
                }
            }
        }
    }

    private mutating func markEscaping(_ i: Int, _ reason: String) {
        if allocations[i].escapeReason == nil { allocations[i].escapeReason = reason }
    }

    /// A frame state may describe the object only where the allocation has happened.
    private mutating func checkFrameStateReferences(_ graph: Graph, _ tree: DominatorTree) {
        func reaches(_ a: Node, _ n: Node) -> Bool {
            guard let ab = a.block, let nb = n.block else { return false }
            if ab === nb { return (position[a.id] ?? Int.max) < (position[n.id] ?? -1) }
            return tree.dominates(ab, nb)
        }
        for n in graph.liveNodes {
            var frame = n.frameState
            while let fs = frame {
                if let c = fs.context, let i = allocationOfAlias[c.id] { markEscaping(i, "used as a context") }
                for node in EscapeClassification.describedNodes(fs.registers.compactMap { $0 }) {
                    guard let i = allocationOfAlias[node.id] else { continue }
                    if !reaches(allocations[i].node, n) { markEscaping(i, "described where it is not allocated yet") }
                    if allocations[i].describedAt.last !== n { allocations[i].describedAt.append(n) }
                }
                frame = fs.parent
            }
        }
    }

    /// `entries` and, through object descriptions (each expanded once), every node they describe.
    static func describedNodes(_ entries: [Node]) -> [Node] {
        var out = entries
        var expanded: Set<Int> = []
        var k = 0
        while k < out.count {
            if case .objectState = out[k].opcode, expanded.insert(out[k].id).inserted { out += out[k].inputs }
            k += 1
        }
        return out
    }

    // MARK: - Propagating escapes

    /// Makes every object stored into an escaping container escape (unless its allocation can
    /// sink into that store), and the objects whose place in a container the field tracking
    /// cannot follow, until nothing changes.
    mutating func propagateEscapes(fields: VirtualObjectFields, faults: FaultSwitch) {
        for i in allocations.indices where fields.isUntracked(allocations[i].node) {
            markEscaping(i, "its field values cannot be tracked")
        }
        var changed = true
        while changed {
            changed = false
            for i in allocations.indices where allocations[i].escapeReason == nil {
                if let reason = containerEscapeReason(i, fields, faults) ?? containmentCycleReason(i) {
                    allocations[i].escapeReason = reason
                    changed = true
                }
            }
        }
    }

    /// Why an object stored into other objects must exist: a container that is not a
    /// non-escaping allocation (unless the allocation sinks into that store), or a field the
    /// analysis cannot describe without the object.
    private func containerEscapeReason(_ i: Int, _ fields: VirtualObjectFields, _ faults: FaultSwitch) -> String? {
        for (container, slot, _) in allocations[i].storedInto {
            guard let c = allocationOfAlias[container.id], allocations[c].escapeReason == nil else { continue }
            if c == i { return "stored into itself" }
            if allocations[c].loads.contains(where: { if case .loadField(slot) = $0.opcode { return true }; return false }) {
                return "loaded back out of the object it is stored in"
            }
            if fields.needsPhi(allocations[c].node, slot: slot) { return "merged at a join inside the object it is stored in" }
        }
        let escapingWriters = self.escapingWriters(allocations[i])
        guard !escapingWriters.isEmpty else { return nil }
        // Fault escape-analysis.store-to-escaping-object: every store into an escaping object is taken for a sinkable one.
        if sinksInto(i, escapingWriters) || faults.injected(.escapeAnalysisStoreToEscapingObject) { return nil }
        return escapingWriters.contains { allocationOfAlias[$0.container.id] == nil }
            ? "stored into an object that is not a local allocation" : "stored into an escaping object"
    }

    /// Where `a` is written into an object that must exist (not a non-escaping allocation):
    /// the writer, the container and the writer's input that holds `a`.
    func escapingWriters(_ a: Allocation) -> [(writer: Node, container: Node, input: Int)] {
        a.storedInto.compactMap { container, slot, writer in
            if let c = allocationOfAlias[container.id], allocations[c].escapeReason == nil { return nil }
            if case .storeField = writer.opcode { return (writer, container, 1) }
            return (writer, container, slot)
        }
    }

    /// Whether allocation `i` may move to its one store into an escaping object (partial
    /// escape analysis' materialization at the escape, as in Graal): the store is a field
    /// store in the allocation's block, nothing is stored into the object, and everything
    /// else that uses the object (loads, stores, shape checks, other containers, frame
    /// states) comes before the store. Then nothing can observe the object after the store
    /// but through the container, so a copy made there with the field values of that point is
    /// the object.
    private func sinksInto(_ i: Int, _ writers: [(writer: Node, container: Node, input: Int)]) -> Bool {
        let a = allocations[i]
        guard writers.count == 1, let store = writers.first?.writer, case .storeField = store.opcode,
              let home = a.node.block, store.block === home, let at = position[store.id] else { return false }
        if allocations.contains(where: { $0.storedInto.contains { allocationOfAlias[$0.container.id] == i } }) { return false }
        let others = a.loads + a.stores + a.shapeChecks + a.storedInto.map(\.writer) + a.describedAt
        return others.allSatisfy { n in
            n === store || (n.block === home && (position[n.id] ?? Int.max) < at)
        }
    }

    /// Objects stored into each other in a cycle cannot be described one inside the other.
    private func containmentCycleReason(_ i: Int) -> String? {
        var seen: Set<Int> = []
        var work = allocations[i].storedInto.compactMap { allocationOfAlias[$0.container.id] }
        while let c = work.popLast() {
            if c == i { return "stored into objects that contain it" }
            guard seen.insert(c).inserted else { continue }
            work += allocations[c].storedInto.compactMap { allocationOfAlias[$0.container.id] }
        }
        return nil
    }
}
