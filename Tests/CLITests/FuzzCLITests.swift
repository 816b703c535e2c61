import XCTest
import Foundation

/// `jitloc fuzz` end to end: flag validation, a crashing worker losing no input, and a rerun
/// resuming the corpus, findings and totals of an interrupted campaign.
final class FuzzCLITests: XCTestCase {
    private func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jitloc-fuzz-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    private func files(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    func testBadFlagsAreUsageErrors() throws {
        let out = try temporaryDirectory()
        for args in [["--out", out, "--jobs", "0"], ["--out", out, "--time", "soon"], ["--out", out, "--inject", "no.such-fault"],
                     ["--time", "1s"], ["--out", out, "--seeds", out + "/missing"]] {
            let run = try CLIHarness.jitloc(["fuzz"] + args)
            XCTAssertEqual(run.status, 64, "\(args): \(run.stderr)")
            XCTAssertFalse(run.stderr.isEmpty)
        }
        let help = try CLIHarness.jitloc(["fuzz", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("--no-feedback"), help.stdout)
        XCTAssertFalse(help.stdout.contains("test-crash-on"), "the test hook stays hidden")
    }

    func testGenerateWritesTheSeedsProgramsAndRejectsBadCounts() throws {
        let printed = try CLIHarness.jitloc(["generate", "--seed", "12"])
        XCTAssertEqual(printed.status, 0, printed.stderr)
        XCTAssertTrue(printed.stdout.contains("function __probe(v)"), printed.stdout)
        let out = try temporaryDirectory()
        let written = try CLIHarness.jitloc(["generate", "--seed", "11", "--count", "2", "--out", out])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(files(out), ["gen-11.js", "gen-12.js"])
        XCTAssertEqual(try String(contentsOfFile: out + "/gen-12.js", encoding: .utf8), printed.stdout, "one seed, one program")
        let bad = try CLIHarness.jitloc(["generate", "--count", "0"])
        XCTAssertEqual(bad.status, 64, bad.stderr)
        let templated = try CLIHarness.jitloc(["generate", "--seed", "12", "--template", "negative-loop-start"])
        XCTAssertEqual(templated.status, 0, templated.stderr)
        XCTAssertTrue(templated.stdout.contains("; i") && templated.stdout.contains(".length; i"), templated.stdout)
        XCTAssertTrue(templated.stdout.range(of: #"__key\(f\d+\([^\n]*, -\d\)\)\); \} catch"#, options: .regularExpression) != nil,
                      "a call after optimization starts the loop below zero:\n\(templated.stdout)")
        let unknown = try CLIHarness.jitloc(["generate", "--template", "no-such-template"])
        XCTAssertEqual(unknown.status, 64, unknown.stderr)
        let unwritable = try CLIHarness.jitloc(["generate", "--out", "/proc/jitloc-cannot-write-here"])
        XCTAssertEqual(unwritable.status, 1, unwritable.stderr)
        XCTAssertTrue(unwritable.stderr.contains("cannot create"), unwritable.stderr)
    }

    func testACrashingWorkerLosesNoInput() throws {
        let out = try temporaryDirectory(), seeds = try temporaryDirectory()
        let marker = "CRASH-ME-\(UUID().uuidString.prefix(8))"
        let crashing = "console.log(\"\(marker)\");\n"
        try crashing.write(toFile: seeds + "/crash.js", atomically: true, encoding: .utf8)
        try "console.log(1 + 1);\n".write(toFile: seeds + "/fine.js", atomically: true, encoding: .utf8)
        let run = try CLIHarness.jitloc(["fuzz", "--out", out, "--time", "4s", "--jobs", "1", "--seeds", seeds,
                                         "--test-crash-on", marker, "--json"], env: ["NO_COLOR": "1"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let name = files(out + "/crashes").first { $0.hasSuffix(".js") }
        let saved = try String(contentsOfFile: out + "/crashes/" + XCTUnwrap(name), encoding: .utf8)
        XCTAssertEqual(saved, crashing, "the in-flight program is the one saved")
        let reason = try String(contentsOfFile: out + "/crashes/" + XCTUnwrap(name).replacingOccurrences(of: ".js", with: ".txt"), encoding: .utf8)
        XCTAssertTrue(reason.hasPrefix("crash: signal 9"), reason)
        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertGreaterThanOrEqual(summary["crashes"] as? Int ?? 0, 1, run.stdout)
        XCTAssertGreaterThan(summary["executions"] as? Int ?? 0, 0, "the restarted worker went on: \(run.stdout)")
        XCTAssertFalse(run.stderr.contains("\u{1B}["), "NO_COLOR and a pipe: no escape sequences")
    }

    func testARerunResumesCorpusFindingsAndTotals() throws {
        let out = try temporaryDirectory(), seeds = try temporaryDirectory()
        try "function f(x) { return x + 1; }\nlet s = 0;\nfor (let i = 0; i < 30; i++) s += f(i);\nconsole.log(s);\n"
            .write(toFile: seeds + "/a.js", atomically: true, encoding: .utf8)
        let first = try CLIHarness.jitloc(["fuzz", "--out", out, "--time", "3s", "--jobs", "1", "--seeds", seeds, "--json"])
        XCTAssertEqual(first.status, 0, first.stderr)
        // A finding left by the interrupted run must survive the rerun untouched.
        let kept = out + "/findings/output.typer.kept-rule"
        try FileManager.default.createDirectory(atPath: kept, withIntermediateDirectories: true)
        try "kept".write(toFile: kept + "/original.js", atomically: true, encoding: .utf8)
        let corpusBefore = files(out + "/corpus")
        let second = try CLIHarness.jitloc(["fuzz", "--out", out, "--time", "3s", "--jobs", "1", "--seeds", seeds, "--json"])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(Set(files(out + "/corpus")).isSuperset(of: corpusBefore))
        XCTAssertEqual(try String(contentsOfFile: kept + "/original.js", encoding: .utf8), "kept")
        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        XCTAssertTrue((summary["findings"] as? [String] ?? []).contains("output.typer.kept-rule"), second.stdout)
        let state = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/campaign.json"))) as? [String: Any])
        XCTAssertEqual(state["runs"] as? Int, 2)
        let firstExecutions = (try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])?["executions"] as? Int ?? 0
        XCTAssertEqual(summary["earlier_executions"] as? Int, firstExecutions)
        XCTAssertEqual(state["executions"] as? Int, firstExecutions + (summary["executions"] as? Int ?? 0))
    }

    func testAFailureFoundAtTheEndIsStillTriagedAndPublished() throws {
        // The time runs out while the worker triages its first failure (localization and
        // reduction take seconds): the campaign waits for it instead of killing the worker.
        let out = try temporaryDirectory(), seeds = try temporaryDirectory()
        try "function f(x) { return x * 0; }\nlet s = \"\";\nfor (let i = 0; i < 30; i++) s += 1 / f(-i) + \",\";\nconsole.log(s);\n"
            .write(toFile: seeds + "/a.js", atomically: true, encoding: .utf8)
        let run = try CLIHarness.jitloc(["fuzz", "--out", out, "--time", "1s", "--jobs", "1", "--seeds", seeds,
                                         "--inject", "constant-folding.mul-zero", "--json"], env: ["NO_COLOR": "1"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = summary["findings"] as? [String] ?? []
        XCTAssertEqual(findings.count, 1, run.stdout)
        XCTAssertTrue(findings.first?.contains("constant-folding") == true, run.stdout)
        let detected = try XCTUnwrap(summary["first_detection_seconds"] as? Double, run.stdout)
        let published = try XCTUnwrap(summary["first_finding_seconds"] as? Double, run.stdout)
        XCTAssertLessThanOrEqual(detected, published)
        XCTAssertTrue(files(out + "/crashes").isEmpty, "finishing a triage is not a crash")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/findings/" + findings[0] + "/reduced.js"))
    }

    func testSIGINTStopsCleanly() throws {
        let out = try temporaryDirectory(), seeds = try temporaryDirectory()
        try "console.log(1);\n".write(toFile: seeds + "/a.js", atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = CLIHarness.binary
        p.arguments = ["fuzz", "--out", out, "--time", "10m", "--jobs", "1", "--seeds", seeds]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: 2)
        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/campaign.json"))
        XCTAssertTrue(files(out + "/crashes").isEmpty, "stopping is not a crash")
    }
}
