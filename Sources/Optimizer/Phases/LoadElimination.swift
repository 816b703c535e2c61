import JSEngine

/// Forwards stored values to later loads and reuses earlier loads of the same memory.
/// Mirrors V8 TurboFan's `LoadElimination` (and LLVM GVN's load forwarding, without PRE):
/// each block is walked along its effect chain with an abstract state of known field
/// values (object, slot → value), element values (array, index → value) and array lengths;
/// blocks are visited in reverse postorder, a block starts with its predecessor's final state,
/// at a merge with the facts all predecessors agree on, and at a loop header with none.
/// - `storeField` of `v` makes a later `loadField` of the same object and slot give `v`
///   ("forward-store-to-load"); a repeated load reuses the first ("reuse-earlier-load");
///   the same for `loadElement`/`storeElement` with identical array and index nodes and
///   for `arrayLength`.
/// - a `storeField` to slot s forgets slot s of every object that may alias (distinct
///   allocations never do); any element store forgets all element and length facts; calls,
///   generic JS operations and other unknown effects forget everything.
public struct LoadElimination: OptimizationPhase {
    public let id = "load-elimination"
    public init() {}

    struct Fact {
        let object: Node       // guard-stripped object
        let key: Node?         // the index for elements (guard-stripped)
        let slot: Int          // field slot; -1 elements; -2 array length
        let value: Node
        let fromStore: Bool
    }

    public func run(_ ctx: PhaseContext) {
        let g = ctx.graph
        let tree = DominatorTree(g)
        var stateAtEnd: [Int: [Fact]] = [:]
        // Reverse postorder: every predecessor except loop back edges comes first.
        for block in tree.reversePostorder {
            var facts: [Fact] = []
            let preds = block.predecessors.filter { tree.isReachable($0) }
            let states = preds.compactMap { stateAtEnd[$0.id] }
            if let first = states.first, states.count == preds.count {
                // A merge keeps the facts every predecessor ends with (the same nodes); a loop
                // header (whose back edge is not done yet) starts empty.
                facts = first.filter { f in
                    states.dropFirst().allSatisfy { other in
                        other.contains { $0.slot == f.slot && $0.object === f.object && $0.key === f.key && $0.value === f.value }
                    }
                }
            }
            for n in block.nodes where !n.isDead {
                guard n.opcode.isEffectful else { continue }
                switch n.opcode {
                case .loadField(let slot):
                    guard let o = guardedRoot(n.inputs.first) else { continue }
                    if let f = facts.first(where: { $0.slot == slot && $0.object === o }), !f.value.isDead,
                       replaceLoad(n, with: f.value, rule: f.fromStore ? "forward-store-to-load" : "reuse-earlier-load", ctx) {
                        continue
                    }
                    facts.append(Fact(object: o, key: nil, slot: slot, value: n, fromStore: false))
                case .storeField(let slot):
                    guard n.inputs.count >= 2, let o = guardedRoot(n.inputs[0]) else { facts.removeAll(); continue }
                    facts.removeAll { $0.slot == slot && LoadElimination.mayAlias($0.object, o) }
                    facts.append(Fact(object: o, key: nil, slot: slot, value: n.inputs[1], fromStore: true))
                case .loadElement:
                    guard n.inputs.count >= 2, let a = guardedRoot(n.inputs[0]), let i = guardedRoot(n.inputs[1]) else { continue }
                    if let f = facts.first(where: { $0.slot == -1 && $0.object === a && $0.key === i }), !f.value.isDead,
                       replaceLoad(n, with: f.value, rule: f.fromStore ? "forward-store-to-load" : "reuse-earlier-load", ctx) {
                        continue
                    }
                    facts.append(Fact(object: a, key: i, slot: -1, value: n, fromStore: false))
                case .storeElement:
                    facts.removeAll { $0.slot == -1 || $0.slot == -2 }
                    if n.inputs.count >= 3, let a = guardedRoot(n.inputs[0]), let i = guardedRoot(n.inputs[1]) {
                        facts.append(Fact(object: a, key: i, slot: -1, value: n.inputs[2], fromStore: true))
                    }
                case .arrayLength:
                    guard let a = guardedRoot(n.inputs.first) else { continue }
                    if let f = facts.first(where: { $0.slot == -2 && $0.object === a }), !f.value.isDead,
                       replaceLoad(n, with: f.value, rule: "reuse-earlier-load", ctx) {
                        continue
                    }
                    facts.append(Fact(object: a, key: nil, slot: -2, value: n, fromStore: false))
                case .storeTypedElement:
                    // Typed-array memory is separate from fields; forget element facts to be safe.
                    facts.removeAll { $0.slot == -1 }
                case .checkShape, .checkElementsKind, .checkNoPrototypeElements, .allocateObject, .loadTypedElement, .typedArrayLength,
                     .jsCreateObject, .jsCreateArray, .jsLoadContext, .jsStoreContext:
                    break   // read-only or fresh allocations: no known memory changes
                default:
                    facts.removeAll()   // calls, generic JS operations, unknown effects
                }
            }
            stateAtEnd[block.id] = facts
        }
    }

    /// Whether two (guard-stripped) object nodes may be the same object at run time.
    static func mayAlias(_ a: Node, _ b: Node) -> Bool {
        if a === b { return true }
        return !(isFreshAllocation(a) && isFreshAllocation(b))
    }

    static func isFreshAllocation(_ n: Node) -> Bool {
        switch n.opcode {
        case .allocateObject: return true
        default: return false
        }
    }

    private func replaceLoad(_ load: Node, with value: Node, rule: String, _ ctx: PhaseContext) -> Bool {
        let g = ctx.graph
        return ctx.rewrite(rule, at: load) {
            detachFromEffectChain(load, in: g)
            g.replaceAllUses(of: load, with: value)
            g.kill(load)
            return [value]
        }
    }
}
