import ArgumentParser
import Foundation

/// The `jitloc` command-line tool: argument parsing and printing only; the work is done
/// by the JSEngine, Optimizer, Fuzz and Localizer modules.
@main
struct Jitloc: ParsableCommand {
    /// The tool's version, also written into fuzzing findings' reproduction records.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "jitloc",
        abstract: "A toolkit for finding, triaging and understanding JIT-compiler bugs.",
        discussion: """
        Exit codes: 0 success, 1 uncaught JS exception or syntax error, 3 resource limit \
        (timeout, steps, heap), 4 memory-safety violation in optimized code, 5 internal \
        engine error, 64 usage error.
        """,
        subcommands: [RunCommand.self, LocalizeCommand.self, ReduceCommand.self, HuntCommand.self, EvalCommand.self, FaultsCommand.self, GenerateCommand.self,
                      Test262Command.self, FuzzCommand.self, FuzzWorkerCommand.self]
    )
}
