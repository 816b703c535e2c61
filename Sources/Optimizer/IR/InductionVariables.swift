import JSEngine

/// A basic induction variable: a loop-header phi whose value enters the loop as `start`
/// (from the preheader) and changes on every back edge by a constant step of one sign,
/// `i = phi(start, i + c)`. Its values are therefore monotonic: never below `start` when
/// increasing, never above it when decreasing (the steps are exact: int32 arithmetic
/// falls back to the exact double, and an overflow guard only deoptimizes).
public struct InductionVariable {
    /// Whether the variable only grows or only shrinks.
    public enum Direction: Equatable { case increasing, decreasing }

    public let phi: Node
    public let start: Node
    public let direction: Direction
}

/// Finds the induction variables of a graph's loops (as LLVM's ScalarEvolution does for
/// add recurrences `{start,+,step}` and TurboFan's `LoopVariableOptimizer` for its
/// induction-variable phis). A step is recognised in every form the builder and the
/// lowering phases produce: `int32Add`/`int32Sub`/`float64Add`/`float64Sub` with a
/// constant, generic `JS[+]`/`JS[-]` on numbers, `JSIncrement`/`JSDecrement`, each
/// possibly behind guards (`CheckInt32NoOverflow`, `CheckInt32`, ...).
public struct InductionVariableAnalysis {
    /// The variables found, in loop order (innermost first) and phi order.
    public let variables: [InductionVariable]

    public init(_ g: Graph, loops: [LoopAnalysis.Loop]) {
        var found: [InductionVariable] = []
        for loop in loops {
            let header = loop.header
            let entries = header.predecessors.indices.filter { !loop.contains(header.predecessors[$0]) }
            guard entries.count == 1, let entry = entries.first else { continue }
            for phi in header.phis {
                guard case .phi = phi.opcode, phi.inputs.count == header.predecessors.count else { continue }
                var steps: [Double] = []
                for (k, value) in phi.inputs.enumerated() where k != entry {
                    guard let step = InductionVariableAnalysis.step(from: value, of: phi) else { break }
                    steps.append(step)
                }
                guard steps.count == phi.inputs.count - 1, !steps.isEmpty else { continue }
                let direction: InductionVariable.Direction
                if steps.allSatisfy({ $0 > 0 }) { direction = .increasing }
                else if steps.allSatisfy({ $0 < 0 }) { direction = .decreasing }
                else { continue }
                found.append(InductionVariable(phi: phi, start: phi.inputs[entry], direction: direction))
            }
        }
        variables = found
    }

    /// The induction variable whose phi is `n`, if any.
    public func variable(_ n: Node) -> InductionVariable? {
        variables.first { $0.phi === n }
    }

    /// The constant `value - phi` when `value` is `phi` plus or minus a non-zero constant.
    static func step(from value: Node, of phi: Node) -> Double? {
        let v = guardedRoot(value) ?? value
        func isPhi(_ n: Node) -> Bool { (guardedRoot(n) ?? n) === phi }
        func numeric(_ n: Node) -> Bool { n.type.isNumberOnly }
        var step: Double?
        switch v.opcode {
        case .int32Add, .float64Add, .jsBinary(.add):
            guard v.inputs.count == 2 else { return nil }
            if case .jsBinary = v.opcode, !(numeric(v.inputs[0]) && numeric(v.inputs[1])) { return nil }
            if isPhi(v.inputs[0]) { step = numericConstant(v.inputs[1]) }
            else if isPhi(v.inputs[1]) { step = numericConstant(v.inputs[0]) }
        case .int32Sub, .float64Sub, .jsBinary(.sub):
            guard v.inputs.count == 2, isPhi(v.inputs[0]) else { return nil }
            if case .jsBinary = v.opcode, !(numeric(v.inputs[0]) && numeric(v.inputs[1])) { return nil }
            step = numericConstant(v.inputs[1]).map { -$0 }
        case .jsIncrement, .jsDecrement:
            guard v.inputs.count == 1, isPhi(v.inputs[0]), numeric(v.inputs[0]) else { return nil }
            if case .jsIncrement = v.opcode { step = 1 } else { step = -1 }
        default:
            return nil
        }
        guard let s = step, s.isFinite, s != 0 else { return nil }
        return s
    }
}

/// The number a node always holds: a numeric constant, or a node the typer gave a
/// single-value type (no -0, no NaN). Nil otherwise.
func numericConstant(_ n: Node) -> Double? {
    let r = guardedRoot(n) ?? n
    if case .constant(.number(let d)) = r.opcode { return d.isNaN || (d == 0 && d.sign == .minus) ? nil : d }
    let t = n.type
    if t.isNumberOnly, !t.maybeNaN, !t.maybeMinusZero, t.min == t.max { return t.min }
    return nil
}
