import XCTest
@testable import Localizer

/// `jitloc eval`'s scoring: expectations from PoC headers, the phase and exact-rule columns.
final class EvaluationTests: XCTestCase {
    func testExpectationsComeFromTheHeaders() {
        let poc = "// Flags: --allow-natives-syntax\n// Expect-Phase: gvn\n// Expect-Rule: merge-equivalent-value\nf();\n"
        XCTAssertEqual(Evaluation.expectation(poc), Evaluation.Expectation(phase: "gvn", rule: "merge-equivalent-value"))
        XCTAssertEqual(Evaluation.expectation("// Expect-Phase: scheduling\n"), Evaluation.Expectation(phase: "scheduling", rule: nil))
        XCTAssertNil(Evaluation.expectation("// Expect-Rule: merge-equivalent-value\n"), "a rule without a phase is not an expectation")
    }

    private func row(_ expected: Evaluation.Expectation, phase: String, rule: String?) -> Evaluation.Row {
        let report: [String: Any] = ["verdict": ["phase": phase, "rule": rule as Any], "ranking": [["phase": phase, "score": 1.0]],
                                     "runs": 12, "seconds": 0.5, "status": "localized"]
        let result = BatchRunner.Result(job: BatchRunner.Job(file: "p.js", arguments: []), report: report, exitStatus: 0, error: "",
                                        resumed: false)
        return Evaluation.row(file: "p.js", expected: expected, strategy: "combined", result: result)
    }

    /// The exact rule needs the right phase and the expected rule, and counts over every PoC
    /// (one that expects no rule can never score it).
    func testExactRuleCountsOverEveryPoC() {
        let rows = [
            row(.init(phase: "gvn", rule: "merge-equivalent-value"), phase: "gvn", rule: "merge-equivalent-value"),
            row(.init(phase: "gvn", rule: "merge-equivalent-value"), phase: "gvn", rule: "other-rule"),
            row(.init(phase: "licm", rule: "hoist-invariant-load"), phase: "gvn", rule: "hoist-invariant-load"),
            row(.init(phase: "scheduling", rule: nil), phase: "scheduling", rule: nil),
        ]
        XCTAssertEqual(rows.map(\.hasExactRule), [true, false, false, false])
        let summary = Evaluation.summary(rows, strategies: ["combined"])
        XCTAssertTrue(summary.contains("3/4 (75%)"), summary)   // top-1
        XCTAssertTrue(summary.contains("1/4 (25%)"), summary)   // exact rule
        XCTAssertTrue(Evaluation.render(rows, strategies: ["combined"]).contains("ok~ gvn other-rule"))
    }
}
