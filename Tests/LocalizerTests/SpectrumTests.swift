import XCTest
@testable import Localizer

/// The suspiciousness formulas against hand-computed values, and the rule spectrum's counts
/// and ranking order.
final class SpectrumTests: XCTestCase {
    private func counts(_ ef: Int, _ ep: Int, _ nf: Int, _ np: Int) -> SpectrumCounts {
        SpectrumCounts(failedCovered: ef, passedCovered: ep, failedUncovered: nf, passedUncovered: np)
    }

    func testOchiaiTarantulaAndDStarByHand() {
        // ef 3, ep 1, nf 1, np 5: F = 4, P = 6.
        let c = counts(3, 1, 1, 5)
        // 3 / sqrt(4 * 4)
        XCTAssertEqual(SuspiciousnessFormula.ochiai.score(c), 0.75, accuracy: 1e-12)
        // (3/4) / (3/4 + 1/6) = 9/11
        XCTAssertEqual(SuspiciousnessFormula.tarantula.score(c), 9.0 / 11.0, accuracy: 1e-12)
        // 3^2 / (1 + 1)
        XCTAssertEqual(SuspiciousnessFormula.dstar.score(c), 4.5, accuracy: 1e-12)
    }

    func testPerfectUncoveredAndNoPassingRuns() {
        let perfect = counts(4, 0, 0, 6)
        XCTAssertEqual(SuspiciousnessFormula.ochiai.score(perfect), 1, accuracy: 1e-12)
        XCTAssertEqual(SuspiciousnessFormula.tarantula.score(perfect), 1, accuracy: 1e-12)
        // A zero denominator counts as 0.5: 16 / 0.5, above any imperfect rule's F^2 = 16.
        XCTAssertEqual(SuspiciousnessFormula.dstar.score(perfect), 32, accuracy: 1e-12)
        XCTAssertGreaterThan(SuspiciousnessFormula.dstar.score(perfect), SuspiciousnessFormula.dstar.score(counts(4, 1, 0, 5)))
        for formula in SuspiciousnessFormula.allCases {
            XCTAssertEqual(formula.score(counts(0, 3, 4, 3)), 0, "\(formula): no failing run fired it")
            XCTAssertTrue(formula.score(counts(2, 0, 0, 0)).isFinite, "\(formula) without passing runs")
        }
        XCTAssertEqual(SuspiciousnessFormula.tarantula.score(counts(2, 0, 1, 0)), 1, accuracy: 1e-12)
        // ef 1, ep 3, nf 1, np 1: Ochiai 1 / sqrt(2 * 4).
        XCTAssertEqual(SuspiciousnessFormula.ochiai.score(counts(1, 3, 1, 1)), 1 / 8.0.squareRoot(), accuracy: 1e-12)
    }

    private func rewrites(_ rules: [(String, String)], applied: Bool = true) -> [RewriteRecord] {
        rules.enumerated().map { i, r in
            RewriteRecord(number: i + 1, phase: r.0, rule: r.1, function: "f", before: [], after: [], line: 1, column: 1,
                          applied: applied)
        }
    }

    func testSpectrumCountsRankingAndPhaseScores() {
        var s = RuleSpectrum()
        let fold = ("constant-folding", "fold-mul"), merge = ("gvn", "merge"), inline = ("inlining", "inline-call")
        let lower = ("typed-lowering", "lower-add")
        // Failing runs: fold everywhere; passing runs: fold once.
        s.add(failing: true, rewrites: rewrites([inline, fold, fold, merge]))
        s.add(failing: true, rewrites: rewrites([inline, fold, lower]))
        s.add(failing: true, rewrites: rewrites([fold, merge]))
        s.add(failing: false, rewrites: rewrites([inline, merge, lower]))
        s.add(failing: false, rewrites: rewrites([inline, fold]))
        // Rewrites skipped by a bisection limit did not fire.
        s.add(failing: false, rewrites: rewrites([fold], applied: false))
        XCTAssertEqual(s.failingRuns, 3)
        XCTAssertEqual(s.passingRuns, 3)
        let id = RuleID(phase: "constant-folding", rule: "fold-mul")
        XCTAssertEqual(s.counts(of: id), counts(3, 1, 0, 2))
        let order = ["inlining", "typed-lowering", "constant-folding", "gvn"]
        let ranked = s.ranking(.ochiai, phaseOrder: order)
        // fold 3/sqrt(3*4) = 0.866; inline 2/sqrt(3*4) = 0.577; merge 2/sqrt(3*3) = 0.667; lower 1/sqrt(3*2) = 0.408.
        XCTAssertEqual(ranked.map(\.rule.rule), ["fold-mul", "merge", "inline-call", "lower-add"])
        XCTAssertEqual(ranked[0].score, 3 / 12.0.squareRoot(), accuracy: 1e-12)
        let phases = RuleSpectrum.phaseRanking(ranked)
        XCTAssertEqual(phases.map(\.phase), ["constant-folding", "gvn", "inlining", "typed-lowering"])
        XCTAssertEqual(phases[0].score, 1)
        XCTAssertEqual(phases[1].score, (2 / 3.0) / (3 / 12.0.squareRoot()), accuracy: 1e-12)
    }

    func testEqualScoresGoInPipelineOrder() {
        var s = RuleSpectrum()
        s.add(failing: true, rewrites: rewrites([("gvn", "merge"), ("typer", "narrow")]))
        s.add(failing: false, rewrites: [])
        let ranked = s.ranking(.tarantula, phaseOrder: ["inlining", "typer", "gvn"])
        XCTAssertEqual(ranked.map(\.rule.phase), ["typer", "gvn"])
        XCTAssertEqual(ranked.map(\.score), [1, 1])
    }
}
