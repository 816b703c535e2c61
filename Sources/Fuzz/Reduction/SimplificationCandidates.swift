import JSEngine

/// The smaller forms a node may be simplified to, best first: an expression becomes one of its
/// child expressions or the literal `0`; a compound statement becomes one of its bodies (an `if`
/// its branches, a loop or label its body, a `try` the statements of one of its blocks, a block
/// its statements).
enum SimplificationCandidates {
    static func candidates(for node: IndexedNode, in index: ProgramIndex) -> [NodeReplacement] {
        let children = index.descendants(of: node).filter { $0.context.parentIndex == node.index }
        switch node.node {
        case .expression(let e):
            var result: [NodeReplacement] = children.compactMap { child in
                if case .expression(let c) = child.node { return .expression(c) }
                return nil
            }
            if !children.isEmpty || !isSmallLeaf(e) {
                result.append(.expression(Expression(.number(0), at: e.position)))
            }
            return result
        case .statement(let s):
            switch s.kind {
            case .if(_, let consequent, let alternate):
                return [.statements([consequent])] + (alternate.map { [.statements([$0])] } ?? [])
            case .for(_, _, _, let body), .forIn(_, _, let body), .forOf(_, _, let body), .while(_, let body),
                 .doWhile(let body, _), .labeled(_, let body):
                return [.statements([body])]
            case .block(let body):
                return node.context.placement == .list ? [.statements(body)] : []
            case .try(let body, let handler, let finalizer):
                var result: [NodeReplacement] = [.statements(body)]
                if let handler { result.append(.statements(handler.body)) }
                if let finalizer { result.append(.statements(finalizer)) }
                return result
            default:
                return []
            }
        }
    }

    /// Leaves that `0` would not make smaller.
    private static func isSmallLeaf(_ e: Expression) -> Bool {
        switch e.kind {
        case .number, .identifier, .boolean, .null, .this, .string: return true
        default: return false
        }
    }
}
