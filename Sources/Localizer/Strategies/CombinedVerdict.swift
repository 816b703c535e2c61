/// Reconciles several strategies' results into one ranking and verdict. Evidence is not all
/// equally direct, so each strategy's vote is weighted by how directly it observes the
/// fault (`EvidenceStrength`): a value seen outside its type at run time (`types`) outweighs
/// a single rewrite that flips the outcome (`bisect`), which outweighs switching a whole
/// phase off (`toggle`), which outweighs statistics over mutated variants (`paper`,
/// `sbfl`). Within a strategy, earlier ranks weigh more and the strategy's confidence
/// scales its vote. The weights grow fourfold per level, so a stronger kind of evidence
/// decides the verdict whenever it names a phase, and the weaker kinds order the rest of
/// the ranking (and decide when the stronger ones are silent, as on targets without
/// bisection or type assertions). The verdict's rule and rewrite come from the strongest
/// result naming the winning phase; a culprit rewrite bisection found in another phase is
/// reported as the rewrite that exposed the error.
public enum CombinedVerdict {
    /// How directly a strategy's evidence observes the fault, weakest first.
    public enum EvidenceStrength: Int, Comparable, Sendable {
        /// Statistics over passing and failing variants (`paper`, `sbfl`, unknown strategies).
        case correlation = 0
        /// The failure disappears when a whole phase is switched off (`toggle`).
        case phaseIntervention = 1
        /// The failure appears with one particular rewrite or back-end phase (`bisect`).
        case pinpointedIntervention = 2
        /// An analysis result contradicted by a value seen at run time (`types`).
        case runtimeObservation = 3

        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

        /// The strength of the named strategy's evidence.
        public static func of(_ strategy: String) -> EvidenceStrength {
            switch strategy {
            case "types": return .runtimeObservation
            case "bisect": return .pinpointedIntervention
            case "toggle": return .phaseIntervention
            default: return .correlation
            }
        }

        /// The vote weight: four times the next weaker kind's.
        var weight: Double { [1.0, 4, 16, 64][rawValue] }
    }

    public static func reconcile(_ results: [StrategyResult]) -> StrategyResult {
        var order: [String] = []
        var score: [String: Double] = [:]
        for r in results {
            let weight = EvidenceStrength.of(r.strategy).weight
            for (i, p) in r.ranking.enumerated() {
                if score[p.phase] == nil { order.append(p.phase) }
                score[p.phase, default: 0] += weight * p.score * max(r.verdict.confidence, 0.1) / Double(i + 1)
            }
        }
        let total = order.reduce(0) { $0 + (score[$1] ?? 0) }   // in a fixed order: the same sum every run
        // Scores are shares of the whole vote, so they read the same whatever the weights.
        let ranking = order.enumerated().sorted { a, b in
            let x = score[a.element] ?? 0, y = score[b.element] ?? 0
            return x != y ? x > y : a.offset < b.offset
        }.map { PhaseScore(phase: $0.element, score: total > 0 ? (score[$0.element] ?? 0) / total : 0) }
        let runs = results.reduce(0) { $0 + $1.runs }
        guard let best = ranking.first, total > 0 else {
            return StrategyResult(strategy: "combined", verdict: Verdict(phase: nil, confidence: 0,
                                  explanation: "No strategy named a phase."), ranking: [], evidence: [], runs: runs)
        }
        let agreeing = results.filter { $0.verdict.phase == best.phase }
        let strongest = agreeing.max { EvidenceStrength.of($0.strategy) < EvidenceStrength.of($1.strategy) }?.verdict
        let withRewrite = agreeing.first { $0.verdict.rewrite != nil }?.verdict
        var explanation = "\(best.phase) ranks first"
            + (agreeing.isEmpty ? "." : "; named by \(agreeing.map(\.strategy).joined(separator: ", ")).")
        if let detail = strongest?.explanation { explanation += " " + detail }
        if withRewrite == nil, let exposing = results.first(where: { $0.verdict.rewrite != nil && $0.verdict.phase != best.phase }),
           let rw = exposing.verdict.rewrite {
            explanation += " The error shows through rewrite \(rw.number) (\(rw.phase) \(rw.rule)), which \(exposing.strategy) "
                + "found first failing: it relies on what \(best.phase) got wrong."
        }
        let rewrite = withRewrite?.rewrite
        let verdict = Verdict(phase: best.phase, rule: strongest?.rule ?? withRewrite?.rule, rewrite: rewrite,
                              sourceLine: strongest?.sourceLine ?? withRewrite?.sourceLine,
                              sourceText: strongest?.sourceText ?? withRewrite?.sourceText,
                              confidence: min(1, best.score + 0.1 * Double(agreeing.count - 1)),
                              explanation: explanation)
        return StrategyResult(strategy: "combined", verdict: verdict, ranking: ranking, evidence: [], runs: runs)
    }
}
