import Foundation
import XCTest
@testable import Localizer

/// The strategies on this repository's engine with real injected faults (the PoCs in
/// corpora/pocs, whose `--inject` flag comes from their `// Flags:` line): the evidence
/// that the localizer works on the optimizer, not only on a planted trace.
final class InProcessLocalizationTests: XCTestCase {
    static let pocs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpora/pocs")

    private func localize(_ poc: String, _ strategies: [LocalizationStrategy]) throws -> LocalizationReport {
        let url = InProcessLocalizationTests.pocs.appendingPathComponent(poc)
        let program = Program(name: poc, source: try String(contentsOf: url, encoding: .utf8))
        return try Localizer(target: InProcessTarget(), strategies: strategies).localize(program)
    }

    /// A typer range error that only shows after constant folding trusts it: bisection
    /// blames the fold, the type assertions name the typer.
    func testTypesNamesTheTyperWhereBisectionBlamesTheFold() throws {
        for poc in ["typer.and-mask-range.js", "typer.expm1-not-minus-zero.loop.js"] {
            let types = try localize(poc, [TypesStrategy()])
            XCTAssertEqual(types.status, .localized, poc)
            XCTAssertEqual(types.verdict.phase, "typer", poc)
        }
        let bisect = try localize("typer.and-mask-range.js", [BisectStrategy()])
        XCTAssertEqual(bisect.verdict.phase, "constant-folding")
        XCTAssertEqual(bisect.verdict.rule, "fold-compare-by-range")
    }

    /// A fault that is no typing error leaves the type assertions silent.
    func testTypesFindsNothingWithoutATypeError() throws {
        let r = try localize("gvn.sub-commutative.js", [TypesStrategy()])
        XCTAssertNil(r.verdict.phase)
    }

    /// Instruction selection converting a uint32 as signed makes a value leave the typer's
    /// (right) range: the violation disappears with the back end's reference versions, so
    /// types does not blame the typer, and combined follows bisection to instruction selection.
    func testAValueTheBackEndMiscomputedIsNotBlamedOnTheTyper() throws {
        let poc = "instruction-selection.uint32-to-float64-signed.js"
        let types = try localize(poc, [TypesStrategy()])
        XCTAssertNil(types.verdict.phase, types.verdict.explanation)
        XCTAssertTrue(types.results[0].evidence.first?.result.contains("Uint32Shr") ?? false, "the raw violation is still shown")
        let combined = try localize(poc, [TypesStrategy(), BisectStrategy()])
        XCTAssertEqual(combined.verdict.phase, "instruction-selection")
    }

    /// The back-end bugs whose reference versions are transparent: bisection blames them
    /// although a front-end rewrite shapes the IR they miscompile.
    func testBisectNamesSchedulingAndRegisterAllocation() throws {
        for (poc, phase) in [("register-allocation.spill-slot-reuse.js", "register-allocation"),
                             ("scheduling.ignores-effect-order.js", "scheduling")] {
            let r = try localize(poc, [BisectStrategy()])
            XCTAssertEqual(r.verdict.phase, phase, poc)
        }
    }

    func testBisectAndToggleOnFaultsOfThreePhases() throws {
        let cases = [("gvn.sub-commutative.js", "gvn"), ("inlining.missing-args-not-undefined.loop.js", "inlining"),
                     ("bounds-check-elimination.inclusive-loop-bound.js", "bounds-check-elimination")]
        for (poc, phase) in cases {
            let bisect = try localize(poc, [BisectStrategy()])
            XCTAssertEqual(bisect.verdict.phase, phase, poc)
            XCTAssertNotNil(bisect.verdict.rule, poc)
            let toggle = try localize(poc, [ToggleStrategy()])
            XCTAssertTrue(toggle.ranking.contains { $0.phase == phase }, "\(poc): \(toggle.ranking)")
        }
    }
}
