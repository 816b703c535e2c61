import JSEngine

/// The rewrites of escape analysis over the objects `EscapeClassification` found virtual
/// (TurboFan's EscapeAnalysisReducer): frame states describe them, loads become field
/// values, shape checks go, then stores and allocations once nothing reads the object.
struct ScalarReplacement {
    let ctx: PhaseContext
    let classification: EscapeClassification
    let fields: VirtualObjectFields
    /// Object descriptions made so far, by block, object and inputs (one serves every
    /// later frame state of the block that sees the same field values).
    private var descriptions: [String: Node] = [:]

    init(ctx: PhaseContext, classification: EscapeClassification, fields: VirtualObjectFields) {
        self.ctx = ctx
        self.classification = classification
        self.fields = fields
    }

    var graph: Graph { ctx.graph }

    /// The virtual object `node` stands for (an allocation or a shape check passing one through).
    func virtualObject(_ node: Node) -> EscapeClassification.Allocation? {
        guard let a = classification.allocation(of: node), a.escapeReason == nil else { return nil }
        return a
    }

    // MARK: - Frame states

    /// A frame-state entry as it must read after the rewrite.
    indirect enum Description {
        /// The entry stays as it is.
        case unchanged(Node)
        /// A field value that is not an object (made into a node inside the rewrite).
        case field(VirtualObjectFields.Value, allocation: Node, slot: Int)
        /// An object to materialize on deoptimization.
        case object(shape: ShapeRef, id: Int, fields: [Description])

        var isUnchanged: Bool { if case .unchanged = self { return true }; return false }
    }

    /// The frame-state description step: every node whose frame state mentions a virtual
    /// object gets a frame state that describes the object with its field values at that
    /// node. Nodes this phase removes anyway (the objects' loads and shape checks, the
    /// allocations) keep theirs; stores into the objects do not, as they stay when their
    /// object cannot be removed, and a frame state left mentioning an allocation keeps it.
    mutating func describeVirtualObjectsInFrameStates(removing virtual: [EscapeClassification.Allocation]) {
        var removed: Set<Int> = []
        for a in virtual { for n in [a.node] + a.loads + a.shapeChecks { removed.insert(n.id) } }
        for n in graph.liveNodes where !removed.contains(n.id) {
            guard let fs = n.frameState, let planned = describe(fs, at: n) else { continue }
            ctx.rewrite("describe-virtual-object-in-frame-state", at: n) {
                let (rebuilt, made) = build(fs, planned, at: n)
                n.frameState = rebuilt
                return [n] + made
            }
        }
    }

    /// The new entries of `fs` and its parents at `point` (nil entries: undefined registers),
    /// or nil when nothing changes or some object cannot be described there.
    func describe(_ fs: FrameState, at point: Node) -> [[Description?]]? {
        var frames: [[Description?]] = []
        var frame: FrameState? = fs
        var changes = false
        while let f = frame {
            var entries: [Description?] = []
            for r in f.registers {
                guard let r = r else { entries.append(nil); continue }
                guard let d = describe(r, at: point, depth: 0) else { return nil }
                if !d.isUnchanged { changes = true }
                entries.append(d)
            }
            frames.append(entries)
            frame = f.parent
        }
        return changes ? frames : nil
    }

    /// How `value` must appear in a frame state at `point` (nil: it cannot be described);
    /// `forDeoptimization` false: for a copy of the object made in the code itself.
    func describe(_ value: Node, at point: Node, depth: Int, forDeoptimization: Bool = true) -> Description? {
        guard depth < DeoptValue.maximumNesting else { return nil }
        if let a = virtualObject(value) {
            var described: [Description] = []
            for slot in 0..<a.shape.shape.count {
                // The value the field holds at this program point, not the one it was allocated with.
                guard let current = fields.value(of: a.node, slot: slot, before: point) else { return nil }
                let initialized = fields.initializedValue(of: a.node, slot: slot)
                // Fault escape-analysis.deopt-materializes-initial-values: deoptimization gets the initialized value.
                let stale = forDeoptimization && ctx.faults.injected(.escapeAnalysisDeoptMaterializesInitialValues,
                                                                   applies: current != initialized)
                let v = stale ? initialized : current
                if let stored = fields.existingNode(for: v, slot: slot), virtualObject(stored) != nil {
                    guard let nested = describe(stored, at: point, depth: depth + 1,
                                                forDeoptimization: forDeoptimization) else { return nil }
                    described.append(nested)
                } else {
                    described.append(.field(v, allocation: a.node, slot: slot))
                }
            }
            return .object(shape: a.shape, id: a.node.id, fields: described)
        }
        if case .objectState(let shape, let id) = value.opcode {
            var described: [Description] = []
            for input in value.inputs {
                guard let d = describe(input, at: point, depth: depth + 1, forDeoptimization: forDeoptimization) else { return nil }
                described.append(d)
            }
            return described.allSatisfy(\.isUnchanged) ? .unchanged(value) : .object(shape: shape, id: id, fields: described)
        }
        return .unchanged(value)
    }

