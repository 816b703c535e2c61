import JSEngine

/// `loop-peeling`: peels the first iteration off small innermost loops, so that the guards
/// and loads of the loop body that only depend on values from outside the loop run once,
/// in the peeled copy, instead of on every iteration. Mirrors V8 TurboFan's `LoopPeeler`
/// (peeling innermost loops so that later redundancy elimination finds the loop's checks
/// done by the peeled iteration) and LLVM's `LoopPeel`.
///
/// A loop is peeled when it is innermost, has a preheader ending in a `goto`, has at most
/// `maxLoopNodes` nodes and no branch with both edges to one block ("peel-first-iteration",
/// one rewrite per loop; `LoopPeeler` does the surgery and keeps the exit test, so a loop
/// that runs zero times still does). As only dead-code elimination runs after this phase,
/// the phase then does the redundancy elimination peeling enables, in the remaining loop:
/// - a guard whose inputs come from outside the loop is replaced by its copy in the peeled
///   iteration when that copy runs on every path into the loop
///   ("remove-peeled-invariant-check"); shape and elements-kind guards only when nothing in
///   the loop may change an object's map (reading `.length` of an object the peeled
///   iteration proved a JS array cannot);
/// - a load with inputs from outside the loop reuses its copy in the same way when the loop
///   writes no memory and calls nothing ("reuse-peeled-invariant-load").
public struct LoopPeeling: OptimizationPhase {
    public let id = "loop-peeling"
    public init() {}

    /// The largest loop (in nodes, all its blocks together) that is peeled.
    static let maxLoopNodes = 60

    public func run(_ ctx: PhaseContext) {
        let g = ctx.graph
        var attempted: Set<Int> = []
        while true {
            let loops = LoopAnalysis(g).loops
            guard let loop = loops.first(where: { !attempted.contains($0.header.id) && isPeelable($0, among: loops) }),
                  let preheader = loop.preheader, let anchor = loop.header.terminator else { return }
            attempted.insert(loop.header.id)
            var peeled: LoopPeeler.Peeled?
            ctx.rewrite("peel-first-iteration", at: anchor) {
                let result = LoopPeeler(graph: g, loop: loop, preheader: preheader, faults: ctx.faults).peel()
                peeled = result
                return result.blocks.first.map { $0.nodes } ?? []
            }
            if let p = peeled { removeInvariantRedundancy(in: loop, peeled: p, ctx) }
        }
    }

    /// Whether `loop` is innermost, small, entered from a preheader ending in a `goto`, and
    /// free of branches whose two edges go to the same block.
    func isPeelable(_ loop: LoopAnalysis.Loop, among loops: [LoopAnalysis.Loop]) -> Bool {
        guard let preheader = loop.preheader, preheader.successors.count == 1,
              case .goto? = preheader.terminator?.opcode else { return false }
        if loops.contains(where: { $0.header !== loop.header && loop.contains($0.header) }) { return false }
        if loop.body.reduce(0, { $0 + $1.nodes.count }) > LoopPeeling.maxLoopNodes { return false }
        return !loop.body.contains { $0.successors.count == 2 && $0.successors[0] === $0.successors[1] }
    }

    // MARK: - Redundancy the peeled iteration exposes

    private func removeInvariantRedundancy(in loop: LoopAnalysis.Loop, peeled: LoopPeeler.Peeled, _ ctx: PhaseContext) {
        let g = ctx.graph
        let tree = g.dominatorTree
        let header = loop.header
        let order = tree.reversePostorder.filter { loop.contains($0) }
        func runsBeforeLoop(_ c: Node) -> Bool {
            guard let b = c.block, !c.isDead else { return false }
            return peeled.blocks.contains { $0 === b } && tree.dominates(b, header)
        }
        // Objects the peeled iteration proved JS arrays before the loop starts.
        let provenArrays = peeled.blocks.flatMap(\.nodes).filter { c in
            if case .checkElementsKind = c.opcode { return runsBeforeLoop(c) }
            return false
        }.compactMap { guardedRoot($0.inputs.first) }
        let effects = order.flatMap(\.nodes).filter { $0.opcode.isEffectful }
        let mapsStable = !effects.contains { e in
            if case .none = MapEffect(e) { return false }
            return !LoopPeeling.isArrayLengthRead(e, provenArrays)
        }
        let memoryStable = effects.allSatisfy { e in
            LoopPeeling.isReadOnly(e.opcode) || LoopPeeling.isArrayLengthRead(e, provenArrays)
        }
        for b in order {
            for n in b.nodes where !n.isDead {
                guard let c = peeled.copy(of: n), c !== n, runsBeforeLoop(c), c.inputs.count == n.inputs.count, zip(c.inputs, n.inputs).allSatisfy({ $0 === $1 }),
                      n.inputs.allSatisfy({ !loop.contains($0.block) }) else { continue }
                let rule: String
                if LoopPeeling.isGuard(n.opcode) {
                    if LoopPeeling.isMapGuard(n.opcode) && !mapsStable { continue }
                    rule = "remove-peeled-invariant-check"
                } else if LoopPeeling.isLoad(n.opcode) {
                    guard memoryStable else { continue }
                    rule = "reuse-peeled-invariant-load"
                } else {
                    continue
                }
                ctx.rewrite(rule, at: n) {
                    if n.opcode.isEffectful { detachFromEffectChain(n, in: g) }
                    g.replaceAllUses(of: n, with: c)
                    g.kill(n)
                    return [c]
                }
            }
        }
    }

    static func isGuard(_ op: Opcode) -> Bool { op.canDeoptimize && !op.isTerminator }

    static func isMapGuard(_ op: Opcode) -> Bool {
        switch op {
        case .checkShape, .checkElementsKind: return true
        default: return false
        }
    }

    static func isLoad(_ op: Opcode) -> Bool {
        switch op {
        case .loadField, .loadElement, .arrayLength, .elementsCapacity, .loadTypedElement, .typedArrayLength: return true
        default: return false
        }
    }

    /// Effectful operations that write no memory and run no user code.
    static func isReadOnly(_ op: Opcode) -> Bool {
        switch op {
        case .loadField, .loadElement, .arrayLength, .elementsCapacity, .loadTypedElement, .typedArrayLength, .checkShape,
             .checkElementsKind, .allocateObject, .jsCreateObject, .jsCreateArray, .jsLoadContext:
            return true
        default:
            return false
        }
    }

    /// A generic `.length` read of an object proven a JS array: it reads an own data
    /// property and runs no user code.
    static func isArrayLengthRead(_ n: Node, _ arrays: [Node]) -> Bool {
        guard case .jsGetNamed(let name) = n.opcode, name.string == "length", let o = n.inputs.first,
              let root = guardedRoot(o) else { return false }
        return arrays.contains { $0 === root }
    }
}
