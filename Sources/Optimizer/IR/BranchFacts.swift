import JSEngine

/// An order relation between two numbers known to hold at some point: `lhs < rhs` (strict)
/// or `lhs <= rhs`. The nodes are the compared inputs as the comparison saw them.
public struct Comparison {
    public let lhs: Node
    public let rhs: Node
    public let strict: Bool
}

/// What a conditional branch says about numbers in the blocks it controls: the edge into a
/// block whose only predecessor ends in a `branch` on a numeric comparison makes the
/// comparison (or its negation) true in that block and in every block it dominates. This is
/// the information LLVM's LazyValueInfo takes from dominating conditions and TurboFan's
/// typer from the branch projections of a comparison.
///
/// A false comparison gives the reverse order only when neither input can be NaN (every
/// comparison with NaN is false). `booleanNot` and `JSNot` of a boolean flip the sense.
public enum BranchFacts {
    /// The comparisons known to hold on entry to `block` from its single branching predecessor.
    public static func entering(_ block: Block) -> [Comparison] {
        guard block.predecessors.count == 1, let p = block.predecessors.first, let t = p.terminator,
              case .branch = t.opcode, let condition = t.inputs.first, p.successors.count == 2,
              p.successors[0] !== p.successors[1] else { return [] }
        return facts(of: condition, holds: p.successors[0] === block)
    }

    /// The comparisons that hold when `condition` is `holds` (true or false).
    public static func facts(of condition: Node, holds: Bool) -> [Comparison] {
        var c = condition
        var sense = holds
        for _ in 0..<8 {
            guard isNegation(c.opcode), let x = c.inputs.first, x.type.kinds == .boolean else { break }
            c = x
            sense.toggle()
        }
        guard c.inputs.count == 2 else { return [] }
        let a = c.inputs[0], b = c.inputs[1]
        // `a < b` or `a <= b` as the comparison states it, before applying `sense`.
        let stated: (lhs: Node, rhs: Node, strict: Bool)
        switch c.opcode {
        case .numberLessThan: stated = (a, b, true)
        case .numberLessThanOrEqual: stated = (a, b, false)
        case .jsBinary(let op):
            guard a.type.isNumberOnly && b.type.isNumberOnly else { return [] }
            switch op {
            case .less: stated = (a, b, true)
            case .greater: stated = (b, a, true)
            case .lessEqual: stated = (a, b, false)
            case .greaterEqual: stated = (b, a, false)
            default: return []
            }
        default:
            return []
        }
        if sense { return [Comparison(lhs: stated.lhs, rhs: stated.rhs, strict: stated.strict)] }
        // !(x < y) is y <= x, and !(x <= y) is y < x, when neither is NaN.
        guard isNeverNaN(a), isNeverNaN(b) else { return [] }
        return [Comparison(lhs: stated.rhs, rhs: stated.lhs, strict: !stated.strict)]
    }

    static func isNegation(_ op: Opcode) -> Bool {
        switch op {
        case .booleanNot, .jsNot: return true
        default: return false
        }
    }

    static func isNeverNaN(_ n: Node) -> Bool { n.type.isNumberOnly && !n.type.maybeNaN }
}
