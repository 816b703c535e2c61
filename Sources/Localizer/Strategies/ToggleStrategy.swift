/// `toggle`: switches each phase off on its own. A phase whose removal makes the failure
/// disappear is a candidate. Cheap (one run per phase) and target-agnostic, but ambiguous
/// when one phase exposes another's error: switching off either hides it, so the earliest
/// candidate is the verdict, with less confidence the more candidates there are.
public struct ToggleStrategy: LocalizationStrategy {
    public let name = "toggle"
    public init() {}

    public func localize(_ session: LocalizationSession) throws -> StrategyResult {
        let before = session.oracle.runs
        var evidence: [EvidenceLine] = []
        var candidates: [String] = []
        var scores: [PhaseScore] = []
        for phase in session.target.phases {
            var c = session.base
            c.disabledPhases.append(phase)
            let result = try session.classify(c)
            evidence.append(EvidenceLine(configuration: "--no-\(phase)", result: result.text))
            switch result {
            case .passes:
                candidates.append(phase)
                scores.append(PhaseScore(phase: phase, score: 1))
            case .otherFailure:
                scores.append(PhaseScore(phase: phase, score: 0.5))
            case .sameFailure:
                scores.append(PhaseScore(phase: phase, score: 0))
            }
        }
        let ranking = ToggleStrategy.rank(scores)
        let verdict: Verdict
        if let first = candidates.first {
            let others = candidates.dropFirst()
            verdict = Verdict(phase: first, confidence: others.isEmpty ? 0.8 : 0.8 / Double(candidates.count),
                              explanation: others.isEmpty
                                ? "Only switching off \(first) makes the failure disappear."
                                : "Switching off any of \(candidates.joined(separator: ", ")) makes the failure disappear; "
                                  + "the earliest, \(first), may have enabled the others' rewrites or be exposed by them.")
        } else {
            verdict = Verdict(phase: nil, confidence: 0.2,
                              explanation: "The failure survives switching off any single phase: it needs several phases, "
                                  + "or it lies outside them (graph building, deoptimization).")
        }
        return StrategyResult(strategy: name, verdict: verdict, ranking: ranking, evidence: evidence,
                              runs: session.oracle.runs - before)
    }

    /// Candidates first (earliest first), then phases whose removal changed the failure, then the rest.
    static func rank(_ scores: [PhaseScore]) -> [PhaseScore] {
        scores.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map { $0.element }
    }
}
