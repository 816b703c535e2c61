import ArgumentParser
import Foundation
import Localizer

/// `jitloc localize POC.js`: names the optimization phase, the culprit rewrite and the
/// source line behind a PoC that behaves differently with the optimizer on.
struct LocalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "localize",
        abstract: "Localize the optimizer bug a PoC triggers: phase, culprit rewrite, source line.",
        discussion: """
        The PoC (a file, - for stdin, or an http(s) URL) runs with its own `// Flags:` lines; \
        the reference is the same program with the optimizer off. Strategies: \
        \(Localizer.strategyNames.joined(separator: ", ")); several joined by + (e.g. bisect+sbfl) are \
        reconciled into one verdict; combined (the default) is \(Localizer.combinedStrategyNames.joined(separator: "+")).
        Exit codes: 0 localized, 2 the PoC does not fail or is flaky, 1 error.
        """
    )

    @Argument(help: "The PoC: a file, - for standard input, or an http(s) URL.")
    var poc: String

    @Option(name: .long, help: "Strategy: \(Localizer.strategyNames.joined(separator: ", ")), several joined by +, or combined.")
    var strategy = "combined"

    @Option(name: .long, help: "The most mutated variants paper and sbfl generate and run.")
    var variants = 100

    @Option(name: .long, help: "Seed of the variants paper and sbfl generate.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "sbfl's suspiciousness formula: ochiai, tarantula or dstar.")
    var formula = "ochiai"

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @Option(name: .long, help: "Also write a self-contained HTML report to this file.")
    var html: String?

    @Option(name: .long, help: "Seconds allowed for each run of the PoC.")
    var timeout: Double = 10

    @Flag(name: .long, help: "Run every engine run in a separate jitloc process (survives engine crashes; slower).")
    var isolate = false

    @Flag(name: .long, help: "Also reduce the PoC (AST delta debugging keeping the failure and bisection's culprit).")
    var reduce = false

    @Option(name: .shortAndLong, help: "With --reduce: write the reduced PoC to this file.")
    var output: String?

    @Option(name: .customLong("engine-flag"), help: "An extra engine flag for every optimized run (repeatable), e.g. --engine-flag=--eager.")
    var engineFlags: [String] = []

    func run() throws {
        guard let spectrumFormula = SuspiciousnessFormula(rawValue: formula) else {
            throw ValidationError("unknown formula '\(formula)' (formulas: ochiai, tarantula, dstar)")
        }
        guard variants > 0 else { throw ValidationError("--variants must be positive") }
        let options = StrategyOptions(variants: variants, seed: seed, formula: spectrumFormula)
        guard let strategies = Localizer.strategies(for: strategy, options: options) else {
            throw ValidationError("unknown strategy '\(strategy)' (strategies: \(Localizer.strategyNames.joined(separator: ", ")), combined)")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        let program: Program
        do {
            program = try ProgramLoader.load(poc)
        } catch let e as ProgramLoader.LoadError {
            FileHandle.standardError.write(Data("jitloc: \(e.description)\n".utf8))
            throw ExitCode(1)
        }
        let target: Target = isolate ? SubprocessTarget(executable: SubprocessTarget.currentExecutable) : InProcessTarget()
        let localizer = Localizer(target: target, strategies: strategies, timeoutSeconds: timeout, baseFlags: engineFlags)
        var report: LocalizationReport
        do {
            report = try localizer.localize(program)
        } catch {
            FileHandle.standardError.write(Data("jitloc: \(error)\n".utf8))
            throw ExitCode(1)
        }
        if reduce && report.status == .localized {
            report.reduced = try reduced(program, report: report, target: target)
        }
        print(json ? JSONReport.render(report) : TextReport.render(report), terminator: "")
        if let path = html {
            do {
                try HTMLReport.render(report, source: program.source).write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                FileHandle.standardError.write(Data("jitloc: cannot write '\(path)': \(error.localizedDescription)\n".utf8))
                throw ExitCode(1)
            }
        }
        if report.status != .localized { throw ExitCode(2) }
    }

    /// The PoC reduced with bisection's culprit from the report (the reducer bisects itself
    /// when the strategies did not include bisection); written to `--output` when given.
    private func reduced(_ program: Program, report: LocalizationReport, target: Target) throws -> ReducedPoC {
        let bisect = report.results.first { $0.strategy == "bisect" }?.verdict
        let reducer = PoCReducer(target: target, timeoutSeconds: timeout, baseFlags: engineFlags)
        let interrupt = InterruptFlag()
        defer { interrupt.stop() }
        do {
            let r = try reducer.reduce(program, culprit: bisect.map { Culprit(phase: $0.phase, rule: $0.rule) }, progress: { step in
                FileHandle.standardError.write(Data("reduce: \(step.characters) characters after \(step.runs) runs\n".utf8))
            }, shouldStop: { interrupt.isRaised })
            if let path = output { try r.text.write(toFile: path, atomically: true, encoding: .utf8) }
            return r
        } catch {
            FileHandle.standardError.write(Data("jitloc: reduction failed: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
