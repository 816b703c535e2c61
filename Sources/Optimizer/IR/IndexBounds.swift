import JSEngine

/// Bounds of integer values at one point of the graph, derived from the comparisons the
/// dominating branches make true (`BranchFacts`), from induction variables and from the
/// typer's ranges, in the style of an ABCD-like bounds prover (Bodik, Gupta and Sarkar's
/// "ABCD: Eliminating Array Bounds Checks on Demand"):
/// - a lower bound is a constant c with `n >= c`;
/// - an upper bound is relative to an array length load `length`: a constant k with
///   `n <= length + k`, where every length read on the way gives the same value as `length`.
/// Values are seen through guards, number property keys and constant offsets (`affine`),
/// and through additions and subtractions of values with a known range (`L - 1 - i` with
/// `i >= 0` is at most `L - 1`). Facts chain: `j < i - 1` and `i < L` give `j <= L - 3`.
struct IndexBounds {
    let facts: [Comparison]
    let inductionVariables: InductionVariableAnalysis
    /// The faulty reading of `bounds-check-elimination.inclusive-loop-bound`: every test
    /// `x <= rhs` is read as `x < rhs` (false: tests mean what they say).
    var inclusiveTestsAsStrict = false
    /// How many facts and induction variables one bound may chain through.
    static let maxDepth = 6

    /// `n` as `base + offset`, through guards, number property keys and additions or
    /// subtractions of constants.
    static func affine(_ n: Node) -> (base: Node, offset: Double) {
        var cur = indexRoot(n)
        var offset = 0.0
        for _ in 0..<8 {
            guard let (next, step) = constantStep(cur) else { break }
            offset += step
            cur = indexRoot(next)
        }
        return (cur, offset)
    }

    /// For `x + c`, `x - c`, `c + x`, `++x` and `--x` on numbers: `x` and the signed constant.
    private static func constantStep(_ n: Node) -> (Node, Double)? {
        switch n.opcode {
        case .int32Add, .float64Add, .jsBinary(.add):
            guard n.inputs.count == 2, n.inputs.allSatisfy({ $0.type.isNumberOnly }) else { return nil }
            if let c = numericConstant(n.inputs[1]) { return (n.inputs[0], c) }
            if let c = numericConstant(n.inputs[0]) { return (n.inputs[1], c) }
            return nil
        case .int32Sub, .float64Sub, .jsBinary(.sub):
            guard n.inputs.count == 2, n.inputs.allSatisfy({ $0.type.isNumberOnly }),
                  let c = numericConstant(n.inputs[1]) else { return nil }
            return (n.inputs[0], -c)
        case .jsIncrement, .jsDecrement:
            guard n.inputs.count == 1, n.inputs[0].type.isNumberOnly else { return nil }
            if case .jsIncrement = n.opcode { return (n.inputs[0], 1) }
            return (n.inputs[0], -1)
        default:
            return nil
        }
    }

    /// A non-constant addition or subtraction `a ± y` of numbers: `a`, `y` and whether `y` is subtracted.
    private static func variableTerms(_ n: Node) -> [(a: Node, y: Node, subtracted: Bool)] {
        guard n.inputs.count == 2, n.inputs.allSatisfy({ $0.type.isNumberOnly && !$0.type.maybeNaN }) else { return [] }
        switch n.opcode {
        case .int32Sub, .float64Sub, .jsBinary(.sub): return [(n.inputs[0], n.inputs[1], true)]
        case .int32Add, .float64Add, .jsBinary(.add):
            return [(n.inputs[0], n.inputs[1], false), (n.inputs[1], n.inputs[0], false)]
        default: return []
        }
    }

    private static func isInteger(_ n: Node) -> Bool { n.type.isNumberOnly && n.type.integral && !n.type.maybeNaN }

    /// Whether `x` is an integer where a comparison saw `compared`, which is `x + offset`:
    /// from `x`'s type, or from the compared value's (a guard such as `CheckInt32` of a
    /// loop phi that is not typed itself) less an integer offset.
    private static func isInteger(_ x: Node, comparedAs compared: Node, offset: Double) -> Bool {
        isInteger(x) || (isInteger(compared) && offset == offset.rounded())
    }

