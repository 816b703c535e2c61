import ArgumentParser
import Foundation
import Localizer

/// `jitloc eval DIR`: scores the localization strategies on PoCs with known answers.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Localize every PoC with a `// Expect-Phase:` header with each strategy and score the verdicts.",
        discussion: "Resumable: results are kept in the results directory. Exit codes: 0 done, 1 error, 64 usage error."
    )

    @Argument(help: "Directory of PoCs (e.g. corpora/pocs).")
    var directory: String

    @Option(name: .long, help: "Comma-separated strategies to compare (each as `localize --strategy` takes it, e.g. bisect+sbfl).")
    var strategies = Localizer.strategyNames.joined(separator: ",") + ",combined"

    @Option(name: .long, help: "sbfl's suspiciousness formula for every localization: ochiai, tarantula or dstar.")
    var formula = "ochiai"

    @Option(name: .long, help: "Parallel jobs (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Seconds allowed for each run.")
    var timeout: Double = 10

    @Option(name: .long, help: "Directory for per-PoC results (resuming an interrupted evaluation).")
    var results = ".jitloc-eval"

    func run() throws {
        let list = strategies.split(separator: ",").map(String.init)
        for s in list where Localizer.strategies(for: s) == nil {
            throw ValidationError("unknown strategy '\(s)'")
        }
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
        guard SuspiciousnessFormula(rawValue: formula) != nil else {
            throw ValidationError("unknown formula '\(formula)' (formulas: ochiai, tarantula, dstar)")
        }
        let pocs = try Evaluation.pocs(in: directory)
        if pocs.isEmpty { throw ValidationError("no PoC with a '// Expect-Phase:' header in '\(directory)'") }
        let runner = BatchRunner(executable: SubprocessTarget.currentExecutable, resultsDirectory: URL(fileURLWithPath: results),
                                 jobs: jobs)
        var work: [(String, Evaluation.Expectation, String)] = []
        for (file, expected) in pocs { for s in list { work.append((file, expected, s)) } }
        let batch = try runner.run(work.map {
            BatchRunner.Job(file: (directory as NSString).appendingPathComponent($0.0), arguments: ["--strategy", $0.2, "--timeout", "\(timeout)", "--formula", formula])
        })
        let rows = zip(work, batch).map { Evaluation.row(file: $0.0.0, expected: $0.0.1, strategy: $0.0.2, result: $0.1) }
        print(Evaluation.render(rows, strategies: list), terminator: "")
    }
}
