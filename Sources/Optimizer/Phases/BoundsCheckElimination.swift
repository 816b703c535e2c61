import JSEngine

/// `bounds-check-elimination`: removes `checkBounds(index, length)` guards whose index is
/// proven to lie in [0, length). Mirrors LLVM's `InductiveRangeCheckElimination` (range
/// checks on induction variables, bounded by the loop's exit test) and V8 TurboFan's
/// induction-variable typing, which lets simplified lowering drop `CheckBounds` when the
/// index type lies within the length.
///
/// Blocks are walked in dominator-tree preorder, collecting the comparisons that dominating
/// branch edges make true (`BranchFacts`). A check goes when its index is an integral,
/// non-NaN number and both bounds are proven:
/// - index < length: a dominating test `index < L` (or `index <= L + k` with k < 0); or the
///   index is a decreasing induction variable starting at `L + k` with k < 0; or the typer's
///   range of the index lies below the least length the array can have (its type, raised by
///   dominating tests such as `L > 2`). Here L must be a read of the same array's length:
///   `ArrayLength`/`TypedArrayLength` of the same array, or the generic `.length` of an object
///   that a `CheckElementsKind` proves a JS array (whose length is an own data property). And
///   nothing on any effect path between that read and the check's own length read may change
///   an array's length: calls, generic operations and property stores (push, pop, length
///   stores) stop the proof unless the length is read again after them;
/// - index >= 0: the typer's range of the index; or an increasing induction variable whose
///   start is >= 0; or a dominating test `index >= c` with c >= 0.
/// The check is replaced by its index input (and leaves the effect chain if it was on it).
/// Rules: "induction-variable-in-bounds" (the index is an induction variable),
/// "range-in-bounds" (the index's range lies below the least length), and
/// "dominating-test-in-bounds" (any other index bounded by dominating tests).
public struct BoundsCheckElimination: OptimizationPhase {
    public let id = "bounds-check-elimination"
    public init() {}

    /// How an index was shown to be below the length.
    enum UpperBound { case test, inductionStart, range }

