import JSEngine

/// What a reduction produced.
public struct ReductionResult {
    /// The reduced program printed with the original header lines (the original text unchanged
    /// when the printed original was not interesting).
    public var text: String
    /// The reduced program.
    public var program: Program
    /// Calls of the interestingness predicate (cache hits and unparseable candidates not counted).
    public var predicateCalls: Int
    /// Statements and expressions before and after.
    public var originalNodeCount: Int
    public var reducedNodeCount: Int
    /// Whether the printed original satisfied the predicate; when not, nothing was reduced.
    public var originalWasInteresting: Bool
}

/// Hierarchical delta debugging on the AST, after Perses and Picireny: level by level from the
/// top, each reducible list (statements, switch cases, declarators, array and object literal
/// elements, arguments, class members, parameters, sequence items) is minimised with ddmin;
/// then nodes are simplified, an expression to one of its children or `0`, a compound
/// statement to one of its bodies; both repeat until nothing changes or the budget is spent.
///
/// A candidate is printed, checked with the parser (so no unparseable program ever reaches the
/// predicate) and looked up in a cache before the predicate runs. No randomness: the same input,
/// predicate and budget give the same result.
public struct ASTReducer {
    /// The most predicate calls one reduction may make.
    public var budget: Int

    public init(budget: Int = 2000) {
        self.budget = budget
    }

    /// Reduces the program in `text` while `isInteresting` holds for the printed candidate
    /// (header lines included). Throws the syntax error if `text` does not parse.
    public func reduce(text: String, isInteresting: (String) -> Bool) throws -> ReductionResult {
        let source = try ParsedSource(text: text)
        var result = reduce(source, isInteresting: isInteresting)
        if !result.originalWasInteresting { result.text = text }
        return result
    }

    /// Reduces `source.program` while `isInteresting` holds for the printed candidate.
    public func reduce(_ source: ParsedSource, isInteresting: (String) -> Bool) -> ReductionResult {
        withoutActuallyEscaping(isInteresting) { predicate in
            var session = ReductionSession(source: source, budget: budget, isInteresting: predicate)
            let interesting = session.test(source.program)
            if interesting { session.run() }
            return ReductionResult(text: source.render(session.current), program: session.current,
                                   predicateCalls: session.calls,
                                   originalNodeCount: ProgramIndex(source.program).nodes.count,
                                   reducedNodeCount: ProgramIndex(session.current).nodes.count,
                                   originalWasInteresting: interesting)
        }
    }
}

/// One reduction in progress: the current program, the predicate, its budget and the cache.
private struct ReductionSession {
    let source: ParsedSource
    let budget: Int
    let isInteresting: (String) -> Bool
    var current: Program
    private(set) var calls = 0
    /// Printed candidates already judged (by the parser or the predicate).
    private var verdicts: [String: Bool] = [:]

    init(source: ParsedSource, budget: Int, isInteresting: @escaping (String) -> Bool) {
        self.source = source
        self.budget = budget
        self.isInteresting = isInteresting
        current = source.program
    }

    var hasBudget: Bool { calls < budget }

    /// Whether `candidate` parses and is interesting (false once the budget is spent).
    mutating func test(_ candidate: Program) -> Bool {
        let text = source.render(candidate)
        if let verdict = verdicts[text] { return verdict }
        guard source.parses(text) else {
            verdicts[text] = false
            return false
        }
        guard hasBudget else { return false }
        calls += 1
        let verdict = isInteresting(text)
        verdicts[text] = verdict
        return verdict
    }

    /// Alternates list reduction and simplification until a fixpoint or the budget's end.
    mutating func run() {
        var changed = true
        while changed && hasBudget {
            changed = reduceLists()
            if simplifyNodes() { changed = true }
        }
    }

    /// One top-down pass of ddmin over the lists of every level; true if anything was removed.
    private mutating func reduceLists() -> Bool {
        var changed = false
        var level = 0
        while hasBudget {
            let lists = ListCatalog.lists(of: current)
            guard lists.contains(where: { $0.level >= level }) else { break }
            let count = lists.filter { $0.level == level }.count
            // Lists of one level never contain each other, so their order and number among the
            // level's lists survive the reduction of any one of them.
            for ordinal in 0..<count where hasBudget {
                let atLevel = ListCatalog.lists(of: current).filter { $0.level == level }
                guard ordinal < atLevel.count else { break }
                if reduce(atLevel[ordinal]) { changed = true }
            }
            level += 1
        }
        return changed
    }

    /// ddmin over one list; true if items were removed.
    private mutating func reduce(_ list: ReducibleList) -> Bool {
        let base = current
        let kept = DeltaDebugging.minimize(count: list.count, minimumCount: list.kind.minimumCount) { keep in
            test(ListFilter.filtered(base, listIndex: list.listIndex, keeping: keep))
        }
        guard kept.count < list.count else { return false }
        current = ListFilter.filtered(base, listIndex: list.listIndex, keeping: kept)
        return true
    }

    /// Replaces nodes by smaller forms, in pre-order; true if anything was replaced.
    private mutating func simplifyNodes() -> Bool {
        var changed = false
        var position = 0
        var currentLength = source.render(current).count
        while hasBudget {
            let index = ProgramIndex(current)
            guard position < index.nodes.count else { break }
            var replaced = false
            for replacement in SimplificationCandidates.candidates(for: index.nodes[position], in: index) where hasBudget {
                let candidate = NodeReplacer.replacing(position, with: replacement, in: current)
                let length = source.render(candidate).count
                if length < currentLength && test(candidate) {
                    current = candidate
                    currentLength = length
                    replaced = true
                    changed = true
                    break
                }
            }
            // After a replacement the same position holds the new, smaller node: try it again.
            if !replaced { position += 1 }
        }
        return changed
    }
}
