import Foundation
import XCTest
@testable import Localizer

/// The strategies on a target with a planted bug (no engine involved).
final class StrategyTests: XCTestCase {
    let program = Program(name: "poc.js", source: "// poc\nfunction f(x) {\n  return x + 1;\n}\n")
    let trace = [("inlining", "inline-js-call"), ("typer", "narrow"), ("constant-folding", "fold-add"),
                 ("constant-folding", "fold-mul"), ("gvn", "merge"), ("gvn", "merge"), ("dead-code-elimination", "remove")]

    private func localize(_ target: FakeTarget, _ strategies: [LocalizationStrategy]) throws -> LocalizationReport {
        try Localizer(target: target, strategies: strategies).localize(program)
    }

    func testBisectFindsTheCulpritRewriteAndItsSourceLine() throws {
        let target = FakeTarget(trace: trace, culpritRewrite: 4)
        let r = try localize(target, [BisectStrategy()])
        XCTAssertEqual(r.status, .localized)
        XCTAssertEqual(r.verdict.phase, "constant-folding")
        XCTAssertEqual(r.verdict.rule, "fold-mul")
        XCTAssertEqual(r.verdict.rewrite?.number, 4)
        XCTAssertEqual(r.verdict.sourceLine, 3)
        XCTAssertEqual(r.verdict.sourceText, "return x + 1;")
        XCTAssertLessThan(r.runs, 15, "logarithmic in the rewrites")
    }

    func testBisectBlamesABackEndPhaseWhenNoRewriteIsNeeded() throws {
        let r = try localize(FakeTarget(trace: trace, culpritRewrite: nil, buggyBackEndPhase: "register-allocation"),
                             [BisectStrategy()])
        XCTAssertEqual(r.verdict.phase, "register-allocation")
        XCTAssertNil(r.verdict.rewrite)
    }

    /// A register-allocation bug that shows only once a constant-folding rewrite has shaped the
    /// IR: the rewrite search alone would blame the folding; substituting the allocator's
    /// transparent reference first names the allocator.
    func testBisectBlamesABackEndPhaseThatNeedsARewriteToShow() throws {
        let r = try localize(FakeTarget(trace: trace, culpritRewrite: nil, buggyBackEndPhase: "register-allocation",
                                        backEndBugNeedsRewrite: 3), [BisectStrategy()])
        XCTAssertEqual(r.verdict.phase, "register-allocation")
        XCTAssertNil(r.verdict.rewrite)
        let scheduling = r.results[0].evidence.first { $0.configuration == "--no-scheduling" }
        XCTAssertEqual(scheduling?.result, "fails (same signature)", "the scheduler's substitution is tried and does not help")
    }

    /// A back-end phase whose reference is not transparent (instruction selection) is not
    /// blamed by substitution: the rewrite search decides.
    func testBisectDoesNotBlameAnOpaqueReferenceBySubstitution() throws {
        let r = try localize(FakeTarget(trace: trace, culpritRewrite: 4), [BisectStrategy()])
        XCTAssertFalse(r.results[0].evidence.contains { $0.configuration == "--no-instruction-selection" })
        XCTAssertEqual(r.verdict.rewrite?.number, 4)
    }

    func testToggleNamesThePhaseWhoseRemovalHidesTheFailure() throws {
        let r = try localize(FakeTarget(trace: trace, culpritRewrite: 5), [ToggleStrategy()])
        XCTAssertEqual(r.verdict.phase, "gvn")
        XCTAssertEqual(r.ranking.first?.phase, "gvn")
        XCTAssertEqual(r.results[0].evidence.count, 8, "one run per phase")
    }

    func testCombinedAgreesAndNamesTheRule() throws {
        let r = try localize(FakeTarget(trace: trace, culpritRewrite: 2), [ToggleStrategy(), BisectStrategy()])
        XCTAssertEqual(r.strategy, "combined")
        XCTAssertEqual(r.verdict.phase, "typer")
        XCTAssertEqual(r.verdict.rule, "narrow")
        XCTAssertGreaterThan(r.verdict.confidence, 0.5)
    }

    func testNonFailingAndFlakyProgramsAreNotLocalized() throws {
        let passing = try localize(FakeTarget(trace: trace, culpritRewrite: nil), [BisectStrategy()])
        XCTAssertEqual(passing.status, .doesNotFail)
        let flakyTarget = FakeTarget(trace: trace, culpritRewrite: 3)
        flakyTarget.flaky = true
        let flaky = try localize(flakyTarget, [BisectStrategy()])
        XCTAssertEqual(flaky.status, .flaky)
    }

    func testReportsCarryTheVerdict() throws {
        let r = try localize(FakeTarget(trace: trace, culpritRewrite: 4), [BisectStrategy()])
        let text = TextReport.render(r)
        XCTAssertTrue(text.hasPrefix("poc.js: buggy phase: constant-folding"), text)
        XCTAssertTrue(text.contains("culprit rewrite 4: constant-folding fold-mul in f"), text)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(JSONReport.render(r).utf8)) as? [String: Any])
        let verdict = try XCTUnwrap(json["verdict"] as? [String: Any])
        XCTAssertEqual(verdict["phase"] as? String, "constant-folding")
        XCTAssertEqual(verdict["rule"] as? String, "fold-mul")
        XCTAssertEqual(verdict["source_line"] as? Int, 3)
        XCTAssertNotNil(json["ranking"] as? [[String: Any]])
        XCTAssertNotNil(json["runs"] as? Int)
        XCTAssertNotNil(json["seconds"] as? Double)
    }

    func testRewriteTraceParserReadsPrintRewritesOutput() {
        let out = "42\nrewrite 1: gvn merge-equal in f at 3:7: n5 Int32Add(n1, n2) => n4 Int32Add(n1, n2)\n"
            + "rewrite 2 (skipped by limit): dead-code-elimination remove-dead in <anonymous> at 0:0: n9 Phi(n1, n2) => \n"
            + "rewrites: 2 numbered, 1 applied; gvn: 1; dead-code-elimination: 1\n"
        let (rest, trace) = RewriteTraceParser.split(out)
        XCTAssertEqual(rest, "42\n")
        XCTAssertEqual(trace.count, 2)
        XCTAssertEqual(trace[0].phase, "gvn")
        XCTAssertEqual(trace[0].rule, "merge-equal")
        XCTAssertEqual(trace[0].line, 3)
        XCTAssertEqual(trace[0].after, ["n4 Int32Add(n1, n2)"])
        XCTAssertFalse(trace[1].applied)
        XCTAssertEqual(trace[1].function, "<anonymous>")
    }
}

/// Parsing the engine's `--assert-types` report.
final class TypeViolationTests: XCTestCase {
    func testParsesNodeTypePhaseValueAndLine() throws {
        let v = try XCTUnwrap(TypeViolation("type assertion failed: n17 Math[expm1] typed Number(no -0) by typer, got -0 at 3:10"))
        XCTAssertEqual(v.node, "n17 Math[expm1]")
        XCTAssertEqual(v.type, "Number(no -0)")
        XCTAssertEqual(v.phase, "typer")
        XCTAssertEqual(v.actual, "-0")
        XCTAssertEqual(v.line, 3)
        XCTAssertEqual(v.typingRule, "type:Math[expm1]")
        XCTAssertNil(TypeViolation("memory-safety violation: field load"))
    }
}
