import JSEngine

/// `--assert-types`: the run-time check instruction selection places after a node whose
/// type is narrower than "any" (the idea of V8's `--assert-types`, which checks the
/// typer's claims in generated code). The value must lie in the type: its kind, and for
/// numbers the integer range and integrality, -0 only when `maybeMinusZero`, NaN only when
/// `maybeNaN` (`IRType.contains`). A violation means a phase typed the node wrongly; the
/// report names the node, its type, the phase that typed it, the value and the position.
public struct TypeAssertion {
    public let node: Int
    /// The node's opcode as printed (`Math[expm1]`).
    public let opcode: String
    public let type: IRType
    /// The phase that gave the node its type (`Node.typedBy`).
    public let typedBy: String
    public let position: SourcePosition

    init(_ n: Node) {
        node = n.id
        opcode = n.opcode.description
        type = n.type
        typedBy = n.typedBy
        position = n.position
    }

    /// Whether instruction selection checks node `n` under `--assert-types`: values that
    /// flow (not control, effect-only or the context, which the executable form does not
    /// materialize) and whose type says more than "any". Constants are immediates and
    /// carry their own type.
    static func applies(to n: Node) -> Bool {
        guard BackendFacts.producesValue(n), n.type.kinds != .any || n.type.isNarrowedNumber else { return false }
        switch n.opcode {
        case .context, .constant: return false
        default: return true
        }
    }

    /// nil when `value` lies in the type, else the violation report (the text after
    /// `type assertion failed: `).
    func violation(_ value: JSValue) -> String? {
        if type.contains(value) { return nil }
        return "n\(node) \(opcode) typed \(type) by \(typedBy), got \(Opcode.describe(value)) at \(position)"
    }
}

extension IRType {
    /// Whether the numeric part says more than "any number" (a range, integrality, or no -0 or NaN).
    var isNarrowedNumber: Bool {
        kinds.contains(.number) && (min > -.infinity || max < .infinity || integral || !maybeMinusZero || !maybeNaN)
    }
}