    /// A copy of `fs` (and its parents) with `planned` entries; returns the nodes it made.
    private mutating func build(_ fs: FrameState, _ planned: [[Description?]], at point: Node) -> (FrameState, [Node]) {
        var made: [Node] = []
        var frames: [FrameState] = []
        var frame: FrameState? = fs
        while let f = frame { frames.append(f); frame = f.parent }
        var parent: FrameState?
        for (f, entries) in zip(frames, planned).reversed() {
            var registers = f.registers
            for (k, entry) in entries.enumerated() where k < registers.count {
                guard let d = entry, !d.isUnchanged else { continue }
                registers[k] = node(for: d, at: point, made: &made)
            }
            parent = f.copy(registers: registers, parent: parent)
        }
        return (parent ?? fs, made)
    }

    private mutating func node(for d: Description, at point: Node, made: inout [Node]) -> Node {
        switch d {
        case .unchanged(let n):
            return n
        case .field(let v, let allocation, let slot):
            return fields.node(for: v, of: allocation, slot: slot)
        case .object(let shape, let id, let described):
            let inputs = described.map { node(for: $0, at: point, made: &made) }
            let key = "\(point.block?.id ?? -1):\(id):" + inputs.map { String($0.id) }.joined(separator: ",")
            if let existing = descriptions[key], !existing.isDead { return existing }
            let state = graph.add(.objectState(shape, object: id), inputs, in: nil, position: point.position,
                                  bytecodeOffset: point.bytecodeOffset)
            state.type = IRType(kinds: .object)
            state.typedBy = ctx.phase
            if let b = point.block { graph.place(state, in: b, before: point) }
            descriptions[key] = state
            made.append(state)
            return state
        }
    }

    // MARK: - Loads and shape checks

    /// Each load of a virtual object becomes the value its field holds at the load.
    func replaceLoads(of virtual: [EscapeClassification.Allocation]) {
        for a in virtual {
            for load in a.loads where !load.isDead {
                guard case .loadField(let slot) = load.opcode,
                      let v = fields.value(of: a.node, slot: slot, before: load) else { continue }
                ctx.rewrite("replace-load-with-field-value", at: load) {
                    let value = fields.node(for: v, of: a.node, slot: slot)
                    detachFromEffectChain(load, in: graph)
                    graph.replaceAllUses(of: load, with: value)
                    graph.kill(load)
                    return [value]
                }
            }
        }
    }

    /// A shape check of a virtual object always passes (its shape never changes): it goes.
    func removeShapeChecks(of virtual: [EscapeClassification.Allocation]) {
        for a in virtual {
            for check in a.shapeChecks where !check.isDead {
                guard let object = check.inputs.first else { continue }
                ctx.rewrite("remove-shape-check-of-virtual-object", at: check) {
                    detachFromEffectChain(check, in: graph)
                    graph.replaceAllUses(of: check, with: object)
                    graph.kill(check)
                    return [object]
                }
            }
        }
    }

    // MARK: - Materialization at escaping stores

    /// Each store of a virtual object into an object that must exist (the allocation sank
    /// into it, see `EscapeClassification.sinksInto`) writes a new object instead, allocated
    /// just before the store with the field values of that point (nested virtual objects
    /// allocated the same way, first).
    mutating func materializeAtEscapingStores(of virtual: [EscapeClassification.Allocation]) {
        for a in virtual {
            for (writer, _, input) in classification.escapingWriters(a) where !writer.isDead && input < writer.inputs.count {
                guard let planned = describe(a.node, at: writer, depth: 0, forDeoptimization: false) else { continue }
                ctx.rewrite("materialize-at-escaping-store", at: writer) {
                    var made: [Node] = []
                    let copy = allocation(for: planned, before: writer, made: &made)
                    graph.setInput(writer, input, copy)
                    return made
                }
            }
        }
    }

