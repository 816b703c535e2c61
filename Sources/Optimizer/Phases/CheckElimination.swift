import JSEngine

/// Removes speculation guards that an earlier guard already established. Mirrors V8
/// TurboFan's `RedundancyElimination` (and its `CheckpointElimination` for the effect-chain
/// part): blocks are walked in dominator-tree preorder; a guard dominated by a guard that
/// checks the same (or a stronger) fact about the same underlying value is replaced by the
/// dominating guard and removed. Guards look through other guards to the value they check.
/// - value guards (int32, number, string, boolean, not-hole, bounds, call target, int32
///   overflow): any dominating guard suffices; `checkInt32` implies `checkNumber`;
/// - map guards (`checkShape`, `checkElementsKind`): only when no effectful node that may
///   change that object's shape or elements kind lies between them on the effect chain
///   (`MapEffect`: calls and generic operations may change any; an element store or push may
///   generalize the kind of arrays that may alias its array, by the stored value's type;
///   field stores, loads and pops change none); facts are tracked along each block and
///   carried only across single-predecessor edges.
/// Rules: "remove-dominated-check", "merge-nested-check", "remove-implied-check",
/// "remove-dominated-map-check". When guards were removed, pure nodes that became equal
/// (`a * b` over two copies of the same guards) are merged by rerunning value numbering
/// (gvn's "merge-equivalent-value", attributed to gvn and skipped when gvn is switched
/// off), as TurboFan's reducers run together to a fixpoint.
public struct CheckElimination: OptimizationPhase {
    public let id = "check-elimination"
    public init() {}

    /// A map fact: `root` is known to have one of `shapes` (or `kinds`), established by `guardNode`.
    struct MapFact {
        let root: Node
        let shapes: [ShapeRef]?
        let kinds: [ElementsKind]?
        let guardNode: Node
    }

    public func run(_ ctx: PhaseContext) {
        let g = ctx.graph
        let tree = g.dominatorTree
        var valueFacts: [String: Node] = [:]
        var mapFactsAtEnd: [Int: [MapFact]] = [:]
        var removed = 0
        tree.walk(enter: { block -> [String] in
            var added: [String] = []
            var maps: [MapFact] = []
            if block.predecessors.count == 1, let p = tree.immediateDominator(of: block), block.predecessors[0] === p {
                maps = mapFactsAtEnd[p.id] ?? []
            }
            for n in block.nodes where !n.isDead {
                if let keys = CheckElimination.valueFactKeys(n) {
                    // The first key is the guard's own fact; later keys are facts it implies.
                    var found: Node?
                    var rule = "remove-dominated-check"
                    if let d = valueFacts[keys.own], d !== n, !d.isDead {
                        found = d
                        if CheckElimination.valueFactKeys(d)?.own != keys.own { rule = "remove-implied-check" }
                    } else if let weaker = keys.impliedBy, let d = valueFacts[weaker], d !== n, !d.isDead {
                        found = d
                        rule = "remove-implied-check"
                    }
                    if let d = found {
                        if n.inputs.first === d { rule = "merge-nested-check" }
                        let applied = ctx.rewrite(rule, at: n) {
                            g.replaceAllUses(of: n, with: d)
                            g.kill(n)
                            return [d]
                        }
                        if applied {
                            removed += 1
                            continue
                        }
                    }
                    for k in [keys.own] + keys.implies where valueFacts[k] == nil {
                        valueFacts[k] = n
                        added.append(k)
                    }
                    continue
                }
                switch n.opcode {
                case .checkShape(let shapes):
                    let root = guardedRoot(n.inputs.first)
                    if let r = root, let d = maps.first(where: { f in
                        f.root === r && f.shapes.map { known in known.allSatisfy { shapes.contains($0) } } == true
                    })?.guardNode, !d.isDead {
                        if removeMapCheck(n, replacement: d, ctx) {
                            removed += 1
                            continue
                        }
                    }
                    if let r = root { maps.append(MapFact(root: r, shapes: shapes, kinds: nil, guardNode: n)) }
                case .checkElementsKind(let kinds):
                    let root = guardedRoot(n.inputs.first)
                    if let r = root, let d = maps.first(where: { f in
                        f.root === r && f.kinds.map { known in known.allSatisfy { kinds.contains($0) } } == true
                    })?.guardNode, !d.isDead {
                        if removeMapCheck(n, replacement: d, ctx) {
                            removed += 1
                            continue
                        }
                    }
                    if let r = root { maps.append(MapFact(root: r, shapes: nil, kinds: kinds, guardNode: n)) }
                default:
                    if n.opcode.isEffectful { invalidateMapFacts(&maps, by: n, ctx) }
                }
            }
            mapFactsAtEnd[block.id] = maps
            return added
        }, exit: { added in
            for k in added { valueFacts[k] = nil }
        })
        // Value numbering's rewrites are gvn's (numbered and limited as gvn's, and off with it).
        if removed > 0 && Pipeline(options: ctx.options, phases: []).isEnabled("gvn") {
            let gvn = PhaseContext(graph: g, log: ctx.log, options: ctx.options, phase: "gvn", builtins: ctx.builtins)
            let phase = g.currentPhase
            g.currentPhase = gvn.phase
            GlobalValueNumbering.valueNumber(gvn)
            g.currentPhase = phase
        }
    }

