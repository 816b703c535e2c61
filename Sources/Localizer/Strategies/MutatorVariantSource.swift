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
        var out: [Program] = []
        var seen: Set<String> = [program.source]
        var attempt: UInt64 = 0
        while out.count < count && attempt < UInt64(count) * 3 {
            attempt += 1
            let result = mutator.mutate(parsed.program, seed: seed &* 0x9E3779B97F4A7C15 &+ attempt)
            guard !result.records.isEmpty else { continue }
            let text = parsed.render(result.program)
            guard seen.insert(text).inserted else { continue }
            out.append(Program(name: "\(program.name)#\(attempt)", source: text))
        }
        return out
    }
}