    /// The interval of a number node that is never NaN (-0 counted as 0), from its type.
    static func range(_ n: Node) -> (lo: Double, hi: Double)? {
        let t = n.type
        guard t.isNumberOnly, !t.maybeNaN else { return nil }
        if t.min > t.max { return t.maybeMinusZero ? (0, 0) : nil }
        return t.maybeMinusZero ? (Swift.min(t.min, 0), Swift.max(t.max, 0)) : (t.min, t.max)
    }

    /// The greatest constant c known with `n >= c`, or nil.
    func lowerBound(_ n: Node, depth: Int = 0) -> Double? {
        guard depth <= IndexBounds.maxDepth else { return nil }
        var best: Double?
        func consider(_ v: Double?) {
            guard let v = v, !v.isNaN else { return }
            best = best.map { Swift.max($0, v) } ?? v
        }
        if let c = numericConstant(n) { consider(c) }
        if let r = IndexBounds.range(n) { consider(r.lo) }
        let (x, d) = IndexBounds.affine(n)
        if let r = IndexBounds.range(x) { consider(r.lo + d) }
        for t in IndexBounds.variableTerms(x) {
            guard let r = IndexBounds.range(t.y) else { continue }
            let bound = t.subtracted ? -r.hi : r.lo
            guard bound.isFinite, let a = lowerBound(t.a, depth: depth + 1) else { continue }
            consider(a + bound + d)
        }
        for f in facts {
            let (fx, fd) = IndexBounds.affine(f.rhs)
            guard fx === x, let c = lowerBound(f.lhs, depth: depth + 1) else { continue }
            // c <= lhs < x + fd (or <=): x > c - fd, so x >= floor(c - fd) + 1 for an integer x.
            var v = c - fd
            if f.strict && IndexBounds.isInteger(x, comparedAs: f.rhs, offset: fd) { v = v.rounded(.down) + 1 }
            consider(v + d)
        }
        if let iv = inductionVariables.variable(x), iv.direction == .increasing,
           let s = lowerBound(iv.start, depth: depth + 1) {
            consider(s + d)
        }
        return best
    }

    /// The least constant k known with `n <= length + k` (`length` an array length load), or nil.
    func upperBound(_ n: Node, below length: Node, depth: Int = 0) -> Double? {
        guard depth <= IndexBounds.maxDepth else { return nil }
        var best: Double?
        func consider(_ k: Double?) {
            guard let k = k, !k.isNaN else { return }
            best = best.map { Swift.min($0, k) } ?? k
        }
        let (x, d) = IndexBounds.affine(n)
        if ArrayLengths.isLengthRead(x), ArrayLengths.isSameLength(x, as: length) { consider(d) }
        for t in IndexBounds.variableTerms(x) {
            guard let r = IndexBounds.range(t.y) else { continue }
            let bound = t.subtracted ? -r.lo : r.hi
            guard bound.isFinite, let a = upperBound(t.a, below: length, depth: depth + 1) else { continue }
            consider(a + bound + d)
        }
        for f in facts {
            let (fx, fd) = IndexBounds.affine(f.lhs)
            guard fx === x, let u = upperBound(f.rhs, below: length, depth: depth + 1) else { continue }
            // x + fd < rhs <= L + u: x < L + u - fd, so x <= L + ceil(u - fd) - 1 for integers.
            var k = u - fd
            let strict = f.strict || inclusiveTestsAsStrict   // the fault reads `<=` as `<`
            if strict && IndexBounds.isInteger(x, comparedAs: f.lhs, offset: fd) { k = k.rounded(.up) - 1 }
            consider(k + d)
        }
        if let iv = inductionVariables.variable(x), iv.direction == .decreasing,
           let s = upperBound(iv.start, below: length, depth: depth + 1) {
            consider(s + d)
        }
        return best
    }

    /// The least value `length` can have here: its type's minimum, raised by facts
    /// `lhs < rhs` (or `<=`) with `rhs <= length + u` and a lower bound on `lhs`.
    func leastLength(_ length: Node) -> Double {
        var least = Swift.max(0, IndexBounds.range(length)?.lo ?? 0)
        for f in facts {
            guard let u = upperBound(f.rhs, below: length), let c = lowerBound(f.lhs) else { continue }
            // c < L + u: lengths are integers, so L >= floor(c - u) + 1 (L >= ceil(c - u) for <=).
            least = Swift.max(least, f.strict ? (c - u).rounded(.down) + 1 : (c - u).rounded(.up))
        }
        return least
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
