import XCTest
import Fuzz
@testable import Localizer

/// The fuzzer's triage on top of the localizer: signatures merge two PoCs of one fault and
/// separate two faults, and reduction keeps the failure in the blamed phase.
final class FuzzTriageTests: XCTestCase {
    static let pocs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpora/pocs")

    /// A PoC without the `--inject ID` of its `// Flags:` line (the fault comes in through the
    /// flags, as in a campaign; natives syntax stays allowed).
    private func poc(_ name: String) throws -> String {
        let text = try String(contentsOf: FuzzTriageTests.pocs.appendingPathComponent(name), encoding: .utf8)
        return text.replacingOccurrences(of: #"--inject [a-z.-]+"#, with: "", options: .regularExpression)
    }

    private func signature(_ name: String, fault: String, triage: LocalizerTriage) throws -> FindingSignature {
        let (phase, rule, flaky) = triage.localize(try poc(name), flags: ["--jit-threshold=2", "--inject=\(fault)"])
        XCTAssertFalse(flaky, name)
        return FindingSignature(kind: .outputMismatch, phase: phase, rule: rule)
    }

    func testTwoPoCsOfOneFaultMergeAndTwoFaultsSeparate() throws {
        let triage = LocalizerTriage()
        let mulZero = try signature("constant-folding.mul-zero.js", fault: "constant-folding.mul-zero", triage: triage)
        let mulZeroLoop = try signature("constant-folding.mul-zero.loop.js", fault: "constant-folding.mul-zero", triage: triage)
        let ushr = try signature("typed-lowering.ushr-as-identity.loop.js", fault: "typed-lowering.ushr-as-identity", triage: triage)
        XCTAssertEqual(mulZero.description, "output.constant-folding.simplify-mul-zero")
        XCTAssertEqual(mulZero, mulZeroLoop)
        XCTAssertEqual(ushr.description, "output.typed-lowering.eliminate-unsigned-shift")
        XCTAssertNotEqual(mulZero, ushr)
    }

    func testTriageReducesAndReportsInTheLocalizeSchema() throws {
        let source = try poc("constant-folding.mul-zero.loop.js")
        let flags = ["--jit-threshold=2", "--inject=constant-folding.mul-zero"]
        let triage = LocalizerTriage(reductionBudget: 150)
        let failure = Failure(kind: .outputMismatch, detail: "", flags: flags)
        let result = triage.triage(source, flags: flags, failure: failure, phase: "constant-folding")
        XCTAssertLessThan(result.reducedSource.count, source.count)
        XCTAssertEqual(result.phase, "constant-folding")
        XCTAssertFalse(result.isFlaky)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.localizerJSON.utf8)) as? [String: Any])
        XCTAssertEqual(json["status"] as? String, "localized")
        XCTAssertEqual((json["verdict"] as? [String: Any])?["phase"] as? String, "constant-folding")
        // The reduced program still fails with the fault and passes without it.
        let target = InProcessTarget()
        var failing = RunConfiguration()
        failing.extraFlags = flags
        let reduced = Program(name: "reduced.js", source: result.reducedSource)
        let reference = try target.run(reduced, .reference)
        XCTAssertNotNil(FailureSignature.of(try target.run(reduced, failing), reference: reference))
        failing.extraFlags = ["--jit-threshold=2"]
        XCTAssertNil(FailureSignature.of(try target.run(reduced, failing), reference: reference))
    }
}
