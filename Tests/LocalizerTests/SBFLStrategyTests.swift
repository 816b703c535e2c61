import Foundation
import XCTest
@testable import Localizer

/// A target whose programs say what the optimizer does: each `rule PHASE RULE` line is a
/// rewrite rule that fires, `bug` makes the output wrong when `constant-folding
/// fold-mul-zero` fires too, `noopt` means nothing gets optimized and `crash` is a
/// memory-safety violation (a different failure).
private final class ScriptedTarget: Target {
    let name = "scripted"
    let capabilities = TargetCapabilities.all
    let phases = ["inlining", "typer", "constant-folding", "gvn"]
    let requiredPhases: [String] = []

    func run(_ program: Program, _ c: RunConfiguration) throws -> Outcome {
        let lines = program.source.split(separator: "\n").map(String.init)
        guard c.optimize else { return Outcome(stdout: "ok\n", kind: .normal) }
        let rules = lines.contains("noopt") ? [] : lines.filter { $0.hasPrefix("rule ") }.map { $0.split(separator: " ").map(String.init) }
        let limit = c.bisectLimit ?? Int.max
        let records = rules.enumerated().map { i, r in
            RewriteRecord(number: i + 1, phase: r[1], rule: r[2], function: "f", before: [], after: [], line: i + 1, column: 1,
                          applied: i < limit)
        }
        if lines.contains("crash") {
            return Outcome(stdout: "", kind: .memorySafetyViolation, message: "element load out of bounds",
                           rewrites: c.recordRewrites ? records : nil)
        }
        let buggy = lines.contains("bug") && records.contains { $0.applied && $0.rule == "fold-mul-zero" }
        return Outcome(stdout: buggy ? "wrong\n" : "ok\n", kind: .normal, rewrites: c.recordRewrites ? records : nil)
    }
}

/// Fixed variants standing for the mutators' output; records what it was asked for.
private final class ScriptedVariants: DirectedVariantSource {
    var relevantAsked: [Int] = []
    var sparedAsked: [Int] = []

    private func variant(_ name: String, _ nodes: [Int], _ lines: String...) -> EditedVariant {
        EditedVariant(program: Program(name: name, source: lines.joined(separator: "\n") + "\n"), editedNodes: nodes,
                      summary: "edit of \(name)")
    }

    func singleEditVariants(of program: Program, count: Int, seed: UInt64) -> [EditedVariant] {
        Array([
            // The bug line edited away: node 2 is bug-relevant.
            variant("v1", [2], "rule inlining inline-call", "rule constant-folding fold-mul-zero", "rule gvn merge", "similarity 0.9"),
            variant("v2", [5], "rule constant-folding fold-mul-zero", "bug", "similarity 0.9"),
            variant("v3", [7], "rule inlining inline-call", "noopt", "bug", "similarity 0.99"),
            // The folding rule no longer fires: node 3 is bug-relevant.
            variant("v4", [3], "rule inlining inline-call", "rule gvn merge", "bug", "similarity 0.8"),
        ].prefix(count))
    }

    func closeVariants(of program: Program, editing relevantNodes: [Int], count: Int, seed: UInt64) -> [EditedVariant] {
        relevantAsked = relevantNodes
        return Array([
            variant("close1", [2], "rule inlining inline-call", "rule typer narrow", "similarity 0.95"),
            variant("close2", [3], "rule inlining inline-call", "similarity 0.5"),
        ].prefix(count))
    }

    func distantVariants(of program: Program, sparing relevantNodes: [Int], count: Int, seed: UInt64) -> [EditedVariant] {
        sparedAsked = relevantNodes
        return Array([
            variant("far1", [0, 1], "rule constant-folding fold-mul-zero", "rule inlining inline-call", "bug", "similarity 0.3"),
            variant("far2", [0, 1], "rule inlining inline-call", "crash", "similarity 0.1"),
        ].prefix(count))
    }

    func similarity(of variant: Program, to program: Program) -> Double {
        let line = variant.source.split(separator: "\n").first { $0.hasPrefix("similarity ") }
        return line.flatMap { Double($0.dropFirst("similarity ".count)) } ?? 1
    }
}

/// `sbfl` at unit level (scripted target and variants, hand-computed spectrum) and on
/// injected faults of this engine (PoCs of corpora/pocs, in process).
final class SBFLStrategyTests: XCTestCase {
    let poc = Program(name: "poc.js", source: "rule inlining inline-call\nrule constant-folding fold-mul-zero\nrule gvn merge\nbug\n")

