@testable import Localizer

/// A target with a planted bug, for testing strategies without the engine: the program
/// prints "ok" unless the buggy rewrite (number `culpritRewrite`, made by `buggyPhase`)
/// applies, in which case it prints "wrong". Rewrites are numbered across a fixed trace.
final class FakeTarget: Target {
    let name = "fake"
    let capabilities = TargetCapabilities.all
    let phases = ["inlining", "typer", "constant-folding", "gvn", "dead-code-elimination", "scheduling",
                  "register-allocation", "instruction-selection"]
    let requiredPhases = ["scheduling", "register-allocation", "instruction-selection"]
    let transparentReferencePhases = ["scheduling", "register-allocation"]
    /// The rewrite trace of a full run: (phase, rule) per rewrite, in order.
    let trace: [(String, String)]
    let culpritRewrite: Int?
    /// A bug in a phase that makes no rewrites (a back-end phase).
    let buggyBackEndPhase: String?
    /// The rewrite (place in the full trace) that gives the IR the shape the back-end bug
    /// needs; nil when it shows on any IR.
    let backEndBugNeedsRewrite: Int?
    /// Runs so far.
    private(set) var runs = 0
    /// Fails only on the first optimized run (a flaky PoC).
    var flaky = false
    private var optimizedRuns = 0

    init(trace: [(String, String)], culpritRewrite: Int?, buggyBackEndPhase: String? = nil, backEndBugNeedsRewrite: Int? = nil) {
        self.trace = trace
        self.culpritRewrite = culpritRewrite
        self.buggyBackEndPhase = buggyBackEndPhase
        self.backEndBugNeedsRewrite = backEndBugNeedsRewrite
    }

    func run(_ program: Program, _ c: RunConfiguration) throws -> Outcome {
        runs += 1
        guard c.optimize else { return Outcome(stdout: "ok\n", kind: .normal) }
        optimizedRuns += 1
        let enabled = { (p: String) in c.explicitPhases.map { $0.contains(p) } ?? !c.disabledPhases.contains(p) }
        let stopIndex = c.stopAfter.flatMap { phases.firstIndex(of: $0) } ?? phases.count
        var applied: [RewriteRecord] = []
        var number = 0
        var wrong = false
        var shaped = backEndBugNeedsRewrite == nil
        for (t, (phase, rule)) in trace.enumerated() {
            guard let pi = phases.firstIndex(of: phase), pi <= stopIndex, enabled(phase) else { continue }
            number += 1
            let allowed = c.bisectLimit.map { number <= $0 } ?? true
            applied.append(RewriteRecord(number: number, phase: phase, rule: rule, function: "f", before: ["n1"], after: ["n2"],
                                         line: 3, column: 7, applied: allowed))
            // The planted bug: the culprit rewrite (by its place in the full trace) applies.
            if allowed && t + 1 == culpritRewrite { wrong = true }
            if allowed && t + 1 == backEndBugNeedsRewrite { shaped = true }
        }
        if let b = buggyBackEndPhase, enabled(b), shaped { wrong = true }
        if flaky && optimizedRuns > 1 { wrong = false }
        return Outcome(stdout: wrong ? "wrong\n" : "ok\n", kind: .normal, rewrites: c.recordRewrites ? applied : nil)
    }
}
