import JSEngine

/// The `if` statements whose branches hold a `break`, `return` or `throw` that leaves an
/// enclosing loop (`while (true) { if (i > 5) break; i++; }`): their tests decide when the loop
/// ends, so the walk treats them like loop tests, and the variables they read like loop variables.
struct LoopExitConditions {
    /// `if` statement index to the index of the loop it can leave.
    private var guardedLoops: [Int: Int] = [:]
    /// Loop index to the variables its exit conditions read.
    private var conditionNames: [Int: [String]] = [:]

    init() {}

    /// Finds the exit conditions in a program's node table (from a walk without them).
    init(_ nodes: [IndexedNode]) {
        for node in nodes {
            guard case .statement(let s) = node.node, let loop = node.context.guardedLoopIndex else { continue }
            switch s.kind {
            case .break, .return, .throw: break
            default: continue
            }
            var current = node.context.parentIndex
            while let i = current, i != loop {
                let ancestor = nodes[i]
                if case .statement(let a) = ancestor.node, case .if(let test, _, _) = a.kind, guardedLoops[i] == nil {
                    guardedLoops[i] = loop
                    conditionNames[loop, default: []] += IdentifierNames.read(in: test)
                }
                current = ancestor.context.parentIndex
            }
        }
    }

    var isEmpty: Bool { guardedLoops.isEmpty }

    /// The loop whose exit the `if` statement at `index` guards, if any.
    func guardedLoop(byIf index: Int) -> Int? {
        guardedLoops[index]
    }

    /// The variables read by the exit conditions of the loop at `index`.
    func exitConditionNames(ofLoop index: Int) -> [String] {
        conditionNames[index] ?? []
    }
}
