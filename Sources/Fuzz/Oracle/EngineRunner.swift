import JSEngine
import Optimizer

/// Runs a program in this process with engine flags and collects what the fuzzer needs: the
/// outcome and, from the optimizer, the coverage of the run (rewrite rules fired per phase,
/// deoptimization reasons, IR opcodes of the compiled graphs). Each run gets a fresh realm
/// and optimizer; nothing survives between runs. The rewrite log keeps no node text (see
/// `RewriteLog.keepsNodeText`): the localizer, not the oracle, reports rewrites. Call it on
/// a thread with a large stack (`Engine.onLargeStack`), as the workers do for their whole loop.
public struct EngineRunner {
    public init() {}

    /// Engine options for `flags` on top of the program's own `// Flags:` lines, or the
    /// flag parser's complaint.
    public static func options(for source: String, flags: [String]) throws -> EngineOptions {
        var options = EngineOptions()
        try? FlagParser.apply(FlagParser.flagsInSource(source), to: &options, strict: false)
        try FlagParser.apply(flags, to: &options, strict: true)
        return options
    }

    /// Runs `source` with `options`; `coverage` receives the optimizer's features when given.
    public func run(_ source: String, options: EngineOptions, coverage: inout CoverageSet?) -> ExecutionOutcome {
        let out = CapturedOutput()
        var compiler: OptimizingCompiler?
        var realm: Realm?
        let ending = Engine.run(sources: [(name: "fuzz.js", text: source)], options: options, output: out) { r in
            realm = r
            if options.optimize {
                compiler = OptimizingCompiler.install(on: r)
                // Coverage needs which rules fired, not the rewritten nodes' text.
                compiler?.log.keepsNodeText = false
            }
        }
        if coverage != nil, let compiler {
            coverage?.record(compiler: compiler, deoptimizationReasons: realm?.deoptimizationReasons ?? [])
        }
        return ExecutionOutcome(output: out.text, ending: EngineRunner.ending(ending, verifierFailed: compiler?.verifierFailure != nil))
    }

    static func ending(_ ending: RunResult.Ending, verifierFailed: Bool) -> ExecutionOutcome.Ending {
        switch ending {
        case .normal: return .normal
        case .exception(let name, let message): return .exception(name: name, message: message)
        case .syntaxError(let message, let line, let column): return .syntaxError("\(message) at \(line):\(column)")
        case .resourceLimit(let message): return .resourceLimit(message)
        case .memorySafetyViolation(let message): return .memorySafetyViolation(message)
        case .internalError(let message):
            return verifierFailed ? .verifierFailure(message) : .internalError(message)
        case .typeAssertion(let report): return .typeAssertion("type assertion failed: \(report)")
        }
    }
}
