import Foundation
import XCTest
@testable import JSEngine
@testable import Optimizer

/// The fault catalog: 33 faults over the 15 phases, each with two proofs of concept in
/// corpora/pocs (one with natives syntax, ID.js; one with hot loops only, ID.loop.js) that
/// print node's output under `--no-opt` and without the fault, and something else with it.
final class FaultCatalogTests: XCTestCase {
    static let pocs = OptimizedCorpusTests.root.appendingPathComponent("pocs")

    func testCatalogCoversEveryPhase() {
        XCTAssertEqual(FaultCatalog.all.count, 33)
        XCTAssertEqual(Set(FaultCatalog.all.map(\.id)).count, 33, "ids are unique")
        XCTAssertEqual(Set(FaultCatalog.all.map(\.phase)), Set(FlagParser.phaseIDs))
        for f in FaultCatalog.all {
            XCTAssertFalse(f.summary.isEmpty || f.analog.isEmpty, f.id.rawValue)
        }
    }

    /// The PoC's source with its `--inject` flag removed (the same program, fault-free).
    private func withoutInjection(_ source: String, _ id: FaultID) -> String {
        source.replacingOccurrences(of: "--inject \(id.rawValue)", with: "")
    }

    func testEveryImplementedFaultHasTwoDivergingProofsOfConcept() throws {
        for fault in FaultCatalog.all where !FaultCatalog.pending.contains(fault.id) {
            let id = fault.id
            for file in ["\(id.rawValue).js", "\(id.rawValue).loop.js"] {
                let url = FaultCatalogTests.pocs.appendingPathComponent(file)
                guard let source = try? String(contentsOf: url, encoding: .utf8),
                      let expected = try? String(contentsOf: url.deletingPathExtension().appendingPathExtension("expected"),
                                                 encoding: .utf8) else {
                    XCTFail("\(file) or its .expected is missing"); continue
                }
                XCTAssertTrue(source.contains("// Expect-Phase: \(fault.phase)\n"), "\(file) names its phase")
                XCTAssertTrue(source.contains("--inject \(id.rawValue)"), "\(file) injects its fault in its Flags line")
                // A natives call is `%Name(`; a modulus operator is not one.
                let usesNatives = source.range(of: "%[A-Za-z]+\\(", options: .regularExpression) != nil
                XCTAssertEqual(file.hasSuffix(".loop.js"), !usesNatives, "\(file): natives syntax only in ID.js")
                let (reference, referenceEnd, _) = OptimizerTestSupport.run(source, ["--no-opt"])
                XCTAssertEqual(reference, expected, "\(file) under --no-opt prints node's output")
                XCTAssertEqual(referenceEnd, .normal, file)
                let (clean, cleanEnd, _) = OptimizerTestSupport.run(withoutInjection(source, id), [])
                XCTAssertEqual(clean, expected, "\(file) without the fault prints node's output")
                XCTAssertEqual(cleanEnd, .normal, file)
                let (faulty, faultyEnd, compiler) = OptimizerTestSupport.run(source, [])
                XCTAssertTrue(faulty != expected || faultyEnd != .normal, "\(file) diverges with the fault")
                XCTAssertEqual(compiler?.log.firedFaults, [id], "\(file): the fault fired")
                // The rule the evaluation expects the localizer to name is one that applied in the
                // fault's phase (typing rules, `type:OP`, are named by type assertions instead).
                if let rule = source.split(separator: "\n").first(where: { $0.hasPrefix("// Expect-Rule: ") })?
                    .dropFirst("// Expect-Rule: ".count), !rule.hasPrefix("type:") {
                    let applied = compiler?.log.rewrites.filter { $0.applied && $0.phase == fault.phase }.map(\.rule) ?? []
                    XCTAssertTrue(applied.contains(String(rule)), "\(file): \(rule) is not among \(fault.phase)'s rewrites \(applied)")
                }
            }
        }
    }

    /// With every fault injected, programs in which no fault fires print what they print
    /// without faults; the ones that change are counted (reported, not asserted).
    func testAllFaultsTogetherChangeOnlyProgramsThatReachThem() throws {
        let all = FaultID.allCases.map(\.rawValue).joined(separator: ",")
        let dir = OptimizedCorpusTests.root.appendingPathComponent("conformance")
        var changed: [String] = []
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".js") }).sorted() {
            let js = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            let expected = try String(contentsOf: dir.appendingPathComponent(String(f.dropLast(3)) + ".expected"), encoding: .utf8)
            // A step budget well above what any conformance program needs: a fault may turn a
            // loop infinite (a clobbered counter), which must end the run, not the test.
            let (out, ending, compiler) = OptimizerTestSupport.run(js, ["--jit-threshold=2", "--max-steps=5000000", "--inject", all])
            let fired = compiler?.log.firedFaults ?? []
            if out != expected || ending != .normal {
                XCTAssertFalse(fired.isEmpty, "\(f) changed although no fault fired")
                changed.append(f)
            }
        }
        print("[fault catalog] all faults injected: \(changed.count) conformance programs change: \(changed.joined(separator: ", "))")
    }

    /// The localizer is blind: it learns only from runs, never from the catalog or the PoCs'
    /// headers. Only the in-process target may import the Optimizer (to run the engine), and
    /// only evaluation code may read `Expect-Phase` headers (to score verdicts afterwards).
    func testLocalizerDoesNotReadTheCatalog() throws {
        let dir = OptimizedCorpusTests.root.deletingLastPathComponent().appendingPathComponent("Sources/Localizer")
        let files = (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        XCTAssertGreaterThan(files.count, 5)
        for f in files.sorted() {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            for forbidden in ["FaultCatalog", "FaultID", "FaultSwitch", "firedFaults", "injectedFaults", "corpora/pocs"] {
                XCTAssertFalse(text.contains(forbidden), "Sources/Localizer/\(f) mentions \(forbidden)")
            }
            if f != "Targets/InProcessTarget.swift" {
                XCTAssertFalse(text.contains("import Optimizer"), "Sources/Localizer/\(f) imports the Optimizer")
            }
            if !f.hasPrefix("Evaluation/") {
                XCTAssertFalse(text.contains("Expect-Phase"), "Sources/Localizer/\(f) reads Expect-Phase headers")
            }
        }
    }
}
