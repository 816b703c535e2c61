/// The terminal report: the verdict first, then the evidence each strategy gathered.
public enum TextReport {
    public static func render(_ r: LocalizationReport) -> String {
        var out = "\(r.program): "
        switch r.status {
        case .doesNotFail: return out + "does not fail (the optimizer does not change its behaviour)\n"
        case .flaky: return out + "flaky (reruns disagree: \(r.signature?.description ?? "?")); not localized\n"
        case .localized: break
        }
        let v = r.verdict
        out += "buggy phase: \(v.phase ?? "none found")"
        out += " (\(r.strategy), confidence \(percent(v.confidence)))\n"
        if let rw = v.rewrite {
            out += "culprit rewrite \(rw.number): \(rw.phase) \(rw.rule) in \(rw.function)\n"
            out += "  before: \(rw.before.joined(separator: "; "))\n"
            out += "  after:  \(rw.after.joined(separator: "; "))\n"
        }
        if let line = v.sourceLine {
            out += "source line \(line): \(v.sourceText ?? "")\n"
        }
        if let s = r.signature { out += "failure: \(s)\n" }
        out += "why: \(v.explanation)\n"
        if !r.ranking.isEmpty {
            out += "ranking: " + r.ranking.prefix(5).map { "\($0.phase) \(String(format: "%.2f", $0.score))" }.joined(separator: ", ") + "\n"
        }
        for result in r.results where !result.evidence.isEmpty {
            out += "\n\(result.strategy) (\(result.runs) run\(result.runs == 1 ? "" : "s")): \(result.verdict.phase ?? "no phase")\n"
            let width = result.evidence.map(\.configuration.count).max() ?? 0
            for e in result.evidence {
                out += "  " + e.configuration.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + e.result + "\n"
            }
            if let spectrum = result.spectrum { out += spectrumRanks(spectrum) }
        }
        if let reduced = r.reduced {
            out += "\nreduced PoC (\(reduced.originalNodes) -> \(reduced.reducedNodes) nodes, culprit \(reduced.culprit.description) kept, "
                + "\(reduced.runs) runs\(reduced.interrupted ? ", interrupted" : "")):\n"
            for line in reduced.text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                out += "  \(line)\n"
            }
        }
        out += "\n\(r.runs) runs, \(String(format: "%.2f", r.seconds)) s on \(r.target)\n"
        return out
    }

    /// The top rules of a spectrum ranking, one per line with their counts.
    static func spectrumRanks(_ s: SpectrumRanking) -> String {
        guard !s.rules.isEmpty else { return "" }
        var out = "  spectrum ranks (\(s.formula.rawValue); ef/ep: failing/passing runs where the rule applied):\n"
        let shown = s.rules.prefix(8)
        let width = shown.map { $0.rule.phase.count + $0.rule.rule.count + 1 }.max() ?? 0
        for (i, r) in shown.enumerated() {
            let c = r.counts
            out += "  \(String(i + 1).leftPadded(3)). " + "\(r.rule.phase) \(r.rule.rule)".padding(toLength: width, withPad: " ", startingAt: 0)
                + "  " + String(format: "%.3f", r.score) + "  ef \(c.failedCovered)/\(c.totalFailed), ep \(c.passedCovered)/\(c.totalPassed)\n"
        }
        if s.rules.count > shown.count { out += "       (\(s.rules.count - shown.count) more rules)\n" }
        return out
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}
