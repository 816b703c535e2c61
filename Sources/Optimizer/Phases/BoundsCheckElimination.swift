import JSEngine

/// `bounds-check-elimination`: removes `checkBounds(index, length)` guards whose index is
/// proven to lie in [0, length). Mirrors LLVM's `InductiveRangeCheckElimination` (range
/// checks on induction variables, bounded by the loop's exit test) and V8 TurboFan's
/// induction-variable typing, which lets simplified lowering drop `CheckBounds` when the
/// index type lies within the length.
///
/// Blocks are walked in dominator-tree preorder, collecting the comparisons that dominating
/// branch edges make true (`BranchFacts`). A check goes when its index is an integral,
/// non-NaN number with both bounds proven (`IndexBounds`):
/// - index < length: the index is at most `L + k` with k < 0, where L reads the same array's
///   length as the check and gives the same value (`ArrayLengths`: no call, generic
///   operation or property store that may change a length, such as push, pop or a `length`
///   store, lies between them unless the length is read again after it). Bounds come from
///   dominating tests (`i < a.length`; `i <= a.length` gives only k = 0 and keeps the
///   check), from a decreasing induction variable's start (`a.length - 1`), and chain
///   through other tests and constant offsets (`a[j + 1]` under `j < a.length - 1 - i`).
///   Failing that, the index's range may lie below the least length the array can have
///   (its type, raised by tests such as `a.length > 2`);
/// - index >= 0: the typer's range, an increasing induction variable whose start is at
///   least 0, or a dominating test such as `i >= 0` (a decreasing loop needs one).
/// The check is replaced by its index input (and leaves the effect chain if it was on it).
/// Rules: "induction-variable-in-bounds" (the index is an induction variable plus a
/// constant), "range-in-bounds" (the index's range lies below the least length) and
/// "dominating-test-in-bounds" (other indices bounded by dominating tests).
public struct BoundsCheckElimination: OptimizationPhase {
    public let id = "bounds-check-elimination"
    public init() {}

    public func run(_ ctx: PhaseContext) {
        let g = ctx.graph
        let tree = g.dominatorTree
        let inductionVariables = InductionVariableAnalysis(g, loops: LoopAnalysis(g).loops)
        var facts: [Comparison] = []
        tree.walk(enter: { block -> Int in
            let scope = facts.count
            facts += BranchFacts.entering(block)
            let bounds = IndexBounds(facts: facts, inductionVariables: inductionVariables)
            for n in block.nodes where !n.isDead {
                guard case .checkBounds = n.opcode,
                      let rule = proof(for: n, bounds, ctx.faults) ?? inclusiveBoundProof(for: n, bounds, ctx.faults) else { continue }
                ctx.rewrite(rule, at: n) {
                    let index = n.inputs[0]
                    if n.effect != nil { g.bypassEffect(n) }
                    g.replaceAllUses(of: n, with: index)
                    g.kill(n)
                    return [index]
                }
            }
            return scope
        }, exit: { scope in
            facts.removeSubrange(scope..<facts.count)
        })
    }

    /// The rule that proves `check`'s index within bounds, or nil when it cannot be proven.
    func proof(for check: Node, _ bounds: IndexBounds, _ faults: FaultSwitch) -> String? {
        guard check.inputs.count == 2 else { return nil }
        let index = check.inputs[0]
        let length = guardedRoot(check.inputs[1]) ?? check.inputs[1]
        guard index.type.isNumberOnly, index.type.integral, !index.type.maybeNaN, ArrayLengths.isLengthLoad(length),
              let rule = upperProof(index, length, bounds) else { return nil }
        // An integer index >= low > -1 is >= 0.
        let nonNegative = bounds.lowerBound(index).map { $0 > -1 } ?? false
        // Fault bounds-check-elimination.ignores-lower-bound: the upper bound alone is taken as the proof.
        guard nonNegative || faults.injected(.bceIgnoresLowerBound) else { return nil }
        return rule
    }

    /// The rule that proves `index < length`, or nil.
    func upperProof(_ index: Node, _ length: Node, _ bounds: IndexBounds) -> String? {
        // An integer index <= length + k with k < 0 is < length.
        if let k = bounds.upperBound(index, below: length), k < 0 {
            let base = IndexBounds.affine(index).base
            return bounds.inductionVariables.variable(base) != nil ? "induction-variable-in-bounds" : "dominating-test-in-bounds"
        }
        if let r = IndexBounds.range(index), r.hi < bounds.leastLength(length) { return "range-in-bounds" }
        return nil
    }

    /// The proof the fault `bounds-check-elimination.inclusive-loop-bound` accepts where the
    /// correct one fails: with every test `i <= a.length` read as `i < a.length`.
    func inclusiveBoundProof(for check: Node, _ bounds: IndexBounds, _ faults: FaultSwitch) -> String? {
        guard faults.isInjected(.bceInclusiveLoopBound) else { return nil }
        var faulty = bounds
        faulty.inclusiveTestsAsStrict = true
        guard let rule = proof(for: check, faulty, faults), faults.injected(.bceInclusiveLoopBound) else { return nil }
        return rule
    }
}
