import JSEngine

/// Which nodes a mutator may edit, by pre-order index.
public enum NodeRestriction: Sendable {
    case all
    /// Only these nodes (the bug-relevant nodes, for passing variants close to the PoC).
    case only(Set<Int>)
    /// Every node but these (for failing variants far from the PoC).
    case excluding(Set<Int>)

    func allows(_ index: Int) -> Bool {
        switch self {
        case .all: return true
        case .only(let set): return set.contains(index)
        case .excluding(let set): return !set.contains(index)
        }
    }
}

/// How many edits one call of `Mutator.mutate` makes.
public enum EditCount: Sendable {
    /// A number of edits drawn from the range (fewer when the program has fewer sites).
    case between(ClosedRange<Int>)
    /// One edit at every eligible node (DPGen's failing variants), skipping nodes inside a
    /// subtree another edit replaces.
    case everyEligibleNode
}

/// A node and the operators that may edit it.
public struct MutationSite: Sendable {
    public var nodeIndex: Int
    public var nodeKind: NodeKind
    public var operators: [MutationOperator]
}

/// A mutated program and what was done to it.
public struct MutationResult {
    public var program: Program
    /// The applied edits in pre-order of their nodes.
    public var records: [MutationRecord]
}

/// Seeded AST mutation for the localizer and the fuzzer. Every result is a function of the
/// program, the configuration and the seed, and every variant parses (see
/// `MutationSiteAnalysis` for the rules that guarantee it and keep loops finite).
public struct Mutator {
    public var operators: [MutationOperator]
    public var restriction: NodeRestriction
    public var editCount: EditCount
    public var donors: SpliceDonors

    public init(operators: [MutationOperator] = MutationOperator.localizerSet, restriction: NodeRestriction = .all,
                editCount: EditCount = .between(1...1), donors: SpliceDonors = SpliceDonors()) {
        self.operators = operators
        self.restriction = restriction
        self.editCount = editCount
        self.donors = donors
    }

    /// The nodes this mutator may edit, with their operators, in pre-order.
    public func sites(in program: Program) -> [MutationSite] {
        sites(MutationSiteAnalysis(program, donors: donors))
    }

    private func sites(_ analysis: MutationSiteAnalysis) -> [MutationSite] {
        analysis.index.nodes.compactMap { node in
            guard restriction.allows(node.index) else { return nil }
            let ops = analysis.operators(at: node).filter { operators.contains($0) }
            return ops.isEmpty ? nil : MutationSite(nodeIndex: node.index, nodeKind: node.kind, operators: ops)
        }
    }

    /// A variant of `program` with edits drawn from `seed`.
    public func mutate(_ program: Program, seed: UInt64) -> MutationResult {
        let analysis = MutationSiteAnalysis(program, donors: donors)
        let available = sites(analysis)
        var rng = SeededRandom(seed: seed)
        let plan: [PlannedEdit]
        switch editCount {
        case .between(let range):
            plan = planEdits(count: rng.int(in: range), from: available, analysis: analysis, seed: seed, rng: &rng)
        case .everyEligibleNode:
            plan = planEveryNode(available, analysis: analysis, seed: seed, rng: &rng)
        }
        return apply(plan, to: program, analysis: analysis)
    }

    /// A variant with the single edit `op` at node `nodeIndex`, or nil when `op` cannot edit that
    /// node (the restriction and operator list do not apply here).
    public func applyOne(_ op: MutationOperator, at nodeIndex: Int, in program: Program, seed: UInt64) -> MutationResult? {
        let analysis = MutationSiteAnalysis(program, donors: donors)
        guard nodeIndex >= 0, nodeIndex < analysis.index.nodes.count,
              analysis.operators(at: analysis.index.nodes[nodeIndex]).contains(op) else { return nil }
        let result = apply([PlannedEdit(op: op, nodeIndex: nodeIndex, seed: seed)], to: program, analysis: analysis)
        return result.records.isEmpty ? nil : result
    }

