import ArgumentParser
import Foundation
import Localizer

/// `jitloc reduce POC.js`: the smallest program (by hierarchical delta debugging on the AST)
/// that still fails the same way with the same culprit rewrite.
struct ReduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reduce",
        abstract: "Reduce a PoC on its AST, keeping its kind of failure and bisection's culprit phase and rule.",
        discussion: """
        The reduced program keeps the PoC's // Flags: lines and is printed as formatted JS (to -o FILE, \
        or standard output). Progress goes to standard error; Ctrl-C stops and keeps the best result so far.
        Exit codes: 0 reduced, 2 the PoC does not fail, 1 error (unreadable or unparseable PoC), 64 usage error.
        """
    )

    @Argument(help: "The PoC: a file, - for standard input, or an http(s) URL.")
    var poc: String

    @Option(name: .shortAndLong, help: "Write the reduced PoC to this file.")
    var output: String?

    @Flag(name: .long, help: "Print a JSON summary (with the reduced PoC in `reduced`) instead of the program.")
    var json = false

    @Option(name: .long, help: "Seconds allowed for each run.")
    var timeout: Double = 10

    @Option(name: .long, help: "The most candidates to run.")
    var budget = 1000

    @Flag(name: .long, help: "Run every engine run in a separate jitloc process.")
    var isolate = false

    @Option(name: .customLong("engine-flag"), help: "An extra engine flag for every optimized run (repeatable).")
    var engineFlags: [String] = []

    func run() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        guard budget > 0 else { throw ValidationError("--budget must be positive") }
        let program: Program
        do {
            program = try ProgramLoader.load(poc)
        } catch let e as ProgramLoader.LoadError {
            throw failure(e.description)
        }
        let target: Target = isolate ? SubprocessTarget(executable: SubprocessTarget.currentExecutable) : InProcessTarget()
        let reducer = PoCReducer(target: target, timeoutSeconds: timeout, baseFlags: engineFlags, budget: budget)
        let start = Date()
        let interrupt = InterruptFlag()
        defer { interrupt.stop() }
        let reduced: ReducedPoC
        do {
            reduced = try reducer.reduce(program, progress: { step in
                FileHandle.standardError.write(Data("reduce: \(step.characters) characters after \(step.runs) runs\n".utf8))
            }, shouldStop: { interrupt.isRaised })
        } catch let e as PoCReducer.Failure {
            FileHandle.standardError.write(Data("jitloc: \(e.description)\n".utf8))
            throw ExitCode(2)
        } catch {
            throw failure("\(error)")
        }
        if let path = output {
            do {
                try reduced.text.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw failure("cannot write '\(path)': \(error.localizedDescription)")
            }
        }
        FileHandle.standardError.write(Data(("reduce: \(reduced.originalNodes) -> \(reduced.reducedNodes) nodes, "
            + "culprit \(reduced.culprit.description), \(reduced.runs) runs\n").utf8))
        if json {
            print(ReductionJSON.render(reduced, program: program.name, seconds: Date().timeIntervalSince(start)), terminator: "")
        } else if output == nil {
            print(reduced.text, terminator: reduced.text.hasSuffix("\n") ? "" : "\n")
        }
    }

    /// Reports `message` on standard error; the exit status 1 to throw.
    private func failure(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("jitloc: \(message)\n".utf8))
        return ExitCode(1)
    }
}
