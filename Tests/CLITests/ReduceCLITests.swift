import Foundation
import XCTest

/// End-to-end tests of `jitloc reduce`, `localize --reduce` and the `sbfl` options: exit
/// codes, the written file, the JSON fields, and clean errors.
final class ReduceCLITests: XCTestCase {
    let cli = CLIHarness.self
    let failing = """
        // Flags: --allow-natives-syntax --inject constant-folding.mul-zero
        // Multiplying by zero keeps NaN, infinities and -0.
        function unused(a) { return a + 1; }
        function f(x) { return x * 0; }
        %PrepareFunctionForOptimization(f);
        f(1.5);
        f(2.5);
        %OptimizeFunctionOnNextCall(f);
        console.log(f(3.5), unused(4));
        console.log(f(NaN), f(-Infinity), 1 / f(-2.5));

        """
    let passing = "function f(x) { return x + 1; }\nfor (let i = 0; i < 50; i++) f(i);\nconsole.log(f(2));\n"

    func testReduceWritesASmallerFailingProgramWithItsFlags() throws {
        let poc = try cli.tempFile(failing)
        let out = (poc as NSString).deletingLastPathComponent + "/reduced.js"
        let r = try cli.jitloc(["reduce", poc, "-o", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("culprit constant-folding simplify-mul-zero"), r.stderr)
        XCTAssertTrue(r.stderr.contains("reduce: "), "progress on standard error")
        let reduced = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(reduced.hasPrefix("// Flags: --allow-natives-syntax --inject constant-folding.mul-zero\n"), reduced)
        XCTAssertLessThan(reduced.count, failing.count)
        XCTAssertFalse(reduced.contains("unused"), reduced)
        XCTAssertFalse(reduced.contains("Multiplying"), "comments are not kept")
        let optimized = try cli.jitloc(["run", out]), reference = try cli.jitloc(["run", "--no-opt", out])
        XCTAssertNotEqual(optimized.stdout, reference.stdout, "the reduced program still fails")
    }

    func testReduceJSONCarriesTheReducedProgram() throws {
        let r = try cli.jitloc(["reduce", try cli.tempFile(failing), "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let reduced = try XCTUnwrap(json["reduced"] as? String)
        XCTAssertTrue(reduced.contains("x * 0"), reduced)
        let culprit = try XCTUnwrap(json["culprit"] as? [String: Any])
        XCTAssertEqual(culprit["phase"] as? String, "constant-folding")
        XCTAssertEqual(culprit["rule"] as? String, "simplify-mul-zero")
        XCTAssertLessThan(try XCTUnwrap(json["reduced_nodes"] as? Int), try XCTUnwrap(json["original_nodes"] as? Int))
        XCTAssertEqual(json["interrupted"] as? Bool, false)
    }

    func testReduceExitCodes() throws {
        let notFailing = try cli.jitloc(["reduce", try cli.tempFile(passing)])
        XCTAssertEqual(notFailing.status, 2, notFailing.stderr)
        XCTAssertTrue(notFailing.stderr.contains("nothing to reduce"), notFailing.stderr)
        let syntax = try cli.jitloc(["reduce", try cli.tempFile("function f( {\n")])
        XCTAssertEqual(syntax.status, 1)
        XCTAssertTrue(syntax.stderr.contains("does not parse"), syntax.stderr)
        XCTAssertFalse(syntax.stderr.contains("Fatal"), syntax.stderr)
        XCTAssertEqual(try cli.jitloc(["reduce", "/nonexistent/poc.js"]).status, 1)
        XCTAssertEqual(try cli.jitloc(["reduce", try cli.tempFile(failing), "--budget", "0"]).status, 64)
    }

    func testInterruptKeepsTheBestResultSoFar() throws {
        let poc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpora/pocs/constant-folding.mul-zero.loop.js").path
        let out = (try cli.tempFile("", name: "placeholder.js") as NSString).deletingLastPathComponent + "/best.js"
        let p = Process()
        p.executableURL = CLIHarness.binary
        p.arguments = ["reduce", poc, "-o", out, "--json"]
        let stdout = Pipe(), stderr = Pipe()
        p.standardOutput = stdout
        p.standardError = stderr
        try p.run()
        // Wait for the first smaller candidate, then press Ctrl-C.
        var progress = Data()
        while !String(decoding: progress, as: UTF8.self).contains("reduce: ") {
            let chunk = stderr.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            progress.append(chunk)
        }
        kill(p.processIdentifier, SIGINT)
        let json = stdout.fileHandleForReading.readDataToEndOfFile()
        let rest = stderr.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let messages = String(decoding: progress + rest, as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 0, messages)
        XCTAssertTrue(messages.contains("interrupted"), messages)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        XCTAssertEqual(object["interrupted"] as? Bool, true)
        let best = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(best.hasPrefix("// Flags: --inject constant-folding.mul-zero\n"), best)
        XCTAssertLessThan(best.count, try String(contentsOfFile: poc, encoding: .utf8).count)
    }

    func testLocalizeReduceAddsTheReducedPoCToTheReports() throws {
        let poc = try cli.tempFile(failing)
        let out = (poc as NSString).deletingLastPathComponent + "/small.js"
        let r = try cli.jitloc(["localize", poc, "--strategy", "bisect", "--reduce", "-o", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("reduced PoC ("), r.stdout)
        XCTAssertTrue(r.stdout.contains("culprit constant-folding simplify-mul-zero kept"), r.stdout)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).contains("x * 0"))
        let json = try cli.jitloc(["localize", poc, "--strategy", "bisect", "--reduce", "--json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertTrue((object["reduced"] as? String)?.contains("%OptimizeFunctionOnNextCall(f);") ?? false, json.stdout)
        XCTAssertNotNil(object["reduction"] as? [String: Any])
        let plain = try cli.jitloc(["localize", poc, "--strategy", "bisect", "--json"])
        let plainObject = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        XCTAssertTrue(plainObject["reduced"] is NSNull)
    }

    func testSBFLOptions() throws {
        let poc = try cli.tempFile(failing)
        let r = try cli.jitloc(["localize", poc, "--strategy", "sbfl", "--variants", "12", "--formula", "tarantula", "--seed", "3", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["strategy"] as? String, "sbfl")
        let strategies = try XCTUnwrap(json["strategies"] as? [[String: Any]])
        XCTAssertEqual((strategies.first?["spectrum"] as? [String: Any])?["formula"] as? String, "tarantula")
        XCTAssertEqual(try cli.jitloc(["localize", poc, "--strategy", "sbfl", "--formula", "magic"]).status, 64)
        XCTAssertEqual(try cli.jitloc(["localize", poc, "--strategy", "bisect+magic"]).status, 64)
        let both = try cli.jitloc(["localize", poc, "--strategy", "bisect+sbfl", "--variants", "12", "--json"])
        let bothJSON = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(both.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(bothJSON["strategy"] as? String, "combined")
        XCTAssertEqual((bothJSON["strategies"] as? [[String: Any]])?.compactMap { $0["strategy"] as? String }, ["bisect", "sbfl"])
    }
}
