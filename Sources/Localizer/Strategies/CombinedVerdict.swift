/// Reconciles several strategies' results into one ranking and verdict: each strategy's
/// ranking votes with its verdict's confidence; a culprit rewrite found by bisection names
/// the rule when its phase wins.
public enum CombinedVerdict {
    public static func reconcile(_ results: [StrategyResult]) -> StrategyResult {
        var order: [String] = []
        var score: [String: Double] = [:]
        for r in results {
            for (i, p) in r.ranking.enumerated() {
                if score[p.phase] == nil { order.append(p.phase) }
                // Earlier ranks weigh more; the strategy's confidence scales its vote.
                score[p.phase, default: 0] += p.score * max(r.verdict.confidence, 0.1) / Double(i + 1)
            }
        }
        let ranking = order.enumerated().sorted { a, b in
            let x = score[a.element] ?? 0, y = score[b.element] ?? 0
            return x != y ? x > y : a.offset < b.offset
        }.map { PhaseScore(phase: $0.element, score: score[$0.element] ?? 0) }
        let total = ranking.reduce(0) { $0 + $1.score }
        guard let best = ranking.first, total > 0 else {
            return StrategyResult(strategy: "combined", verdict: Verdict(phase: nil, confidence: 0,
                                  explanation: "No strategy named a phase."), ranking: [], evidence: [],
                                  runs: results.reduce(0) { $0 + $1.runs })
        }
        let agreeing = results.filter { $0.verdict.phase == best.phase }.map(\.strategy)
        let withRewrite = results.first { $0.verdict.phase == best.phase && $0.verdict.rewrite != nil }?.verdict
        let verdict = Verdict(phase: best.phase, rule: withRewrite?.rule, rewrite: withRewrite?.rewrite,
                              sourceLine: withRewrite?.sourceLine, sourceText: withRewrite?.sourceText,
                              confidence: min(1, best.score / total + 0.1 * Double(agreeing.count - 1)),
                              explanation: "\(best.phase) ranks first"
                                + (agreeing.isEmpty ? "." : "; named by \(agreeing.joined(separator: ", ")).")
                                + (withRewrite.map { " " + $0.explanation } ?? ""))
        return StrategyResult(strategy: "combined", verdict: verdict, ranking: ranking, evidence: [],
                              runs: results.reduce(0) { $0 + $1.runs })
    }
}
