import JSEngine

/// How each statement operator rewrites its node into zero, one or two statements.
enum StatementMutations {
    /// Iteration counts a wrapping loop draws from.
    static let loopCounts = [2, 3, 10, 50]
    /// Loop variable names tried in order; the first one the wrapped statement does not mention wins.
    static let loopVariableNames = ["i", "j", "k", "n", "loopIndex"]

    static func apply(_ op: MutationOperator, to s: Statement, node: IndexedNode, analysis: MutationSiteAnalysis,
                      rng: inout SeededRandom) -> [Statement]? {
        switch op {
        case .statementDeletion:
            return []
        case .statementDuplication:
            return [s, s]
        case .splice:
            guard let donor = rng.element(of: analysis.donorStatements(forStrictCode: node.context.isStrict)) else { return nil }
            return [donor, s]
        case .wrapInLoop:
            let used = analysis.identifiers(in: node)
            let name = loopVariableNames.first { !used.contains($0) } ?? "loopIndex\(node.index)"
            return [countedLoop(around: s, variable: name, count: loopCounts[rng.below(loopCounts.count)])]
        case .wrapInFunction:
            return [immediatelyCalledArrow(around: s, isStrict: node.context.isStrict)]
        default:
            return nil
        }
    }

    /// `for (let name = 0; name < count; name++) { s }`.
    private static func countedLoop(around s: Statement, variable name: String, count: Int) -> Statement {
        let p = s.position
        let counter = Expression(.identifier(name), at: p)
        let initializer = ForInitializer.declaration(.let, [
            VariableDeclarator(target: .identifier(name, p), initializer: Expression(.number(0), at: p)),
        ])
        let test = Expression(.binary(.less, counter, Expression(.number(Double(count)), at: p)), at: p)
        let update = Expression(.update(.increment, prefix: false, counter), at: p)
        return Statement(.for(initializer, test, update, Statement(.block([s]), at: p)), at: p)
    }

    /// `(() => { s })();` (an arrow keeps `this`, `arguments` and `super` of the surrounding code).
    private static func immediatelyCalledArrow(around s: Statement, isStrict: Bool) -> Statement {
        let p = s.position
        let arrow = FunctionNode(name: nil, parameters: [], rest: nil, body: [s], kind: .arrow, isStrict: isStrict, position: p)
        let call = Expression(.call(Expression(.function(arrow), at: p), [], optional: false), at: p)
        return Statement(.expression(call), at: p)
    }
}