    public func run(_ ctx: PhaseContext) {
        let g = ctx.graph
        let tree = DominatorTree(g)
        let inductionVariables = InductionVariableAnalysis(g, loops: LoopAnalysis(g).loops)
        var facts: [Comparison] = []
        tree.walk(enter: { block -> Int in
            let scope = facts.count
            facts += BranchFacts.entering(block)
            for n in block.nodes where !n.isDead {
                guard case .checkBounds = n.opcode, let rule = proof(for: n, facts, inductionVariables) else { continue }
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
    func proof(for check: Node, _ facts: [Comparison], _ inductionVariables: InductionVariableAnalysis) -> String? {
        guard check.inputs.count == 2 else { return nil }
        let index = check.inputs[0]
        let length = guardedRoot(check.inputs[1]) ?? check.inputs[1]
        guard index.type.isNumberOnly, index.type.integral, !index.type.maybeNaN, isArrayLengthLoad(length) else {
            return nil
        }
        let root = indexRoot(index)
        let variable = inductionVariables.variable(root)
        guard isNonNegative(index, root: root, variable, facts),
              let upper = upperBound(index, root: root, length: length, variable, facts) else { return nil }
        if upper == .range { return "range-in-bounds" }
        return variable != nil ? "induction-variable-in-bounds" : "dominating-test-in-bounds"
    }

    // MARK: - Lower bound

    func isNonNegative(_ index: Node, root: Node, _ variable: InductionVariable?, _ facts: [Comparison]) -> Bool {
        if index.type.min >= 0 { return true }
        if root.type.isNumberOnly, !root.type.maybeNaN, root.type.min >= 0 { return true }
        if let v = variable, v.direction == .increasing, v.start.type.isNumberOnly, !v.start.type.maybeNaN,
           v.start.type.min >= 0 {
            return true
        }
        // c < index (c >= -1) or c <= index (c > -1), the index being an integer.
        return facts.contains { f in
            guard indexRoot(f.rhs) === root, let c = numericConstant(f.lhs) else { return false }
            return f.strict ? c >= -1 : c > -1
        }
    }

    // MARK: - Upper bound

    func upperBound(_ index: Node, root: Node, length: Node, _ variable: InductionVariable?,
                    _ facts: [Comparison]) -> UpperBound? {
        for f in facts.reversed() where indexRoot(f.lhs) === root {
            guard let (l, k) = lengthOffset(f.rhs), isSameLength(l, as: length) else { continue }
            // index < L + k <= L, or index <= L + k < L.
            if f.strict ? k <= 0 : k < 0 { return .test }
        }
        if let v = variable, v.direction == .decreasing, let (l, k) = lengthOffset(v.start), k < 0,
           isSameLength(l, as: length) {
            return .inductionStart   // index <= start = L + k < L
        }
        if index.type.max < leastLength(length, facts) { return .range }
        return nil
    }

    /// The least value `length` can have where the facts hold: its type's minimum, raised by
    /// tests `c < L + k` / `c <= L + k` on a read of the same length.
    func leastLength(_ length: Node, _ facts: [Comparison]) -> Double {
        var least = length.type.isNumberOnly ? Swift.max(0, length.type.min) : 0
        for f in facts {
            guard let c = numericConstant(f.lhs), let (l, k) = lengthOffset(f.rhs), isSameLength(l, as: length) else {
                continue
            }
            // Lengths are integers: L > c - k gives L >= floor(c - k) + 1; L >= c - k gives L >= ceil(c - k).
            least = Swift.max(least, f.strict ? (c - k).rounded(.down) + 1 : (c - k).rounded(.up))
        }
        return least
    }

    /// `n` as `L + k`: a length read `L` plus a constant `k`, through guards and constant
    /// additions and subtractions (`a.length - 1`).
    func lengthOffset(_ n: Node) -> (Node, Double)? {
        var k = 0.0
        var cur = n
        for _ in 0..<8 {
            let r = guardedRoot(cur) ?? cur
            if isLengthRead(r) { return (r, k) }
            guard r.inputs.count >= 1 else { return nil }
            switch r.opcode {
            case .int32Add, .float64Add, .jsBinary(.add):
                guard r.inputs.count == 2, r.inputs.allSatisfy({ $0.type.isNumberOnly }) else { return nil }
                if let c = numericConstant(r.inputs[1]) { k += c; cur = r.inputs[0] }
                else if let c = numericConstant(r.inputs[0]) { k += c; cur = r.inputs[1] }
                else { return nil }
            case .int32Sub, .float64Sub, .jsBinary(.sub):
                guard r.inputs.count == 2, r.inputs.allSatisfy({ $0.type.isNumberOnly }),
                      let c = numericConstant(r.inputs[1]) else { return nil }
                k -= c
                cur = r.inputs[0]
            case .jsIncrement, .jsDecrement:
                guard r.inputs[0].type.isNumberOnly else { return nil }
                if case .jsIncrement = r.opcode { k += 1 } else { k -= 1 }
                cur = r.inputs[0]
            default:
                return nil
            }
        }
        return nil
    }

    // MARK: - Lengths

    func isArrayLengthLoad(_ n: Node) -> Bool {
        switch n.opcode {
        case .arrayLength, .typedArrayLength: return n.inputs.count == 1
        default: return false
        }
    }

    /// A node reading some object's length: `ArrayLength`, `TypedArrayLength` or generic `.length`.
    func isLengthRead(_ n: Node) -> Bool {
        if isArrayLengthLoad(n) { return true }
        if case .jsGetNamed(let name) = n.opcode, name.string == "length", n.inputs.count == 1 { return true }
        return false
    }

    /// Whether `l` reads the length of the array `length` (an `ArrayLength`/`TypedArrayLength`)
    /// reads, and gives the same value: no effect between them may change an array's length.
    func isSameLength(_ l: Node, as length: Node) -> Bool {
        guard let access = length.inputs.first, let object = l.inputs.first else { return false }
        let array = guardedRoot(access) ?? access
        guard (guardedRoot(object) ?? object) === array else { return false }
        if case .jsGetNamed = l.opcode {
            // `.length` is the array's own length only on a JS array (a typed array's is a
            // prototype getter that user code may redefine).
            guard isProvenJSArray(access) else { return false }
        } else if !isArrayLengthLoad(l) {
            return false
        }
        return lengthUnchanged(from: l, to: length)
    }

    /// Whether a `CheckElementsKind` (which passes only JS arrays) guards `n`.
    func isProvenJSArray(_ n: Node) -> Bool {
        var cur: Node? = n
        for _ in 0..<64 {
            guard let c = cur, c.opcode.canDeoptimize else { return false }
            if case .checkElementsKind = c.opcode { return true }
            cur = c.inputs.first
        }
        return false
    }

    /// Whether every effect path from `from` to `to` is free of effects that may change an
    /// array's length (walking the effect chain backwards from `to` until `from`).
    func lengthUnchanged(from: Node, to: Node) -> Bool {
        if from === to { return true }
        var seen: Set<Int> = []
        var work: [Node?] = [to.effect]
        while let next = work.popLast() {
            guard let e = next else { return false }
            if e === from || !seen.insert(e.id).inserted { continue }
            switch e.opcode {
            case .effectPhi:
                work += e.inputs.map { Optional($0) }
            case .start:
                return false   // `from` is not on every path
            default:
                if mayChangeArrayLength(e) { return false }
                work.append(e.effect)
            }
        }
        return true
    }
}

/// Whether an effectful node may change the length of some array: anything that may run
/// user code or write object properties generically. Loads, guards, fresh allocations,
/// context accesses, field stores and (in-bounds) element stores cannot; nor can turning a
/// number into a property key.
func mayChangeArrayLength(_ n: Node) -> Bool {
    switch n.opcode {
    case .loadField, .loadElement, .arrayLength, .loadTypedElement, .typedArrayLength, .checkShape, .checkElementsKind,
         .allocateObject, .jsCreateObject, .jsCreateArray, .jsLoadContext, .jsStoreContext, .storeField, .storeElement,
         .storeTypedElement:
        return false
    case .jsGeneric(let instruction):
        if case .toPropertyKey = instruction, n.inputs.first?.type.isNumberOnly == true { return false }
        return true
    default:
        return n.opcode.isEffectful
    }
}

/// The value an index node stands for: guards pass their input through, and so does
/// turning a number into a property key (a number key is the number itself).
func indexRoot(_ n: Node) -> Node {
    var cur = guardedRoot(n) ?? n
    for _ in 0..<8 {
        guard case .jsGeneric(let instruction) = cur.opcode, case .toPropertyKey = instruction,
              let x = cur.inputs.first, x.type.isNumberOnly else { break }
        cur = guardedRoot(x) ?? x
    }
    return cur
}
