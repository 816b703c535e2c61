import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// End-to-end tests of `jitloc localize`, `hunt` and `faults`: exit codes, formats, URLs,
/// JUnit XML and the CI webhook (against a local HTTP server on 127.0.0.1).
final class LocalizeCLITests: XCTestCase {
    let cli = CLIHarness.self
    let passing = "function f(x) { return x + 1; }\nfor (let i = 0; i < 50; i++) f(i);\nconsole.log(f(2));\n"

    func testNonFailingPoCExitsWith2() throws {
        let r = try cli.jitloc(["localize", try cli.tempFile(passing)])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stdout.contains("does not fail"), r.stdout)
    }

    func testSyntaxErrorIsAnErrorWithExit1() throws {
        let r = try cli.jitloc(["localize", try cli.tempFile("console.log(")])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("does not parse"), r.stderr)
    }

    func testUnknownStrategyAndMissingFile() throws {
        XCTAssertEqual(try cli.jitloc(["localize", try cli.tempFile(passing), "--strategy", "magic"]).status, 64)
        let missing = try cli.jitloc(["localize", "/nonexistent/poc.js"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("no such file"), missing.stderr)
    }

    func testPoCByURLFromALocalServer() throws {
        let server = try LocalHTTPServer(path: "/poc.js", body: passing)
        let r = try cli.jitloc(["localize", "http://127.0.0.1:\(server.port)/poc.js", "--json"])
        XCTAssertEqual(r.status, 2, r.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["status"] as? String, "does-not-fail")
        XCTAssertEqual(json["program"] as? String, "poc.js")
        let notFound = try cli.jitloc(["localize", "http://127.0.0.1:\(server.port)/other.js"])
        XCTAssertEqual(notFound.status, 1)
        XCTAssertTrue(notFound.stderr.contains("HTTP status 404"), notFound.stderr)
    }

    func testHuntWritesJUnitAndPostsTheSummary() throws {
        let dir = (try cli.tempFile(passing, name: "ok.js") as NSString).deletingLastPathComponent
        try "console.log(".write(toFile: dir + "/broken.js", atomically: true, encoding: .utf8)
        let server = try LocalHTTPServer()
        let junit = dir + "/report.xml"
        let r = try cli.jitloc(["hunt", dir, "--junit", junit, "--results", dir + "/results", "--jobs", "2",
                                "--webhook", "http://127.0.0.1:\(server.port)/hook"])
        XCTAssertEqual(r.status, 1, "the program that does not parse is an error: \(r.stdout) \(r.stderr)")
        XCTAssertTrue(r.stdout.contains("2 programs: 1 passed, 0 new failures, 0 known failures, 0 flaky, 1 errors"), r.stdout)
        let xml = try XMLDocument(contentsOf: URL(fileURLWithPath: junit))
        let suite = try XCTUnwrap(try xml.nodes(forXPath: "/testsuites/testsuite").first as? XMLElement)
        XCTAssertEqual(suite.attribute(forName: "tests")?.stringValue, "2")
        XCTAssertEqual(suite.attribute(forName: "errors")?.stringValue, "1")
        XCTAssertEqual(try xml.nodes(forXPath: "//testcase[@name='broken.js']/error").count, 1)
        let posted = try XCTUnwrap(server.received.first)
        let summary = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(posted.utf8)) as? [String: Any])
        XCTAssertEqual(summary["programs"] as? Int, 2)
        XCTAssertEqual(summary["errors"] as? Int, 1)
        // A second hunt resumes from the stored results.
        let again = try cli.jitloc(["hunt", dir, "--results", dir + "/results"])
        XCTAssertEqual(again.stdout, r.stdout)
    }

    func testFaultsListsTheCatalog() throws {
        let r = try cli.jitloc(["faults", "--json"])
        XCTAssertEqual(r.status, 0)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 33)
        XCTAssertEqual(Set(rows.compactMap { $0["phase"] as? String }).count, 15)
        for key in ["id", "phase", "summary", "analog"] { XCTAssertNotNil(rows[0][key], key) }
        XCTAssertTrue(try cli.jitloc(["faults"]).stdout.contains("33 faults over 15 phases"))
        let bad = try cli.jitloc(["run", try cli.tempFile(passing), "--inject", "no.such-fault"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("unknown fault"), bad.stderr)
    }
}
