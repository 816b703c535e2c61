import Foundation
import JSEngine

/// One fuzzing worker: the loop a `jitloc fuzz-worker` process runs. It loads the corpus
/// (learning each program's coverage), then repeatedly picks a generated or mutated program,
/// writes it to its in-flight file (so a crash or hang loses nothing), runs the differential
/// oracle in a swarm configuration, keeps programs that add coverage, and hands failures to
/// triage: a fast localization gives the signature, and only a new signature is reduced and
/// published under `findings/`. Events go to `emit` as JSON lines.
public final class FuzzWorker {
    public let configuration: WorkerConfiguration
    let triage: FindingTriage?
    let emit: (WorkerEvent) -> Void
    private let oracle: DifferentialOracle
    private let corpus: CorpusStore
    private let findings: FindingStore
    private var scheduler: InputScheduler
    private var random: SeededRandom
    private var coverage = CoverageSet()
    private var unreportedFeatures: [String] = []
    public private(set) var executions = 0
    private var lastStats = Date.distantPast
    private var lastSync = Date()
    /// Polled between executions: true when the worker should report its counts and exit
    /// (the supervisor's SIGTERM at the campaign's end). Unlike a retirement at the memory
    /// limit, it leaves no features file, so the next campaign on this corpus replays it.
    public var shouldStop: () -> Bool = { false }

    public init(configuration: WorkerConfiguration, triage: FindingTriage?, emit: @escaping (WorkerEvent) -> Void) throws {
        self.configuration = configuration
        self.triage = triage
        self.emit = emit
        try configuration.layout.create()
        oracle = DifferentialOracle(passThroughFlags: configuration.passThroughFlags)
        corpus = try CorpusStore(directory: configuration.layout.corpus)
        findings = FindingStore(directory: configuration.layout.findings)
        scheduler = InputScheduler(seed: configuration.seed)
        random = SeededRandom(seed: configuration.seed, salts: [0x7377_6172_6D00])
    }

    /// Runs until `maximumExecutions`, the memory limit or `shouldStop` (the supervisor
    /// ending the campaign: the execution in hand, and the triage of a failure it found,
    /// finish first). A predecessor's features file means the corpus on disk was already replayed:
    /// its programs become mutation bases without running them again.
    public func run() {
        let inherited = loadInheritedFeatures()
        syncCorpus(replay: !inherited)
        while configuration.maximumExecutions.map({ executions < $0 }) ?? true {
            if shouldStop() { break }
            if FuzzWorker.peakResidentMB() > configuration.memoryLimitMB {
                retire()
                return
            }
            execute(scheduler.next(), joinCorpus: configuration.feedback)
            if Date().timeIntervalSince(lastSync) > 5 {
                syncCorpus()
                lastSync = Date()
            }
        }
        reportStats(Date())
    }

    private func reportStats(_ now: Date) {
        emit(.stats(executions: executions, corpus: corpus.entries.count, newFeatures: unreportedFeatures))
        unreportedFeatures = []
        lastStats = now
    }

    /// Loads programs other workers and campaigns added and (with `replay`) runs them to learn
    /// their coverage; programs that crashed a worker before are skipped.
    private func syncCorpus(replay: Bool = true) {
        let crashed = Set(((try? FileManager.default.contentsOfDirectory(atPath: configuration.layout.crashes)) ?? []))
        for entry in corpus.sync(excluding: crashed) {
            scheduler.add(entry.text)
            if replay { execute(entry.text, joinCorpus: false) }
        }
    }

    /// Adopts the features a previous worker with this number saved; true when there were some.
    private func loadInheritedFeatures() -> Bool {
        guard let data = FileManager.default.contents(atPath: configuration.layout.features(worker: configuration.workerID)) else {
            return false
        }
        let features = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        coverage.insert(features)
        return !features.isEmpty
    }

    /// Saves the features for the successor and announces the exit.
    private func retire() {
        try? AtomicFile.write(coverage.features.sorted().joined(separator: "\n") + "\n",
                              to: configuration.layout.features(worker: configuration.workerID))
        reportStats(Date())
        emit(.retiring)
    }

    /// The process's peak resident memory in MiB.
    static func peakResidentMB() -> Int {
        var usage = rusage()
        #if os(Linux)
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) / 1024  // KiB on Linux
        #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) / (1024 * 1024)  // bytes on Darwin
        #endif
    }

    /// Runs `text` through the oracle; with `joinCorpus`, keeps it when it adds coverage.
    private func execute(_ text: String, joinCorpus: Bool) {
        let inFlight = configuration.layout.inFlight(worker: configuration.workerID)
        try? Data(text.utf8).write(to: URL(fileURLWithPath: inFlight))
        if let marker = configuration.crashMarker, text.contains(marker) { kill(getpid(), SIGKILL) }
        let swarm = SwarmConfiguration.draw(&random)
        var runCoverage: CoverageSet? = CoverageSet()
        let verdict = oracle.check(text, swarm: swarm, coverage: &runCoverage)
        executions += 1
        if Date().timeIntervalSince(lastStats) > 0.5 { reportStats(Date()) }
        let fresh = coverage.newFeatures(in: runCoverage ?? CoverageSet())
        if !fresh.isEmpty {
            coverage.merge(runCoverage ?? CoverageSet())
            unreportedFeatures += fresh
        }
        switch verdict {
        case .unusable: return
        case .agree:
            if joinCorpus, !fresh.isEmpty, (try? corpus.add(text)) != nil {
                scheduler.add(text)
                compareWithReference(text)
            }
        case .failure(let failure):
            handle(failure, text: text)
        }
    }

    /// Signature, deduplication, reduction and publication of a failure.
    private func handle(_ failure: Failure, text: String) {
        emit(.triage(started: true))
        defer { emit(.triage(started: false)) }
        var phase: String?, rule: String?, flaky = false
        if failure.inReference {
            phase = "interpreter"
        } else if let triage {
            (phase, rule, flaky) = triage.localize(text, flags: failure.flags)
        }
        let signature = FindingSignature(kind: failure.kind, phase: phase, rule: rule)
        if findings.contains(signature) {
            emit(.finding(signature: signature.description, isNew: false))
            return
        }
        var result = TriageResult(phase: phase, rule: rule, reducedSource: text, localizerJSON: "{}\n",
                                  textReport: "not localized\n", isFlaky: flaky)
        if let triage, !failure.inReference {
            result = triage.triage(text, flags: failure.flags, failure: failure, phase: phase)
            result.isFlaky = result.isFlaky || flaky
        }
        let reproduction = ReproductionInfo(flags: failure.flags, seed: configuration.seed, execution: executions,
                                            version: configuration.version, revision: configuration.revision)
        let published = (try? findings.publish(signature: signature, failure: failure, original: text, triage: result,
                                                reproduction: reproduction)) ?? false
        emit(.finding(signature: signature.description, isNew: published))
    }

    /// With a reference engine: stores the program when the interpreter's output differs.
    private func compareWithReference(_ text: String) {
        guard let executable = configuration.referenceEngine,
              let theirs = ReferenceEngine(executable: executable).output(of: text) else { return }
        let ours = oracle.reference(text)
        guard ours.output != theirs else { return }
        let name = StableHash.hex(text)
        let path = (configuration.layout.reference as NSString).appendingPathComponent(name)
        let published = (try? AtomicFile.publishDirectory([("program.js", text), ("jitloc.txt", ours.output),
                                                            ("reference.txt", theirs)], at: path)) ?? false
        if published { emit(.referenceMismatch(file: name)) }
    }
}
