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

    func testLocalizerVariantsEditingEveryEligibleNodeParse() throws {
        let mutator = Mutator(operators: MutationOperator.localizerSet, editCount: .everyEligibleNode)
        for (name, source) in MutatorValidityTests.parsedCorpus {
            for seed in UInt64(0)..<3 {
                let result = mutator.mutate(source.program, seed: seed)
                XCTAssertFalse(result.records.isEmpty, name)
                let text = source.render(result.program)
                if !source.parses(text) {
                    return XCTFail("\(name) seed \(seed): variant does not parse\n\(text)")
                }
            }
        }
    }

    func testEverySingleEditOfTheJitCorpusParses() throws {
        let mutator = Mutator(operators: MutationOperator.fuzzerSet,
                              donors: SpliceDonors(programs: MutatorValidityTests.parsedCorpus.prefix(10).map(\.source.program)))
        for (name, source) in MutatorValidityTests.parsedCorpus.filter({ $0.source.parserOptions.allowNativesSyntax }) {
            let sites = mutator.sites(in: source.program)
            XCTAssertGreaterThan(sites.count, 10)
            for site in sites {
                for op in site.operators {
                    let result = try XCTUnwrap(mutator.applyOne(op, at: site.nodeIndex, in: source.program, seed: 5), "\(op)")
                    XCTAssertTrue(source.parses(source.render(result.program)), "\(name): \(result.records)")
                }
            }
        }
    }
}
