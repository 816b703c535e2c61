import Foundation
import XCTest
@testable import JSEngine
@testable import Optimizer

/// Switching phases off, or stopping the pipeline after any phase, never changes what a
/// program prints: every phase is an optional improvement and the back end compiles any
/// intermediate IR (the guarantee `--stop-after` bisection and `toggle` localization rely on).
final class PhaseSwitchTests: XCTestCase {
    private func jitPrograms() throws -> [(String, String, String)] {
        let dir = OptimizedCorpusTests.root.appendingPathComponent("jit")
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".js") }.sorted().map { f in
            (f, try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8),
             try String(contentsOf: dir.appendingPathComponent(String(f.dropLast(3)) + ".expected"), encoding: .utf8))
        }
    }

    /// Runs every configuration on a rotating quarter of corpora/jit (configuration k takes
    /// the programs whose index is k modulo 4), so each program meets several configurations
    /// while the test stays within the CI budget.
    private func check(_ configurations: [[String]]) throws {
        let programs = try jitPrograms()
        XCTAssertFalse(programs.isEmpty)
        var failures: [String] = []
        for (k, flags) in configurations.enumerated() {
            for (i, (name, js, expected)) in programs.enumerated() where i % 4 == k % 4 {
                let (out, ending, _) = OptimizerTestSupport.run(js, ["--jit-threshold=2", "--verify-ir"] + flags)
                if out != expected || ending != .normal { failures.append("\(name) with \(flags.joined(separator: " "))") }
            }
        }
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n"))
    }

    func testEachPhaseSwitchedOff() throws {
        try check(FlagParser.phaseIDs.map { ["--no-\($0)"] } + [["--phases=none"]])
    }

    func testStopAfterEachPhase() throws {
        try check(FlagParser.phaseIDs.map { ["--stop-after", $0] })
    }
}
