import Foundation

/// A snapshot of a running campaign, for the live status line and the final summary.
public struct CampaignStatus: Sendable {
    /// Seconds since this run started.
    public var elapsed = 0.0
    /// Executions in this run (an execution is one reference and one optimized run).
    public var executions = 0
    /// Executions of earlier runs on the same output directory.
    public var earlierExecutions = 0
    public var jobs = 1
    public var corpus = 0
    public var coverage = 0
    /// Finding directories on disk (this run's and earlier runs').
    public var findings = 0
    /// Findings published by this run.
    public var newFindings = 0
    /// Failures whose signature was already known.
    public var duplicates = 0
    public var crashes = 0
    public var referenceMismatches = 0
    public var lastFinding: String?
    /// Seconds from the start of this run to its first new finding (published, so after triage).
    public var firstFindingSeconds: Double?
    /// Seconds from the start of this run to its first failing execution (before triage).
    public var firstDetectionSeconds: Double?
    /// Workers still triaging after the campaign's time ran out.
    public var finishing = 0

    public init() {}

    public var executionsPerSecond: Double { elapsed > 0 ? Double(executions) / elapsed : 0 }

    /// One line: time, executions and rate, corpus, coverage, findings, crashes, last finding.
    public func line(color: Bool) -> String {
        let minutes = Int(elapsed) / 60, seconds = Int(elapsed) % 60
        let time = String(format: "%02d:%02d", minutes, seconds)
        let rate = String(format: "%.0f/s", executionsPerSecond)
        var findingsText = "findings \(findings)"
        if color && newFindings > 0 { findingsText = "\u{1B}[1;31m\(findingsText)\u{1B}[0m" }
        var text = "[\(time)] execs \(executions) (\(rate)) corpus \(corpus) cov \(coverage) \(findingsText) crashes \(crashes)"
        if referenceMismatches > 0 { text += " reference \(referenceMismatches)" }
        if let last = lastFinding { text += " last: \(last)" }
        if finishing > 0 { text += " (finishing \(finishing) triage\(finishing == 1 ? "" : "s"))" }
        return text
    }

    /// The status as a JSON object (sorted keys).
    public func json(findingSignatures: [String]) -> String {
        let object: [String: Any] = [
            "seconds": (elapsed * 10).rounded() / 10, "executions": executions, "earlier_executions": earlierExecutions,
            "executions_per_second": executionsPerSecond.rounded(), "jobs": jobs,
            "executions_per_second_per_job": (executionsPerSecond / Double(max(jobs, 1))).rounded(),
            "corpus": corpus, "coverage": coverage, "findings": findingSignatures, "new_findings": newFindings,
            "duplicates": duplicates, "crashes": crashes, "reference_mismatches": referenceMismatches,
            "last_finding": lastFinding ?? NSNull(),
            "first_finding_seconds": firstFindingSeconds.map { ($0 * 10).rounded() / 10 } ?? NSNull(),
            "first_detection_seconds": firstDetectionSeconds.map { ($0 * 10).rounded() / 10 } ?? NSNull(),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
