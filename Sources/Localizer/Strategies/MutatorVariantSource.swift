import Fuzz
import JSEngine

/// The variants the `paper` strategy compares: the PoC mutated by the Fuzz module's
/// localizer operators (one to three edits each; loop tests, loop updates and natives calls
/// are never touched), printed with the PoC's header lines, duplicates dropped. The same
/// PoC and seed always give the same variants.
public struct MutatorVariantSource: VariantSource {
    public init() {}

    public func variants(of program: Program, count: Int, seed: UInt64) -> [Program] {
        guard let parsed = try? ParsedSource(text: program.source) else { return [] }
        let mutator = Mutator(operators: MutationOperator.localizerSet, editCount: .between(1...3))
        return DistinctMutants(of: parsed, by: mutator, count: count, seed: seed, excluding: [program.source]).mutants.map {
            Program(name: "\(program.name)#\($0.attempt)", source: $0.text)
        }
    }
}
