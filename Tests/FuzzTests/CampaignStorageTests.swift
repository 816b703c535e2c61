import XCTest
@testable import Fuzz

/// The campaign's on-disk pieces: corpus sync between processes, atomic finding publication,
/// worker events, signatures and the resumable totals.
final class CampaignStorageTests: XCTestCase {
    private func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jitloc-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    func testTwoCorpusStoresOnOneDirectorySyncByFiles() throws {
        let dir = try temporaryDirectory()
        let a = try CorpusStore(directory: dir), b = try CorpusStore(directory: dir)
        XCTAssertNotNil(try a.add("console.log(1);\n"))
        XCTAssertNil(try a.add("console.log(1);\n"), "the same program is stored once")
        try a.add("console.log(2);\n")
        let fresh = b.sync()
        XCTAssertEqual(fresh.map(\.text).sorted(), ["console.log(1);\n", "console.log(2);\n"])
        XCTAssertTrue(b.sync().isEmpty, "a second sync finds nothing new")
        try b.add("console.log(3);\n")
        XCTAssertEqual(a.sync().map(\.text), ["console.log(3);\n"])
        XCTAssertEqual(a.sync(excluding: []).count, 0)
        let excluded = try CorpusStore(directory: dir)
        XCTAssertEqual(excluded.sync(excluding: [CorpusStore.fileName(of: "console.log(2);\n")]).count, 2)
    }

    func testFindingDirectoriesArePublishedOnceAndWhole() throws {
        let store = FindingStore(directory: try temporaryDirectory())
        let signature = FindingSignature(kind: .outputMismatch, phase: "typer", rule: "bitwise-and")
        let failure = Failure(kind: .outputMismatch, detail: "line 1: expected 1, got 2", flags: ["--jit-threshold=2"])
        let triage = TriageResult(phase: "typer", rule: "bitwise-and", reducedSource: "small", localizerJSON: "{}",
                                  textReport: "report", isFlaky: false)
        let info = ReproductionInfo(flags: failure.flags, seed: 7, execution: 3, version: "v", revision: "r")
        XCTAssertTrue(try store.publish(signature: signature, failure: failure, original: "big", triage: triage, reproduction: info))
        XCTAssertFalse(try store.publish(signature: signature, failure: failure, original: "other", triage: triage, reproduction: info))
        XCTAssertEqual(store.signatures(), ["output.typer.bitwise-and"])
        let path = store.path(of: signature)
        XCTAssertEqual(try String(contentsOfFile: path + "/original.js", encoding: .utf8), "big")
        XCTAssertEqual(try String(contentsOfFile: path + "/reduced.js", encoding: .utf8), "small")
        let reproduce = try String(contentsOfFile: path + "/reproduce.json", encoding: .utf8)
        XCTAssertTrue(reproduce.contains("\"seed\" : \"7\""), reproduce)
        XCTAssertTrue(reproduce.contains("\"flaky\" : false"), reproduce)
    }

    func testSignaturesAreSafeDirectoryNames() {
        XCTAssertEqual(FindingSignature(kind: .memorySafetyViolation, phase: nil, rule: nil).description,
                       "memory-safety.unlocalized.no-rule")
        XCTAssertEqual(FindingSignature(kind: .timeout, phase: "loop-peeling", rule: "peel/../x y").description,
                       "timeout.loop-peeling.peel____x_y")
    }

    func testWorkerEventsRoundTrip() {
        let events: [WorkerEvent] = [.stats(executions: 5, corpus: 2, newFeatures: ["rule:gvn/x"]),
                                     .finding(signature: "output.gvn.x", isNew: true), .referenceMismatch(file: "ab"),
                                     .triage(started: true), .triage(started: false), .retiring]
        for e in events { XCTAssertEqual(WorkerEvent(line: e.line), e) }
        XCTAssertNil(WorkerEvent(line: "not json"))
    }

    func testCampaignStateSurvivesASaveAndLoad() throws {
        let path = try temporaryDirectory() + "/campaign.json"
        XCTAssertEqual(CampaignState.load(from: path), CampaignState())
        var state = CampaignState()
        state.executions = 12
        state.runs = 2
        state.seconds = 3.5
        try state.save(to: path)
        XCTAssertEqual(CampaignState.load(from: path), state)
    }
}
