import ArgumentParser
import Foundation
import Localizer

/// `jitloc hunt DIR`: the CI regression hunt (see `Hunt`).
struct HuntCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hunt",
        abstract: "Run every program in a directory with the optimizer off and on, and localize each failure.",
        discussion: """
        Programs run in parallel, each in its own `jitloc localize` process; results are kept in \
        the results directory, so an interrupted hunt resumes where it stopped. \
        Exit codes: 0 no new failures, 1 new failures or errors, 64 usage error.
        """
    )

    @Argument(help: "Directory of programs (*.js, searched recursively).")
    var directory: String

    @Option(name: .long, help: "Write a JUnit XML report to this file.")
    var junit: String?

    @Option(name: .long, help: "File listing known failures (one relative path per line); only new failures fail the hunt.")
    var known: String?

    @Option(name: .long, help: "Parallel jobs (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Localization strategy for failures.")
    var strategy = "bisect"

    @Option(name: .long, help: "Seconds allowed for each run.")
    var timeout: Double = 10

    @Option(name: .long, help: "Directory for per-program results (resuming an interrupted hunt).")
    var results = ".jitloc-hunt"

    @Option(name: .long, help: "POST the JSON summary to this URL (a CI webhook).")
    var webhook: String?

    @Flag(name: .long, help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
        guard Localizer.strategies(for: strategy) != nil else {
            throw ValidationError("unknown strategy '\(strategy)'")
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("'\(directory)' is not a directory")
        }
        let webhookURL = try webhook.map { w -> URL in
            guard let u = URL(string: w), u.scheme == "http" || u.scheme == "https" else { throw ValidationError("bad --webhook URL '\(w)'") }
            return u
        }
        let knownSet: Set<String>
        do {
            knownSet = try known.map(Hunt.readKnown) ?? []
        } catch {
            throw ValidationError("cannot read --known file '\(known ?? "")'")
        }
        let hunt = Hunt(directory: directory, known: knownSet)
        let programs = try hunt.programs()
        let runner = BatchRunner(executable: SubprocessTarget.currentExecutable, resultsDirectory: URL(fileURLWithPath: results),
                                 jobs: jobs)
        let args = ["--strategy", strategy, "--timeout", "\(timeout)"]
        let batch = try runner.run(programs.map { BatchRunner.Job(file: (directory as NSString).appendingPathComponent($0), arguments: args) })
        let entries = zip(programs, batch).map { hunt.entry($0, $1) }
        if json {
            let data = try JSONSerialization.data(withJSONObject: Hunt.summaryObject(entries), options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(Hunt.summary(entries), terminator: "")
        }
        if let path = junit {
            do {
                try JUnitReport.render(entries, suite: "jitloc.hunt").write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                FileHandle.standardError.write(Data("jitloc: cannot write JUnit report '\(path)': \(error.localizedDescription)\n".utf8))
                throw ExitCode(1)
            }
        }
        if let url = webhookURL {
            do {
                try Webhook.post(Hunt.summaryObject(entries), to: url)
            } catch {
                FileHandle.standardError.write(Data("jitloc: warning: \(error)\n".utf8))
            }
        }
        if entries.contains(where: { $0.status == .failed || $0.status == .error }) { throw ExitCode(1) }
    }
}
