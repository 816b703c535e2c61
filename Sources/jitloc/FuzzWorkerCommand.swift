import ArgumentParser
import Foundation
import Fuzz
import JSEngine
import Localizer

/// `jitloc fuzz-worker` (hidden): one worker process of a `jitloc fuzz` campaign. It writes
/// its events to standard output as JSON lines for the supervisor.
struct FuzzWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fuzz-worker", abstract: "A fuzzing worker (started by 'jitloc fuzz').",
                                                    shouldDisplay: false)

    @Option(name: .long) var out: String
    @Option(name: .long) var corpus: String?
    @Option(name: .long) var worker = 0
    @Option(name: .long) var seed: UInt64 = 1
    @Option(name: .customLong("engine-flag")) var engineFlags: [String] = []
    @Flag(name: .customLong("no-feedback")) var noFeedback = false
    @Option(name: .long) var reference: String?
    @Option(name: .customLong("max-execs")) var maxExecutions: Int?
    @Option(name: .long) var revision = "unknown"
    /// Test hook: the worker kills itself on a program containing this text.
    @Option(name: .customLong("crash-on"), help: .hidden) var crashMarker: String?

    func run() throws {
        var configuration = WorkerConfiguration(layout: CampaignLayout(output: out, corpus: corpus), workerID: worker, seed: seed)
        configuration.passThroughFlags = engineFlags
        configuration.feedback = !noFeedback
        configuration.referenceEngine = reference
        configuration.maximumExecutions = maxExecutions
        configuration.crashMarker = crashMarker
        configuration.version = Jitloc.version
        configuration.revision = revision
        let fuzzWorker: FuzzWorker
        do {
            fuzzWorker = try FuzzWorker(configuration: configuration, triage: LocalizerTriage()) { event in
                FileHandle.standardOutput.write(Data((event.line + "\n").utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("jitloc: \(error.localizedDescription)\n".utf8))
            throw ExitCode(1)
        }
        // The supervisor ends a campaign with SIGTERM (and Ctrl-C reaches the whole process
        // group): the worker finishes the execution or triage in hand, so a failure found just
        // before the end is still published, then exits.
        let stopRequest = InterruptFlag(signals: [SIGTERM, SIGINT], message: nil)
        fuzzWorker.shouldStop = { stopRequest.isRaised }
        Engine.onLargeStack { fuzzWorker.run() }
    }
}
