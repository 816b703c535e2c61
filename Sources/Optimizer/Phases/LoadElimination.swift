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
///   allocations never do); an element store (in bounds: its index was checked against the
///   length) forgets the elements of arrays that may alias at indices that may be equal
///   (two different constants, or indices of disjoint ranges, never are); `ArrayPush` and
///   `ArrayPop` forget the lengths and elements of arrays that may alias, and nothing about
///   object fields; calls, generic JS operations and other unknown effects forget everything.
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
        let tree = g.dominatorTree
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
                    guard n.inputs.count >= 3, let a = guardedRoot(n.inputs[0]), let i = guardedRoot(n.inputs[1]) else {
                        facts.removeAll { $0.slot == -1 }
                        continue
                    }
                    let overwritten = { (f: Fact) in
                        f.slot == -1 && LoadElimination.mayAlias(f.object, a) && LoadElimination.mayBeSameIndex(f.key, i)
                    }
                    // load-elimination.element-alias-by-node: an element counts as overwritten only at the same index node.
                    if ctx.faults.injected(.loadEliminationElementAliasByNode, applies: facts.contains { overwritten($0) && $0.key !== i }) {
                        facts.removeAll { overwritten($0) && $0.key === i }
                    } else {
                        facts.removeAll(where: overwritten)
                    }
                    facts.append(Fact(object: a, key: i, slot: -1, value: n.inputs[2], fromStore: true))
                case .arrayPush, .arrayPop:
                    guard let a = guardedRoot(n.inputs.first) else {
                        facts.removeAll { $0.slot == -1 || $0.slot == -2 }
                        continue
                    }
                    let resized = { (f: Fact) in (f.slot == -1 || f.slot == -2) && LoadElimination.mayAlias(f.object, a) }
                    // load-elimination.length-survives-push: the cached length of the array is kept.
                    let keepLength = ctx.faults.injected(.loadEliminationLengthSurvivesPush,
                                                         applies: facts.contains { resized($0) && $0.slot == -2 })
                    facts.removeAll { resized($0) && !(keepLength && $0.slot == -2) }
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
                     .elementsCapacity,
                     .jsCreateObject, .jsCreateArray, .jsLoadContext, .jsStoreContext:
                    break   // read-only or fresh allocations: no known memory changes
                case let op where onlyReadsMemory(op):
                    break   // global loads, primitive conversions and tests
                case .jsCall, .jsConstruct:
                    // load-elimination.call-does-not-kill: a call that was not inlined is taken to leave memory alone.
                    if ctx.faults.injected(.loadEliminationCallDoesNotKill, applies: !facts.isEmpty) { continue }
                    facts.removeAll()   // the callee may write anything
                default:
                    facts.removeAll()   // generic JS operations, unknown effects
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

    /// Whether two (guard-stripped) index nodes may hold the same index at run time: the
    /// same node, or nodes whose values neither constants nor types tell apart.
    static func mayBeSameIndex(_ a: Node?, _ b: Node?) -> Bool {
        guard let a = a, let b = b else { return true }
        if a === b { return true }
        if case .constant(.number(let x)) = a.opcode, case .constant(.number(let y)) = b.opcode { return x == y }
        let ta = a.type, tb = b.type
        let plainRanges = ta.isNumberOnly && tb.isNumberOnly && !ta.maybeNaN && !tb.maybeNaN
            && !ta.maybeMinusZero && !tb.maybeMinusZero   // -0 indexes element 0
        if plainRanges && (ta.max < tb.min || tb.max < ta.min) {
            return false
        }
        return true
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
