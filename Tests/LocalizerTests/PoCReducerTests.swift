import XCTest
@testable import Localizer

/// The PoC reducer on injected faults of this engine (in process): the result is smaller,
/// still fails the same way with bisection's culprit, and keeps the `// Flags:` line.
final class PoCReducerTests: XCTestCase {
    private func poc(_ file: String) throws -> Program {
        let url = SBFLStrategyTests.pocs.appendingPathComponent(file)
        return Program(name: file, source: try String(contentsOf: url, encoding: .utf8))
    }

    private func bisect(_ program: Program) throws -> LocalizationReport {
        try Localizer(target: InProcessTarget(), strategies: [BisectStrategy()]).localize(program)
    }

    func testReducedPoCIsSmallerAndKeepsTheFailureAndTheCulprit() throws {
        let original = try poc("gvn.sub-commutative.js")
        var steps: [ReducedProgress] = []
        let reduced = try PoCReducer(target: InProcessTarget()).reduce(original, progress: { steps.append($0) })
        XCTAssertEqual(reduced.culprit, Culprit(phase: "gvn", rule: "merge-equivalent-value"))
        XCTAssertLessThan(reduced.reducedNodes, reduced.originalNodes)
        XCTAssertLessThan(reduced.text.count, original.source.count)
        XCTAssertFalse(steps.isEmpty)
        XCTAssertEqual(steps.map(\.characters), steps.map(\.characters).sorted(by: >), "progress reports only smaller programs")
        XCTAssertTrue(reduced.text.hasPrefix("// Flags: --allow-natives-syntax --inject gvn.sub-commutative\n"), reduced.text)
        XCTAssertFalse(reduced.interrupted)
        let before = try bisect(original), after = try bisect(Program(name: "reduced.js", source: reduced.text))
        XCTAssertEqual(after.status, .localized)
        XCTAssertEqual(after.signature?.kind, before.signature?.kind)
        XCTAssertEqual(after.verdict.phase, "gvn")
        XCTAssertEqual(after.verdict.rule, "merge-equivalent-value")
    }

    func testStoppingAtOnceKeepsTheOriginal() throws {
        let original = try poc("constant-folding.mul-zero.js")
        let reduced = try PoCReducer(target: InProcessTarget()).reduce(original, shouldStop: { true })
        XCTAssertTrue(reduced.interrupted)
        XCTAssertEqual(reduced.reducedNodes, reduced.originalNodes)
    }

    func testNonFailingAndUnparseablePoCsAreRefused() {
        let passing = Program(name: "ok.js", source: "function f(x) { return x + 1; }\nfor (let i = 0; i < 50; i++) f(i);\nconsole.log(f(2));\n")
        XCTAssertThrowsError(try PoCReducer(target: InProcessTarget()).reduce(passing)) { error in
            guard case PoCReducer.Failure.doesNotFail = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try PoCReducer(target: InProcessTarget()).reduce(Program(name: "bad.js", source: "console.log("))) { error in
            XCTAssertTrue("\(error)".contains("bad.js does not parse"), "\(error)")
        }
    }
}