    func testLearnsRelevantNodesSelectsBySimilarityAndRanksRules() throws {
        let variants = ScriptedVariants()
        let strategy = SBFLStrategy(source: variants, variants: 8, seed: 1, formula: .ochiai)
        let r = try Localizer(target: ScriptedTarget(), strategies: [strategy]).localize(poc)
        XCTAssertEqual(r.status, .localized)
        XCTAssertEqual(variants.relevantAsked, [2, 3], "the nodes whose single edit hid the failure")
        XCTAssertEqual(variants.sparedAsked, [2, 3])
        XCTAssertEqual(r.verdict.phase, "constant-folding")
        XCTAssertEqual(r.verdict.rule, "fold-mul-zero")
        XCTAssertEqual(r.verdict.sourceLine, 2, "the PoC's first rewrite by that rule")
        // Kept: passing close1 (0.95) and v1 (0.9) of four; failing far1 (0.3) and v2 (0.9); and the PoC.
        let spectrum = try XCTUnwrap(r.results[0].spectrum)
        XCTAssertEqual(spectrum.rules.map { "\($0.rule.phase) \($0.rule.rule)" },
                       ["constant-folding fold-mul-zero", "inlining inline-call", "gvn merge"])
        XCTAssertEqual(spectrum.rules[0].counts,
                       SpectrumCounts(failedCovered: 3, passedCovered: 1, failedUncovered: 0, passedUncovered: 1))
        XCTAssertEqual(spectrum.rules[0].score, 3 / 12.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(spectrum.rules[1].score, 2 / 12.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(spectrum.rules[2].score, 1 / 6.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(r.ranking.map(\.phase), ["constant-folding", "inlining", "gvn"])
        // Two runs per variant: four single edits, two close, two far.
        XCTAssertEqual(r.results[0].runs, 16)
        let evidence = r.results[0].evidence.map { "\($0.configuration): \($0.result)" }
        XCTAssertTrue(evidence.contains("single-edit variants: 4 run: 2 passing, 1 failing, 0 failing otherwise, 1 not optimized or unparseable"),
                      "\(evidence)")
        XCTAssertTrue(evidence.contains("far variants (all other nodes edited): 2 run: 0 passing, 1 failing, 1 failing otherwise, "
                                        + "0 not optimized or unparseable"), "\(evidence)")
    }

    func testFormulaChangesScoresAndReportsShowTheSpectrum() throws {
        let strategy = SBFLStrategy(source: ScriptedVariants(), variants: 8, seed: 1, formula: .dstar)
        let r = try Localizer(target: ScriptedTarget(), strategies: [strategy]).localize(poc)
        let spectrum = try XCTUnwrap(r.results[0].spectrum)
        XCTAssertEqual(spectrum.formula, .dstar)
        // fold-mul-zero: ef 3, ep 1, nf 0: 9 / 1.
        XCTAssertEqual(spectrum.rules[0].score, 9, accuracy: 1e-12)
        let text = TextReport.render(r)
        XCTAssertTrue(text.contains("spectrum ranks (dstar"), text)
        XCTAssertTrue(text.contains("1. constant-folding fold-mul-zero"), text)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(JSONReport.render(r).utf8)) as? [String: Any])
        let strategies = try XCTUnwrap(json["strategies"] as? [[String: Any]])
        let spectrumJSON = try XCTUnwrap(strategies[0]["spectrum"] as? [String: Any])
        XCTAssertEqual(spectrumJSON["formula"] as? String, "dstar")
        let first = try XCTUnwrap((spectrumJSON["rules"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["rule"] as? String, "fold-mul-zero")
        XCTAssertEqual(first["ef"] as? Int, 3)
        XCTAssertEqual(first["ep"] as? Int, 1)
        XCTAssertTrue(HTMLReport.render(r, source: poc.source).contains("<h3>Spectrum ranks (dstar)</h3>"))
    }

    func testNoRewriteTraceMeansNoVerdict() throws {
        let r = try Localizer(target: FakeTarget(trace: [], culpritRewrite: nil, buggyBackEndPhase: "scheduling"),
                              strategies: [SBFLStrategy(source: ScriptedVariants(), variants: 8)])
            .localize(Program(name: "poc.js", source: "x\n"))
        XCTAssertEqual(r.status, .localized)
        XCTAssertNil(r.verdict.phase, "no rule fired in any run")
    }

    // MARK: injected faults, in process

    static let pocs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpora/pocs")

    private func sbfl(_ file: String, variants: Int = 40, seed: UInt64 = 1) throws -> LocalizationReport {
        let source = try String(contentsOf: SBFLStrategyTests.pocs.appendingPathComponent(file), encoding: .utf8)
        let strategy = SBFLStrategy(source: MutatorDirectedVariantSource(), variants: variants, seed: seed)
        return try Localizer(target: InProcessTarget(), strategies: [strategy]).localize(Program(name: file, source: source))
    }

    func testNamesTheFoldingRuleOfMulZero() throws {
        let r = try sbfl("constant-folding.mul-zero.js")
        XCTAssertEqual(r.verdict.phase, "constant-folding")
        XCTAssertEqual(r.verdict.rule, "simplify-mul-zero")
        XCTAssertEqual(r.verdict.sourceText, "function f(x) { return x * 0; }")
    }

    func testNamesGVNForSubtractionTreatedAsCommutative() throws {
        let r = try sbfl("gvn.sub-commutative.js")
        XCTAssertEqual(r.verdict.phase, "gvn")
        XCTAssertEqual(r.verdict.rule, "merge-equivalent-value")
    }

    func testNamesBoundsCheckEliminationForTheIgnoredLowerBound() throws {
        let r = try sbfl("bounds-check-elimination.ignores-lower-bound.loop.js")
        XCTAssertEqual(r.verdict.phase, "bounds-check-elimination")
    }

    func testTheSameSeedGivesTheSameSpectrumAndAnotherSeedOtherVariants() throws {
        let a = try sbfl("constant-folding.mul-zero.js", variants: 16, seed: 7)
        let b = try sbfl("constant-folding.mul-zero.js", variants: 16, seed: 7)
        XCTAssertEqual(a.results[0].spectrum, b.results[0].spectrum)
        XCTAssertEqual(a.results[0].evidence, b.results[0].evidence)
        XCTAssertEqual(a.runs, b.runs)
        let c = try sbfl("constant-folding.mul-zero.js", variants: 16, seed: 8)
        XCTAssertNotEqual(a.results[0].evidence, c.results[0].evidence)
    }
}
