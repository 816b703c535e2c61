import ArgumentParser
import Foundation
import Fuzz
import Optimizer

/// `jitloc fuzz --out DIR`: a differential fuzzing campaign against the optimizer, whose
/// findings arrive deduplicated, reduced and localized under DIR/findings/.
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Fuzz the optimizer: generated and mutated programs, run with the optimizer off and on.",
        discussion: """
        Each execution runs a program with the optimizer off and on (a low threshold or --eager, \
        with random phases off and --verify-ir / --assert-types at random) and compares output, \
        probe log and ending. A program that adds JIT coverage (rewrite rules, deopt reasons, IR \
        opcodes) joins the corpus. Each failure is localized by bisection; a new signature \
        (kind.phase.rule) is reduced and written to OUT/findings/<signature>/. A rerun on the same \
        OUT resumes; campaigns sharing --corpus exchange programs. Ctrl-C stops cleanly.
        Exit codes: 0 done, 1 error, 64 usage error.
        """
    )

    @Option(name: .long, help: "Output directory (corpus, findings, crashes, campaign.json).")
    var out: String

    @Option(name: .long, help: "How long to run: 90, 90s, 10m or 2h.")
    var time = "10m"

    @Option(name: .long, help: "Worker processes.")
    var jobs = 2

    @Option(name: .long, help: "Campaign seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "A corpus directory to use (and share with other campaigns) instead of OUT/corpus.")
    var corpus: String?

    @Option(name: .long, help: "Seed programs copied into the corpus at start (default: corpora/seeds when present).")
    var seeds: String?

    @Option(name: .long, help: "Faults to inject into the optimizer (IDS as for 'jitloc run --inject').")
    var inject: String?

    @Flag(name: .customLong("no-feedback"), help: "Do not grow the corpus from coverage (for comparison).")
    var noFeedback = false

    @Option(name: .long, help: "Also compare the interpreter with this engine (node) on new corpus programs.")
    var reference: String?

    @Flag(name: .long, help: "Print the final summary as JSON.")
    var json = false

    /// Test hook: workers kill themselves on a program containing this text.
    @Option(name: .customLong("test-crash-on"), help: .hidden)
    var testCrashMarker: String?

    func validate() throws {
        guard jobs >= 1 && jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
        guard (FuzzCommand.seconds(in: time) ?? 0) > 0 else {
            throw ValidationError("--time must be a positive duration such as 90, 90s, 10m or 2h (got '\(time)')")
        }
        if let inject {
            let ids = inject.split(separator: ",").map(String.init)
            if let unknown = FaultCatalog.unknown(ids).first { throw ValidationError("unknown fault '\(unknown)' (see 'jitloc faults')") }
        }
        if let seeds, !FileManager.default.fileExists(atPath: seeds) { throw ValidationError("no seed directory '\(seeds)'") }
        if let reference, !FuzzCommand.canRun(reference) { throw ValidationError("cannot run the reference engine '\(reference)'") }
    }

    func run() throws {
        var options = CampaignOptions(layout: CampaignLayout(output: out, corpus: corpus), duration: FuzzCommand.seconds(in: time) ?? 600,
                                      jobs: jobs, seed: seed, workerExecutable: Bundle.main.executablePath ?? CommandLine.arguments[0],
                                      workerArguments: ["fuzz-worker", "--revision", FuzzCommand.gitRevision()])
        options.seedDirectory = seeds ?? (FileManager.default.fileExists(atPath: "corpora/seeds") ? "corpora/seeds" : nil)
        options.passThroughFlags = inject.map { ["--inject=\($0)"] } ?? []
        options.feedback = !noFeedback
        options.referenceEngine = reference
        if let marker = testCrashMarker { options.workerArguments += ["--crash-on", marker] }
        let supervisor = Supervisor(options: options)
        let interactive = isatty(STDERR_FILENO) != 0
        let color = interactive && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        var lastPrinted = Date.distantPast
        let result: (status: CampaignStatus, findings: [String])
        do {
            result = try supervisor.run { status in
                if interactive {
                    FileHandle.standardError.write(Data(("\r\u{1B}[K" + status.line(color: color)).utf8))
                } else if Date().timeIntervalSince(lastPrinted) >= 10 {
                    FileHandle.standardError.write(Data((status.line(color: false) + "\n").utf8))
                    lastPrinted = Date()
                }
            }
        } catch {
            FileHandle.standardError.write(Data("jitloc: \(error.localizedDescription)\n".utf8))
            throw ExitCode(1)
        }
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
        if json {
            print(result.status.json(findingSignatures: result.findings))
        } else {
            print(result.status.line(color: false))
            for f in result.findings { print("finding: \((out as NSString).appendingPathComponent("findings/" + f))") }
        }
    }

    /// Seconds in `90`, `90s`, `10m` or `2h`, or nil.
    static func seconds(in text: String) -> Double? {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600]
        if let unit = text.last, let factor = units[unit] { return Double(text.dropLast()).map { $0 * factor } }
        return Double(text)
    }

    /// Whether `executable --version` runs.
    static func canRun(_ executable: String) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [executable, "--version"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    /// The git revision of the working directory, or `unknown`.
    static func gitRevision() -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "rev-parse", "HEAD"]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return "unknown" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return p.terminationStatus == 0 && !text.isEmpty ? text : "unknown"
    }
}
