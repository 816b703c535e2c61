import Foundation
import Fuzz

/// Runs many `jitloc localize --json` jobs as child processes, several at a time (one per
/// core by default), with a progress line on standard error. Each finished job's JSON is
/// written atomically to a results directory under a key derived from the job (program
/// contents and arguments), so an interrupted batch resumes where it stopped and nothing
/// already computed is lost or recomputed. Child processes also isolate the batch from an
/// engine crash on one program.
public final class BatchRunner {
    /// One job: a program file and the `localize` arguments for it.
    public struct Job: Sendable {
        public let file: String
        public let arguments: [String]
        public init(file: String, arguments: [String]) {
            self.file = file
            self.arguments = arguments
        }
    }

    /// A finished job: its parsed JSON report (nil when the child failed) and exit status.
    public struct Result {
        public let job: Job
        public let report: [String: Any]?
        public let exitStatus: Int32
        public let error: String
        /// Whether the result came from an earlier, interrupted run.
        public let resumed: Bool
    }

    public let executable: String
    public let resultsDirectory: URL
    public let jobs: Int
    public let showProgress: Bool

    public init(executable: String, resultsDirectory: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                showProgress: Bool = isatty(STDERR_FILENO) != 0) {
        self.executable = executable
        self.resultsDirectory = resultsDirectory
        self.jobs = max(1, jobs)
        self.showProgress = showProgress
    }

    /// Runs every job (skipping those with a stored result) and returns results in job order.
    public func run(_ work: [Job]) throws -> [Result] {
        try FileManager.default.createDirectory(at: resultsDirectory, withIntermediateDirectories: true)
        var results = [Result?](repeating: nil, count: work.count)
        let lock = NSLock()
        var done = 0
        let started = Date()
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = jobs
        for (i, job) in work.enumerated() {
            queue.addOperation { [self] in
                let r = self.runOne(job)
                lock.lock()
                results[i] = r
                done += 1
                if self.showProgress {
                    let line = "\r[\(done)/\(work.count)] \(String(format: "%.0f", Date().timeIntervalSince(started))) s  \(job.file)"
                    FileHandle.standardError.write(Data((line.count > 100 ? String(line.prefix(100)) : line + "\u{1B}[K").utf8))
                }
                lock.unlock()
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        if showProgress && !work.isEmpty { FileHandle.standardError.write(Data("\n".utf8)) }
        return results.compactMap { $0 }
    }

    /// The stored-result file of a job: a digest of the program text and the arguments.
    func resultFile(_ job: Job) -> URL {
        let text = (try? String(contentsOfFile: job.file, encoding: .utf8)) ?? ""
        let key = StableHash.hex(job.file + "\u{0}" + job.arguments.joined(separator: "\u{0}") + "\u{0}" + text)
        let base = (job.file as NSString).lastPathComponent.replacingOccurrences(of: "/", with: "_")
        return resultsDirectory.appendingPathComponent("\(base).\(key).json")
    }

    private func runOne(_ job: Job) -> Result {
        let file = resultFile(job)
        if let data = try? Data(contentsOf: file), let stored = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let status = stored["exit_status"] as? Int {
            return Result(job: job, report: stored["report"] as? [String: Any], exitStatus: Int32(status),
                          error: stored["error"] as? String ?? "", resumed: true)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["localize", job.file, "--json"] + job.arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            return Result(job: job, report: nil, exitStatus: -1, error: "cannot start \(executable): \(error)", resumed: false)
        }
        let collected = PipeCollector(out, err)
        process.waitUntilExit()
        let (o, e) = collected.finish()
        let report = try? JSONSerialization.jsonObject(with: o) as? [String: Any]
        let errorText = String(decoding: e, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let status = process.terminationReason == .uncaughtSignal ? -Int(process.terminationStatus) : Int(process.terminationStatus)
        let stored: [String: Any] = ["exit_status": status, "error": errorText, "report": report ?? NSNull()]
        if let data = try? JSONSerialization.data(withJSONObject: stored, options: [.sortedKeys]) {
            try? data.write(to: file, options: .atomic)
        }
        return Result(job: job, report: report, exitStatus: Int32(status), error: errorText, resumed: false)
    }
}
