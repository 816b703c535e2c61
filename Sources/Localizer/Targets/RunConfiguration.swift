/// How a target runs a program: the optimizer's controls a localization strategy turns
/// (phases on or off, where the pipeline stops, how many rewrites apply, run-time checks)
/// and the limits of a run. `flags` spells it in the engine's own flag syntax, the same
/// spelling `jitloc run` and a PoC's `// Flags:` lines use.
public struct RunConfiguration: Hashable, Sendable {
    /// False: the reference run, optimizer off (`--no-opt`).
    public var optimize = true
    /// Phases switched off (`--no-<id>`), in pipeline order.
    public var disabledPhases: [String] = []
    /// When set, exactly these phases run (`--phases`; empty: a plain baseline compilation).
    public var explicitPhases: [String]?
    /// `--stop-after PHASE`.
    public var stopAfter: String?
    /// `--opt-bisect-limit N`: only rewrites 1...N apply.
    public var bisectLimit: Int?
    /// `--assert-types`.
    public var assertTypes = false
    /// `--verify-ir`.
    public var verifyIR = false
    /// Ask the target for the numbered rewrite trace (`--print-rewrites`).
    public var recordRewrites = false
    /// Ask the target for the per-node IR history (targets with `.irHistory`; no flag).
    public var recordIRHistory = false
    /// Wall-time limit of one run in seconds.
    public var timeoutSeconds: Double = 10
    /// Further engine flags (e.g. `--eager`, `--jit-threshold=2`).
    public var extraFlags: [String] = []

    public init() {}

    /// The reference configuration: the same program with the optimizer off.
    public static var reference: RunConfiguration {
        var c = RunConfiguration()
        c.optimize = false
        return c
    }

    /// The configuration as engine flags.
    public var flags: [String] {
        var f: [String] = []
        if !optimize { f.append("--no-opt") }
        f += disabledPhases.map { "--no-\($0)" }
        if let e = explicitPhases { f.append("--phases=" + (e.isEmpty ? "none" : e.joined(separator: ","))) }
        if let s = stopAfter { f += ["--stop-after", s] }
        if let n = bisectLimit { f.append("--opt-bisect-limit=\(n)") }
        if assertTypes { f.append("--assert-types") }
        if verifyIR { f.append("--verify-ir") }
        if recordRewrites { f.append("--print-rewrites") }
        f.append("--timeout=\(timeoutSeconds)")
        return f + extraFlags
    }

    /// A short human-readable description (`optimizer off`, `--no-gvn`, ...).
    public var summary: String {
        let shown = flags.filter { !$0.hasPrefix("--timeout") && $0 != "--print-rewrites" }
        return shown.isEmpty ? "default" : shown.joined(separator: " ")
    }
}
