import Fuzz
import JSEngine

/// The `sbfl` strategy's variants from the Fuzz module: single edits by
/// `Mutator.applyOne` walked round-robin over the editable nodes (node after node in
/// pre-order, then the next operator and a fresh draw), directed failing variants by
/// `EditCount.everyEligibleNode` with the bug-relevant nodes and their ancestors excluded (an
/// edit of an ancestor can discard them) and without statement deletion (deleting every
/// statement at once leaves nothing that could fail), and Needleman-Wunsch
/// similarity of the pre-order node labels (kind plus operator, literal or name, so an edited
/// operator or literal counts as a mismatch). Variants print with the PoC's header lines;
/// duplicates and the PoC itself are dropped.
public struct MutatorDirectedVariantSource: DirectedVariantSource {
    public init() {}

    public func singleEditVariants(of program: Program, count: Int, seed: UInt64) -> [EditedVariant] {
        roundRobin(of: program, restriction: .all, count: count, seed: seed, tag: "edit")
    }

    public func closeVariants(of program: Program, editing relevantNodes: [Int], count: Int, seed: UInt64) -> [EditedVariant] {
        guard !relevantNodes.isEmpty else { return [] }
        return roundRobin(of: program, restriction: .only(Set(relevantNodes)), count: count, seed: seed, tag: "close")
    }

    public func distantVariants(of program: Program, sparing relevantNodes: [Int], count: Int, seed: UInt64) -> [EditedVariant] {
        guard let parsed = try? ParsedSource(text: program.source) else { return [] }
        let index = ProgramIndex(parsed.program)
        var spared = Set<Int>()
        for n in relevantNodes where n >= 0 && n < index.nodes.count {
            var current: IndexedNode? = index.nodes[n]
            while let node = current, spared.insert(node.index).inserted { current = index.parent(of: node) }
        }
        let mutator = Mutator(operators: MutationOperator.localizerSet.filter { $0 != .statementDeletion },
                              restriction: .excluding(spared), editCount: .everyEligibleNode)
        return DistinctMutants(of: parsed, by: mutator, count: count, seed: seed, excluding: [program.source, parsed.render()])
            .mutants.map {
                EditedVariant(program: Program(name: "\(program.name)#far\($0.attempt)", source: $0.text),
                              editedNodes: $0.records.map(\.nodeIndex), summary: "\($0.records.count) edits")
            }
    }

    public func similarity(of variant: Program, to program: Program) -> Double {
        guard let a = try? ParsedSource(text: variant.source), let b = try? ParsedSource(text: program.source) else { return 0 }
        return NeedlemanWunsch().align(ProgramIndex(a.program).labels, ProgramIndex(b.program).labels).similarity
    }

    /// Single edits at the nodes `restriction` allows: the k-th attempt edits site k mod S
    /// with its (k div S)-th operator (cycling) and a draw salted with k div S.
    private func roundRobin(of program: Program, restriction: NodeRestriction, count: Int, seed: UInt64,
                            tag: String) -> [EditedVariant] {
        guard let parsed = try? ParsedSource(text: program.source) else { return [] }
        let mutator = Mutator(operators: MutationOperator.localizerSet, restriction: restriction)
        let sites = mutator.sites(in: parsed.program)
        guard !sites.isEmpty else { return [] }
        var out: [EditedVariant] = []
        var seen: Set<String> = [program.source, parsed.render()]
        var attempt = 0
        while out.count < count && attempt < count * 4 {
            let site = sites[attempt % sites.count]
            let round = attempt / sites.count
            attempt += 1
            let op = site.operators[round % site.operators.count]
            guard let result = mutator.applyOne(op, at: site.nodeIndex, in: parsed.program, seed: seed &+ UInt64(round)) else {
                continue
            }
            let text = parsed.render(result.program)
            guard seen.insert(text).inserted else { continue }
            out.append(EditedVariant(program: Program(name: "\(program.name)#\(tag)\(attempt)", source: text),
                                     editedNodes: result.records.map(\.nodeIndex),
                                     summary: result.records.map(\.description).joined(separator: "; ")))
        }
        return out
    }
}
