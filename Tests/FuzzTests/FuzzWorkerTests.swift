import XCTest
import JSEngine
@testable import Fuzz

/// A worker in process (no triage): it publishes a failure under its signature, and a worker
/// past its memory limit retires, leaving its coverage to its successor.
final class FuzzWorkerTests: XCTestCase {
    private func layout(seeding names: [String]) throws -> CampaignLayout {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jitloc-worker-\(UUID().uuidString)").path
        let layout = CampaignLayout(output: dir)
        try layout.create()
        let corpus = try CorpusStore(directory: layout.corpus)
        for seed in FuzzTestSupport.programs(in: "seeds") where names.contains(seed.name) { try corpus.add(seed.source) }
        return layout
    }

    func testAWorkerPublishesAnInjectedFaultsFailure() throws {
        var configuration = WorkerConfiguration(layout: try layout(seeding: ["mul-by-zero.js"]), workerID: 0, seed: 3)
        configuration.passThroughFlags = ["--inject=constant-folding.mul-zero"]
        configuration.maximumExecutions = 2
        var events: [WorkerEvent] = []
        let worker = try FuzzWorker(configuration: configuration, triage: nil) { events.append($0) }
        Engine.onLargeStack { worker.run() }
        XCTAssertTrue(events.contains(.finding(signature: "output.unlocalized.no-rule", isNew: true)), "\(events)")
        let stored = FindingStore(directory: configuration.layout.findings)
        XCTAssertEqual(stored.signatures(), ["output.unlocalized.no-rule"])
        let original = try String(contentsOfFile: stored.path(of: FindingSignature(kind: .outputMismatch, phase: nil, rule: nil)) + "/original.js",
                                  encoding: .utf8)
        XCTAssertTrue(original.contains("function z(x) { return x * 0; }"), original)
    }

    func testAWorkerPastItsMemoryLimitRetiresAndHandsOverItsCoverage() throws {
        var configuration = WorkerConfiguration(layout: try layout(seeding: ["bitwise-masks.js", "escape-local-object.js"]), workerID: 1, seed: 4)
        configuration.memoryLimitMB = 1
        var events: [WorkerEvent] = []
        let worker = try FuzzWorker(configuration: configuration, triage: nil) { events.append($0) }
        Engine.onLargeStack { worker.run() }
        XCTAssertEqual(events.last, .retiring)
        XCTAssertEqual(worker.executions, 2, "the corpus was replayed, then the worker retired")
        let saved = try String(contentsOfFile: configuration.layout.features(worker: 1), encoding: .utf8)
        XCTAssertTrue(saved.contains("rule:"), saved)
        // The successor adopts the features and does not replay the corpus.
        var successorEvents: [WorkerEvent] = []
        let successor = try FuzzWorker(configuration: configuration, triage: nil) { successorEvents.append($0) }
        Engine.onLargeStack { successor.run() }
        XCTAssertEqual(successor.executions, 0)
        XCTAssertEqual(successorEvents.last, .retiring)
    }
}