    /// The node for `d` just before `point`: an `allocateObject` with its field values for an
    /// object (on the effect chain before `point`).
    private func allocation(for d: Description, before point: Node, made: inout [Node]) -> Node {
        switch d {
        case .unchanged(let n):
            return n
        case .field(let v, let allocation, let slot):
            return fields.node(for: v, of: allocation, slot: slot)
        case .object(let shape, _, let described):
            let inputs = described.map { allocation(for: $0, before: point, made: &made) }
            let object = graph.add(.allocateObject(shape), inputs, effect: point.effect, in: nil, position: point.position,
                                   bytecodeOffset: point.bytecodeOffset)
            object.type = IRType(kinds: .object)
            object.typedBy = ctx.phase
            if let b = point.block { graph.place(object, in: b, before: point) }
            graph.setEffect(point, object)
            made.append(object)
            return object
        }
    }

    // MARK: - Stores and allocations

    /// Removes the stores and then the allocation of every virtual object nothing reads any
    /// more, repeating while that frees further objects (the ones stored in removed ones).
    func removeAllocations(_ virtual: [EscapeClassification.Allocation]) {
        var attempted: Set<Int> = []
        var progress = true
        while progress {
            progress = false
            for a in virtual where !a.node.isDead && !attempted.contains(a.node.id) && isUnobserved(a.node) {
                attempted.insert(a.node.id)
                var storesRemoved = true
                for store in a.stores where !store.isDead {
                    let removed = ctx.rewrite("remove-store-to-virtual-object", at: store) {
                        detachFromEffectChain(store, in: graph)
                        graph.kill(store)
                        return []
                    }
                    if !removed { storesRemoved = false }
                }
                guard storesRemoved else { continue }
                let stale = staleDescriptions(of: a.node)
                let removed = ctx.rewrite("scalar-replace-allocation", at: a.node) {
                    var left = stale
                    while let k = left.firstIndex(where: { s in s.uses.allSatisfy(\.isDead) }) { graph.kill(left.remove(at: k)) }
                    detachFromEffectChain(a.node, in: graph)
                    graph.kill(a.node)
                    return []
                }
                if removed { progress = true }
            }
        }
    }

    /// Whether only stores into the object itself, and descriptions no frame state uses any
    /// more, still refer to the allocation: then its memory is never read again.
    private func isUnobserved(_ allocation: Node) -> Bool {
        let described = Set(describedNodes().map(\.id))
        if described.contains(allocation.id) { return false }
        for user in allocation.uses where !user.isDead {
            switch user.opcode {
            case .storeField:
                if user.inputs.count < 2 || user.inputs[0] !== allocation || user.inputs[1] === allocation { return false }
            case .objectState:
                if described.contains(user.id) { return false }
            case .effectPhi:
                continue
            default:
                if user.inputs.contains(where: { $0 === allocation }) { return false }
            }
        }
        return true
    }

    /// Every node the live frame states mention, through object descriptions too.
    private func describedNodes() -> [Node] {
        var entries: [Node] = []
        for n in graph.liveNodes {
            var frame = n.frameState
            while let fs = frame {
                entries += fs.registers.compactMap { $0 }
                if let c = fs.context { entries.append(c) }
                frame = fs.parent
            }
        }
        return EscapeClassification.describedNodes(entries)
    }

    /// The object descriptions (no longer used by frame states) that mention `allocation`,
    /// directly or through each other.
    private func staleDescriptions(of allocation: Node) -> [Node] {
        var out: [Node] = []
        var work = [allocation]
        var seen: Set<Int> = []
        while let n = work.popLast() {
            for user in n.uses where !user.isDead && seen.insert(user.id).inserted {
                if case .objectState = user.opcode {
                    out.append(user)
                    work.append(user)
                }
            }
        }
        return out.sorted { $0.id < $1.id }
    }
}
