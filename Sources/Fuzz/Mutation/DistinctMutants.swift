/// A batch of distinct mutants of one parsed program: attempt k mutates with a seed derived
/// from `seed` and k, keeps results that made at least one edit and whose printed text is new
/// (not in `excluding`, not an earlier mutant), and stops at `count` mutants or after
/// `3 * count` attempts. The same program, mutator and seed always give the same mutants.
public struct DistinctMutants {
    /// One kept mutant: the attempt that made it, its printed text and its edits.
    public struct Mutant {
        public let attempt: UInt64
        public let text: String
        public let records: [MutationRecord]
    }

    public let mutants: [Mutant]

    public init(of parsed: ParsedSource, by mutator: Mutator, count: Int, seed: UInt64, excluding: Set<String>) {
        var out: [Mutant] = []
        var seen = excluding
        var attempt: UInt64 = 0
        while out.count < count && attempt < UInt64(count) * 3 {
            attempt += 1
            let result = mutator.mutate(parsed.program, seed: seed &* 0x9E3779B97F4A7C15 &+ attempt)
            guard !result.records.isEmpty else { continue }
            let text = parsed.render(result.program)
            guard seen.insert(text).inserted else { continue }
            out.append(Mutant(attempt: attempt, text: text, records: result.records))
        }
        mutants = out
    }
}
