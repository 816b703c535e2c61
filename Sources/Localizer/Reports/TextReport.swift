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
            out += "\n\(result.strategy) (\(result.runs) runs): \(result.verdict.phase ?? "no phase")\n"
            let width = result.evidence.map(\.configuration.count).max() ?? 0
            for e in result.evidence {
                out += "  " + e.configuration.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + e.result + "\n"
            }
        }
        out += "\n\(r.runs) runs, \(String(format: "%.2f", r.seconds)) s on \(r.target)\n"
        return out
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}