    /// Draws an operator, then a node it can edit, until `count` non-overlapping edits are planned.
    private func planEdits(count: Int, from available: [MutationSite], analysis: MutationSiteAnalysis, seed: UInt64,
                           rng: inout SeededRandom) -> [PlannedEdit] {
        let byOperator: [(MutationOperator, [Int])] = operators.compactMap { op in
            let nodes = available.filter { $0.operators.contains(op) }.map(\.nodeIndex)
            return nodes.isEmpty ? nil : (op, nodes)
        }
        var plan: [PlannedEdit] = []
        var attempts = 0
        while plan.count < count && attempts < 20 * max(count, 1), let (op, nodes) = rng.element(of: byOperator) {
            attempts += 1
            guard let nodeIndex = rng.element(of: nodes) else { continue }
            let edit = PlannedEdit(op: op, nodeIndex: nodeIndex, seed: seed)
            if !plan.contains(where: { $0.overlaps(edit, in: analysis.index) }) { plan.append(edit) }
        }
        return plan
    }

    /// One randomly chosen operator at every eligible node, in pre-order.
    private func planEveryNode(_ available: [MutationSite], analysis: MutationSiteAnalysis, seed: UInt64,
                               rng: inout SeededRandom) -> [PlannedEdit] {
        var plan: [PlannedEdit] = []
        for site in available {
            guard let op = rng.element(of: site.operators) else { continue }
            let edit = PlannedEdit(op: op, nodeIndex: site.nodeIndex, seed: seed)
            if !plan.contains(where: { $0.overlaps(edit, in: analysis.index) }) { plan.append(edit) }
        }
        return plan
    }

    private func apply(_ plan: [PlannedEdit], to program: Program, analysis: MutationSiteAnalysis) -> MutationResult {
        var byNode: [Int: PlannedEdit] = [:]
        for edit in plan { byNode[edit.nodeIndex] = edit }
        var walker = ASTWalker(editor: MutationApplier(plan: byNode, analysis: analysis))
        let mutated = walker.walk(program)
        return MutationResult(program: mutated, records: walker.editor.records.sorted { $0.nodeIndex < $1.nodeIndex })
    }
}

/// An edit chosen for a variant; its random stream depends only on the seed, the node and the
/// operator, so the same edit comes out the same whatever else the variant contains.
struct PlannedEdit {
    var op: MutationOperator
    var nodeIndex: Int
    var seed: UInt64

    var rng: SeededRandom {
        let opOrdinal = MutationOperator.allCases.firstIndex(of: op) ?? 0
        return SeededRandom(seed: seed, salts: [UInt64(nodeIndex), UInt64(opOrdinal)])
    }

    /// Whether two edits touch the same node, or one lies inside a subtree the other may discard.
    func overlaps(_ other: PlannedEdit, in index: ProgramIndex) -> Bool {
        if nodeIndex == other.nodeIndex { return true }
        if op.discardsSubtree && index.nodes[nodeIndex].contains(other.nodeIndex) { return true }
        return other.op.discardsSubtree && index.nodes[other.nodeIndex].contains(nodeIndex)
    }
}

/// Applies planned edits during a walk (bottom-up, so a statement edit sees its edited children)
/// and records each one.
private struct MutationApplier: ASTEditor {
    let plan: [Int: PlannedEdit]
    let analysis: MutationSiteAnalysis
    var records: [MutationRecord] = []

    mutating func edit(expression: Expression, index: Int, context: NodeContext) -> Expression {
        guard let edit = plan[index], !edit.op.editsStatement else { return expression }
        var rng = edit.rng
        let node = analysis.index.nodes[index]
        guard let result = ExpressionMutations.apply(edit.op, to: expression, node: node, analysis: analysis, rng: &rng) else {
            return expression
        }
        record(edit, node, before: JSPrinter.print(expression), after: JSPrinter.print(result))
        return result
    }

    mutating func edit(statement: Statement, index: Int, context: NodeContext) -> [Statement] {
        guard let edit = plan[index], edit.op.editsStatement else { return [statement] }
        var rng = edit.rng
        let node = analysis.index.nodes[index]
        guard let result = StatementMutations.apply(edit.op, to: statement, node: node, analysis: analysis,
                                                    rng: &rng) else { return [statement] }
        record(edit, node, before: JSPrinter.print(statement), after: result.map { JSPrinter.print($0) }.joined(separator: " "))
        return result
    }

    private mutating func record(_ edit: PlannedEdit, _ node: IndexedNode, before: String, after: String) {
        records.append(MutationRecord(mutationOperator: edit.op, nodeIndex: edit.nodeIndex, nodeKind: node.kind,
                                      line: Int(node.node.position.line),
                                      before: MutationApplier.summary(before), after: MutationApplier.summary(after)))
    }

    /// Text on one line, at most 100 characters.
    private static func summary(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        let line = words.joined(separator: " ")
        return line.count > 100 ? String(line.prefix(99)) + "…" : line
    }
}
