/// What triage made of a failing program: where the bug is and a smaller program that
/// shows it, with the localizer's reports.
public struct TriageResult: Sendable {
    /// The optimization phase the localization blames (nil when it could not name one).
    public var phase: String?
    /// The culprit rewrite rule (nil when bisection found none).
    public var rule: String?
    /// The reduced program (the original when reduction did not shrink it).
    public var reducedSource: String
    /// The localizer's report as JSON (the schema of `jitloc localize --json`).
    public var localizerJSON: String
    /// The localizer's text report.
    public var textReport: String
    /// True when reruns of the same configuration disagreed.
    public var isFlaky: Bool

    public init(phase: String?, rule: String?, reducedSource: String, localizerJSON: String, textReport: String, isFlaky: Bool) {
        self.phase = phase
        self.rule = rule
        self.reducedSource = reducedSource
        self.localizerJSON = localizerJSON
        self.textReport = textReport
        self.isFlaky = isFlaky
    }
}

/// Localizes and reduces a failing program. The fuzzer defines this seam and the Localizer
/// module implements it (Fuzz does not depend on the Localizer); the command-line tool plugs
/// the implementation into the workers. Triage runs in two steps so that a failure whose
/// signature is already known costs only the fast localization.
public protocol FindingTriage {
    /// A fast localization (bisection) of `source` failing under `flags`: phase and rule, or
    /// nil for each when none could be named.
    func localize(_ source: String, flags: [String]) -> (phase: String?, rule: String?, isFlaky: Bool)
    /// Reduction of `source` (keeping the failure in the same phase) and the full reports.
    func triage(_ source: String, flags: [String], failure: Failure, phase: String?) -> TriageResult
}
