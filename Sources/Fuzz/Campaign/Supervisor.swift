import Foundation

/// Runs a campaign: seeds the corpus, starts `jobs` worker processes, gathers their events
/// into a `CampaignStatus` (reported to `onStatus` about once a second), restarts a worker
/// that exits unexpectedly or stays silent too long (saving its in-flight program to
/// `crashes/` with the reason) or retires at its memory limit, and stops at the time budget or
/// on SIGINT, letting the workers finish what they are triaging, and adding this run's totals
/// to `campaign.json`. Because every file a worker writes is
/// published atomically, stopping at any moment leaves a campaign that a rerun resumes.
public final class Supervisor {
    public let options: CampaignOptions
    private var workers: [WorkerProcess] = []
    private var finishedExecutions = 0
    private var status = CampaignStatus()
    private var features: Set<String> = []
    private let stopLock = NSLock()
    private var interrupted = false
    private var started = Date()

    public init(options: CampaignOptions) { self.options = options }

    /// Asks the campaign to stop (what SIGINT does).
    public func stop() {
        stopLock.lock()
        interrupted = true
        stopLock.unlock()
    }

    private var isInterrupted: Bool {
        stopLock.lock()
        defer { stopLock.unlock() }
        return interrupted
    }

    /// Runs the campaign to its end; returns the final status and the stored findings.
    public func run(onStatus: (CampaignStatus) -> Void) throws -> (status: CampaignStatus, findings: [String]) {
        let layout = options.layout
        try layout.create()
        let corpus = try CorpusStore(directory: layout.corpus)
        if let seeds = options.seedDirectory {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: seeds)) ?? []).filter { $0.hasSuffix(".js") }.sorted()
            for name in names {
                if let data = FileManager.default.contents(atPath: (seeds as NSString).appendingPathComponent(name)) {
                    try corpus.add(String(decoding: data, as: UTF8.self))
                }
            }
        }
        var state = CampaignState.load(from: layout.state)
        status.earlierExecutions = state.executions
        status.jobs = options.jobs
        let store = FindingStore(directory: layout.findings)
        let signal = installInterruptHandler()
        defer { signal.cancel() }
        let start = Date()
        started = start
        for id in 0..<options.jobs { try launch(id: id, generation: 0) }
        var lastStatus = Date.distantPast
        while !isInterrupted && Date().timeIntervalSince(start) < options.duration {
            Thread.sleep(forTimeInterval: 0.1)
            try superviseWorkers()
            let now = Date()
            if now.timeIntervalSince(lastStatus) >= 1 {
                refresh(start: start, store: store)
                onStatus(status)
                lastStatus = now
            }
        }
        finishWorkers(store: store, onStatus: onStatus)
        finishedExecutions += workers.reduce(0) { $0 + $1.executions }
        workers.forEach { $0.executions = 0 }
        refresh(start: start, store: store)
        state.executions += status.executions
        state.seconds += status.elapsed
        state.runs += 1
        state.crashes += status.crashes
        try state.save(to: layout.state)
        return (status, store.signatures())
    }

    /// Ends the workers with SIGTERM. Each finishes the execution in hand and the triage of a
    /// failure it found (so a failure found just before the end is still published) within
    /// `triageSeconds` of the stop, and exits within `hangSeconds` when it is not triaging;
    /// one still running then is killed and its in-flight program saved to `crashes/`, as for
    /// a hang.
    private func finishWorkers(store: FindingStore, onStatus: (CampaignStatus) -> Void) {
        let stopped = Date()
        for w in workers {
            w.stopReason = "campaign end"
            w.kill(SIGTERM)
        }
        var lastStatus = Date.distantPast
        // Each worker's deadline: `triageSeconds` from the stop while it triages, then
        // `hangSeconds` from the end of its triage.
        var deadlines = workers.map { _ in stopped.addingTimeInterval(options.hangSeconds) }
        var wasTriaging = workers.map(\.isTriaging)
        while workers.contains(where: { $0.process.isRunning }) {
            for (index, w) in workers.enumerated() where w.process.isRunning {
                absorb(w.drainLines(), from: w)
                if w.isTriaging {
                    deadlines[index] = stopped.addingTimeInterval(options.triageSeconds)
                } else if wasTriaging[index] {
                    deadlines[index] = Date().addingTimeInterval(options.hangSeconds)
                }
                wasTriaging[index] = w.isTriaging
                if Date() > deadlines[index] {
                    w.kill(SIGKILL)
                    w.process.waitUntilExit()
                    absorb(w.drainLines(), from: w)
                    saveInFlight(of: w, reason: "unfinished at the campaign's end")
                }
            }
            if Date().timeIntervalSince(lastStatus) >= 1 {
                refresh(start: started, store: store)
                status.finishing = workers.filter { $0.process.isRunning && $0.isTriaging }.count
                onStatus(status)
                lastStatus = Date()
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        status.finishing = 0
        for w in workers {
            w.process.waitUntilExit()
            absorb(w.drainLines(), from: w)
        }
    }

    private func installInterruptHandler() -> DispatchSourceSignal {
        Foundation.signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.stop() }
        source.resume()
        return source
    }

    private func refresh(start: Date, store: FindingStore) {
        status.elapsed = Date().timeIntervalSince(start)
        status.executions = finishedExecutions + workers.reduce(0) { $0 + $1.executions }
        status.coverage = features.count
        status.corpus = ((try? FileManager.default.contentsOfDirectory(atPath: options.layout.corpus)) ?? [])
            .filter { $0.hasSuffix(".js") && !$0.hasPrefix(".") }.count
        status.findings = store.signatures().count
    }

    private func launch(id: Int, generation: Int) throws {
        var mix = SeededRandom(seed: options.seed, salts: [UInt64(id), UInt64(generation)])
        var arguments = options.workerArguments + [
            "--out", options.layout.output, "--corpus", options.layout.corpus, "--worker", String(id),
            "--seed", String(mix.next()),
        ]
        arguments += options.passThroughFlags.map { "--engine-flag=\($0)" }
        if !options.feedback { arguments.append("--no-feedback") }
        if let reference = options.referenceEngine { arguments += ["--reference", reference] }
        let worker = try WorkerProcess(id: id, generation: generation, executable: options.workerExecutable, arguments: arguments)
        if id < workers.count { workers[id] = worker } else { workers.append(worker) }
    }

    /// Reads every worker's events, restarts dead workers, and kills silent ones.
    private func superviseWorkers() throws {
        for w in workers {
            absorb(w.drainLines(), from: w)
            if !w.process.isRunning {
                absorb(w.drainLines(), from: w)
                finishedExecutions += w.executions
                w.executions = 0
                if w.stopReason != WorkerProcess.retired {
                    saveInFlight(of: w, reason: w.stopReason ?? describeTermination(w.process))
                }
                try launch(id: w.id, generation: w.generation + 1)
                continue
            }
            let limit = w.isTriaging ? options.triageSeconds : options.hangSeconds
            if Date().timeIntervalSince(w.lastHeard) > limit {
                w.stopReason = "hang: no progress for \(Int(limit)) s"
                w.kill(SIGKILL)
            }
        }
    }

    private func describeTermination(_ p: Process) -> String {
        p.terminationReason == .uncaughtSignal ? "crash: signal \(p.terminationStatus)" : "crash: exit status \(p.terminationStatus)"
    }

    /// Copies a dead worker's in-flight program to `crashes/<hash>.js` with the reason beside it.
    private func saveInFlight(of w: WorkerProcess, reason: String) {
        let layout = options.layout
        guard let data = FileManager.default.contents(atPath: layout.inFlight(worker: w.id)) else { return }
        let text = String(decoding: data, as: UTF8.self)
        let name = CorpusStore.fileName(of: text)
        let base = (layout.crashes as NSString).appendingPathComponent(name)
        try? AtomicFile.write(text, to: base)
        try? AtomicFile.write("\(reason)\nworker \(w.id), generation \(w.generation)\nflags: \(options.passThroughFlags.joined(separator: " "))\n",
                              to: (base as NSString).deletingPathExtension + ".txt")
        try? FileManager.default.removeItem(atPath: layout.inFlight(worker: w.id))
        status.crashes += 1
        status.lastFinding = "\(reason) (crashes/\(name))"
    }

    private func absorb(_ lines: [String], from w: WorkerProcess) {
        for line in lines {
            guard let event = WorkerEvent(line: line) else { continue }
            switch event {
            case .stats(let executions, _, let fresh):
                w.executions = executions
                features.formUnion(fresh)
            case .finding(let signature, let isNew):
                if isNew {
                    if status.firstFindingSeconds == nil { status.firstFindingSeconds = Date().timeIntervalSince(started) }
                    status.newFindings += 1
                    status.lastFinding = signature
                } else {
                    status.duplicates += 1
                }
            case .referenceMismatch:
                status.referenceMismatches += 1
            case .triage(let triageStarted):
                w.isTriaging = triageStarted
                if triageStarted && status.firstDetectionSeconds == nil {
                    status.firstDetectionSeconds = Date().timeIntervalSince(started)
                }
            case .retiring:
                w.stopReason = WorkerProcess.retired
            }
        }
    }
}
