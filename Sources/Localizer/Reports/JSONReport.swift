import Foundation

/// `--json`: the report as one JSON object with sorted keys (schema in docs/ARCHITECTURE.md):
/// `program`, `target`, `status`, `signature`, `strategy`, `verdict` (`phase`, `rule`,
/// `confidence`, `source_line`, `source_text`, `rewrite`, `explanation`), `ranking`
/// (`[{phase, score}]`, best first), `strategies` (each strategy's verdict, ranking,
/// evidence and runs; spectrum strategies add `spectrum{formula, rules[{phase, rule, score, ef, ep,
/// nf, np}]}`), `runs`, `seconds`, `reduced` (the reduced PoC's text, or null without
/// `--reduce`) and `reduction` (`ReductionJSON.summary`, or null).
public enum JSONReport {
    public static func object(_ r: LocalizationReport) -> [String: Any] {
        [
            "program": r.program,
            "target": r.target,
            "status": r.status.rawValue,
            "signature": r.signature.map { ["kind": $0.kind.rawValue, "detail": $0.detail] as [String: Any] } ?? NSNull(),
            "strategy": r.strategy,
            "verdict": verdict(r.verdict),
            "ranking": ranking(r.ranking),
            "strategies": r.results.map { s -> [String: Any] in
                var entry: [String: Any] = ["strategy": s.strategy, "verdict": verdict(s.verdict), "ranking": ranking(s.ranking),
                                             "runs": s.runs,
                                             "evidence": s.evidence.map { ["configuration": $0.configuration, "result": $0.result] }]
                if let spectrum = s.spectrum { entry["spectrum"] = self.spectrum(spectrum) }
                return entry
            },
            "runs": r.runs,
            "seconds": (r.seconds * 1000).rounded() / 1000,
            "reduced": r.reduced?.text ?? NSNull(),
            "reduction": r.reduced.map(ReductionJSON.summary) ?? NSNull(),
        ]
    }

    public static func render(_ r: LocalizationReport) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object(r), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func verdict(_ v: Verdict) -> [String: Any] {
        [
            "phase": v.phase ?? NSNull(),
            "rule": v.rule ?? NSNull(),
            "confidence": (v.confidence * 1000).rounded() / 1000,
            "source_line": v.sourceLine ?? NSNull(),
            "source_text": v.sourceText ?? NSNull(),
            "rewrite": v.rewrite.map(rewrite) ?? NSNull(),
            "explanation": v.explanation,
        ]
    }

    static func rewrite(_ r: RewriteRecord) -> [String: Any] {
        ["number": r.number, "phase": r.phase, "rule": r.rule, "function": r.function, "before": r.before,
         "after": r.after, "line": r.line, "column": r.column]
    }

    /// `{formula, rules: [{phase, rule, score, ef, ep, nf, np}]}`, most suspicious first.
    static func spectrum(_ s: SpectrumRanking) -> [String: Any] {
        ["formula": s.formula.rawValue,
         "rules": s.rules.map { r -> [String: Any] in
             ["phase": r.rule.phase, "rule": r.rule.rule, "score": (r.score * 1000).rounded() / 1000,
              "ef": r.counts.failedCovered, "ep": r.counts.passedCovered, "nf": r.counts.failedUncovered,
              "np": r.counts.passedUncovered]
         }]
    }

    static func ranking(_ scores: [PhaseScore]) -> [[String: Any]] {
        scores.map { ["phase": $0.phase, "score": ($0.score * 1000).rounded() / 1000] }
    }
}