    /// Drops the map facts effectful node `n` may invalidate (`MapEffect`).
    private func invalidateMapFacts(_ maps: inout [MapFact], by n: Node, _ ctx: PhaseContext) {
        let effect = MapEffect(n)
        let invalidated = { (f: MapFact) in effect.invalidates(root: f.root, shapes: f.shapes, kinds: f.kinds) }
        switch effect {
        case .none:
            return
        case .kinds:
            // check-elimination.elements-kind-after-store: a store is taken to keep every array's elements kind.
            if ctx.faults.injected(.checkEliminationElementsKindAfterStore, applies: maps.contains(where: invalidated)) { return }
            maps.removeAll(where: invalidated)
        case .all:
            var isCall = false
            switch n.opcode {
            case .jsCall, .jsConstruct: isCall = true
            default: break
            }
            // check-elimination.shape-check-across-call: a call is taken to leave shapes alone.
            let keepShapes = isCall && ctx.faults.injected(.checkEliminationShapeCheckAcrossCall,
                                                           applies: maps.contains { $0.shapes != nil })
            maps.removeAll { !(keepShapes && $0.shapes != nil) }
        }
    }

    private func removeMapCheck(_ n: Node, replacement d: Node, _ ctx: PhaseContext) -> Bool {
        let g = ctx.graph
        return ctx.rewrite("remove-dominated-map-check", at: n) {
            detachFromEffectChain(n, in: g)
            g.replaceAllUses(of: n, with: d)
            g.kill(n)
            return [d]
        }
    }

    /// For a value guard: the key of the fact it checks, a stronger fact's key that makes it
    /// redundant too, and the weaker facts it implies. Nil for other nodes.
    static func valueFactKeys(_ n: Node) -> (own: String, impliedBy: String?, implies: [String])? {
        func key(_ name: String) -> String? {
            guard !n.inputs.isEmpty else { return nil }
            let ids = n.inputs.map { (guardedRoot($0) ?? $0).id }
            return name + "(" + ids.map(String.init).joined(separator: ",") + ")"
        }
        switch n.opcode {
        case .checkInt32:
            guard let own = key("Int32"), let number = key("Number") else { return nil }
            return (own, nil, [number])
        case .checkNumber:
            guard let own = key("Number"), let int32 = key("Int32") else { return nil }
            return (own, int32, [])
        case .checkString: return key("String").map { ($0, nil, []) }
        case .checkBoolean: return key("Boolean").map { ($0, nil, []) }
        case .checkNotHole: return key("NotHole").map { ($0, nil, []) }
        case .checkReceiver(let orNullish):
            // A receiver passes CheckReceiverOrNullOrUndefined as well.
            guard let receiver = key("Receiver"), let wider = key("ReceiverOrNullish") else { return nil }
            return orNullish ? (wider, receiver, []) : (receiver, nil, [wider])
        case .checkTypedArray(let k): return key("TypedArray[\(k)]").map { ($0, nil, []) }
        case .checkBounds: return key("Bounds").map { ($0, nil, []) }
        case .checkInt32NoOverflow: return key("NoOverflow").map { ($0, nil, []) }
        case .checkCallTarget(let o):
            return key("CallTarget[o\(ObjectIdentifier(o.object).hashValue)]").map { ($0, nil, []) }
        default:
            return nil
        }
    }
}

/// The value a chain of guards passes through (a guard's value is its checked input; a
/// bounds check's value is its index).
func guardedRoot(_ n: Node?) -> Node? {
    var cur = n
    var steps = 0
    while let c = cur, steps < 64 {
        switch c.opcode {
        case .checkInt32, .checkNumber, .checkString, .checkBoolean, .checkNotHole, .checkReceiver, .checkTypedArray,
             .checkShape, .checkElementsKind, .checkCallTarget, .checkInt32NoOverflow, .checkBounds, .checkNoPrototypeElements:
            guard let next = c.inputs.first else { return c }
            cur = next
            steps += 1
        default:
            return c
        }
    }
    return cur
}
