import XCTest
import JSEngine
@testable import Fuzz

/// Mutated corpus programs always parse, whatever the seed and operator set.
final class MutatorValidityTests: XCTestCase {
    /// The corpus parsed once.
    static let parsedCorpus: [(name: String, source: ParsedSource)] = FuzzTestSupport.corpus.compactMap { entry in
        (try? FuzzTestSupport.parse(entry.source)).map { (entry.name, $0) }
    }

    func testFuzzerVariantsOfEveryCorpusProgramParse() throws {
        let corpus = MutatorValidityTests.parsedCorpus
        XCTAssertGreaterThan(corpus.count, 100)
        let donors = SpliceDonors(programs: corpus.prefix(40).map(\.source.program))
        let mutator = Mutator(operators: MutationOperator.fuzzerSet, editCount: .between(1...4), donors: donors)
        var variants = 0
        for (name, source) in corpus {
            for seed in UInt64(0)..<12 {
                let result = mutator.mutate(source.program, seed: seed &* 7919 &+ UInt64(name.count))
                let text = source.render(result.program)
                variants += 1
                if !source.parses(text) {
                    XCTFail("\(name) seed \(seed): variant does not parse\n\(result.records)\n\(text)")
                    return
                }
            }
        }
        XCTAssertGreaterThan(variants, 2000)
    }
}
