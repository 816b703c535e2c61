import JSEngine

/// Chooses the next program: a freshly generated one, or a mutation (one to three edits with
/// every fuzzer operator, splicing from other corpus programs) of a corpus program. Corpus
/// programs are parsed once and kept; the splice donors are rebuilt when the corpus grows.
/// The probe prelude of generated programs is never mutated (`ProbePrelude.protectedNodes`).
struct InputScheduler {
    private var random: SeededRandom
    private let generator = ProgramGenerator()
    private var parsed: [(source: ParsedSource, restriction: NodeRestriction)] = []
    private var mutator = Mutator(operators: MutationOperator.fuzzerSet, editCount: .between(1...3))
    /// The corpus size when the donors were last built (they are rebuilt when it grew by a quarter).
    private var donorsBuiltAt = 0

    init(seed: UInt64) {
        random = SeededRandom(seed: seed, salts: [0x7363_6865_6475_6C65])
    }

    var corpusCount: Int { parsed.count }

    /// Makes `text` available for mutation (ignored when it does not parse).
    mutating func add(_ text: String) {
        guard let source = try? ParsedSource(text: text) else { return }
        parsed.append((source, .excluding(ProbePrelude.protectedNodes(in: source.program))))
    }

    /// The next program to run.
    mutating func next() -> String {
        let seed = random.next()
        guard !parsed.isEmpty, random.chance(2, in: 3), let base = random.element(of: parsed) else {
            return generator.generate(seed: seed)
        }
        if parsed.count > donorsBuiltAt + donorsBuiltAt / 4 {
            // The donors come from a bounded sample so rebuilding stays cheap.
            let sample = parsed.count <= 24 ? parsed : (0..<24).compactMap { _ in random.element(of: parsed) }
            mutator.donors = SpliceDonors(programs: sample.map(\.source.program))
            donorsBuiltAt = parsed.count
        }
        mutator.restriction = base.restriction
        let result = mutator.mutate(base.source.program, seed: seed)
        return base.source.render(result.program)
    }
}
