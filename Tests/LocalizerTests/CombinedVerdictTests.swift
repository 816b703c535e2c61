import XCTest
@testable import Localizer

/// Reconciling strategies: stronger kinds of evidence decide, weaker ones order the rest.
final class CombinedVerdictTests: XCTestCase {
    let exposing = RewriteRecord(number: 9, phase: "constant-folding", rule: "fold-compare-by-range", function: "f",
                                 before: ["n20 NumberLessThan(n18, n19)"], after: ["n21 Constant[false]"], line: 4, column: 25,
                                 applied: true)

    private func result(_ strategy: String, _ phase: String?, confidence: Double, rule: String? = nil,
                        rewrite: RewriteRecord? = nil, ranking: [String]) -> StrategyResult {
        StrategyResult(strategy: strategy, verdict: Verdict(phase: phase, rule: rule, rewrite: rewrite, confidence: confidence,
                                                            explanation: "\(strategy) says \(phase ?? "nothing")."),
                       ranking: ranking.map { PhaseScore(phase: $0, score: 1) }, evidence: [], runs: 10)
    }

    /// A type violation names the typer although bisection, toggling and a confident
    /// correlation point elsewhere; the rewrite that exposed it is explained, not blamed.
    func testARuntimeTypeViolationOutweighsTheRewriteThatExposedIt() {
        let r = CombinedVerdict.reconcile([
            result("toggle", "constant-folding", confidence: 0.27, ranking: ["constant-folding", "typer"]),
            result("bisect", "constant-folding", confidence: 0.85, rule: exposing.rule, rewrite: exposing, ranking: ["constant-folding"]),
            result("types", "typer", confidence: 0.9, rule: "type:Int32BitAnd", ranking: ["typer"]),
            result("paper", "gvn", confidence: 1, ranking: ["gvn"]),
        ])
        XCTAssertEqual(r.verdict.phase, "typer")
        XCTAssertEqual(r.verdict.rule, "type:Int32BitAnd")
        XCTAssertNil(r.verdict.rewrite, "the culprit rewrite belongs to another phase")
        XCTAssertTrue(r.verdict.explanation.contains("rewrite 9 (constant-folding fold-compare-by-range)"), r.verdict.explanation)
        XCTAssertEqual(r.ranking.map(\.phase).prefix(2), ["typer", "constant-folding"])
        XCTAssertEqual(r.runs, 40)
    }

    /// Without a type violation a pinpointed rewrite outweighs phase toggling and statistics
    /// that all agree on another phase; it brings its rule and rewrite.
    func testAPinpointedRewriteOutweighsCorrelations() {
        let culprit = RewriteRecord(number: 5, phase: "gvn", rule: "merge-equivalent-value", function: "f", before: [], after: [],
                                    line: 5, column: 1, applied: true)
        let r = CombinedVerdict.reconcile([
            result("toggle", "typed-lowering", confidence: 0.27, ranking: ["typed-lowering", "gvn", "check-elimination"]),
            result("bisect", "gvn", confidence: 0.5, rule: culprit.rule, rewrite: culprit, ranking: ["gvn", "check-elimination"]),
            result("types", nil, confidence: 0, ranking: []),
            result("paper", "typed-lowering", confidence: 1, ranking: ["typed-lowering"]),
            result("sbfl", "typed-lowering", confidence: 0.7, ranking: ["typed-lowering"]),
        ])
        XCTAssertEqual(r.verdict.phase, "gvn")
        XCTAssertEqual(r.verdict.rule, "merge-equivalent-value")
        XCTAssertEqual(r.verdict.rewrite?.number, 5)
        XCTAssertEqual(r.ranking.first?.phase, "gvn")
    }

    /// On a target without bisection or type assertions the correlations decide.
    func testCorrelationsDecideWhenNothingStrongerNamesAPhase() {
        let r = CombinedVerdict.reconcile([
            result("paper", "licm", confidence: 0.6, ranking: ["licm", "gvn"]),
            result("sbfl", "gvn", confidence: 0.3, ranking: ["gvn", "licm"]),
        ])
        XCTAssertEqual(r.verdict.phase, "licm")
        XCTAssertEqual(CombinedVerdict.EvidenceStrength.of("sbfl"), .correlation)
        XCTAssertLessThan(CombinedVerdict.EvidenceStrength.of("toggle"), CombinedVerdict.EvidenceStrength.of("bisect"))
    }
}
