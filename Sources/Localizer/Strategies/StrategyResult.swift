/// A strategy's answer: the verdict, a ranking of phases (best first), the evidence a
/// report shows, and how many engine runs it took.
public struct StrategyResult: Sendable {
    public let strategy: String
    public var verdict: Verdict
    public var ranking: [PhaseScore]
    public var evidence: [EvidenceLine]
    public var runs: Int
    /// The rule spectrum ranking, for spectrum-based strategies (`sbfl`).
    public var spectrum: SpectrumRanking?

    public init(strategy: String, verdict: Verdict, ranking: [PhaseScore], evidence: [EvidenceLine], runs: Int) {
        self.strategy = strategy
        self.verdict = verdict
        self.ranking = ranking
        self.evidence = evidence
        self.runs = runs
    }
}

/// The conclusion: the buggy phase (nil when the evidence points outside the phases),
/// the culprit rewrite when one was found, the PoC's source line, and why.
public struct Verdict: Sendable, Codable, Equatable {
    public var phase: String?
    public var rule: String?
    public var rewrite: RewriteRecord?
    public var sourceLine: Int?
    public var sourceText: String?
    /// 0...1: how strongly the evidence supports the verdict.
    public var confidence: Double
    public var explanation: String

    public init(phase: String?, rule: String? = nil, rewrite: RewriteRecord? = nil, sourceLine: Int? = nil,
                sourceText: String? = nil, confidence: Double, explanation: String) {
        self.phase = phase
        self.rule = rule
        self.rewrite = rewrite
        self.sourceLine = sourceLine
        self.sourceText = sourceText
        self.confidence = confidence
        self.explanation = explanation
    }
}

/// A phase and its suspiciousness score in a ranking.
public struct PhaseScore: Sendable, Codable, Equatable {
    public let phase: String
    public let score: Double
    public init(phase: String, score: Double) {
        self.phase = phase
        self.score = score
    }
}

/// One line of evidence: what was run and what it showed (a toggle row, a bisection step).
public struct EvidenceLine: Sendable, Codable, Equatable {
    public let configuration: String
    public let result: String
    public init(configuration: String, result: String) {
        self.configuration = configuration
        self.result = result
    }
}

/// A way to localize a failing PoC from run outcomes.
public protocol LocalizationStrategy {
    var name: String { get }
    func localize(_ session: LocalizationSession) throws -> StrategyResult
}

/// What a strategy works from: the oracle (target, program, reference), the PoC's failure
/// signature and its failing outcome (with the rewrite trace when the target has one).
public struct LocalizationSession {
    public let oracle: Oracle
    public let signature: FailureSignature
    public let failing: Outcome
    /// The configuration the PoC fails under (the default one, or the user's flags).
    public let base: RunConfiguration

    public init(oracle: Oracle, signature: FailureSignature, failing: Outcome, base: RunConfiguration) {
        self.oracle = oracle
        self.signature = signature
        self.failing = failing
        self.base = base
    }

    public var target: Target { oracle.target }

    /// How a run under `configuration` relates to the PoC's failure.
    public func classify(_ configuration: RunConfiguration) throws -> RunClass {
        let (sig, _) = try oracle.signature(configuration)
        guard let s = sig else { return .passes }
        return s == signature ? .sameFailure : .otherFailure(s)
    }
}

/// A run's relation to the failure being localized.
public enum RunClass: Equatable {
    case passes, sameFailure, otherFailure(FailureSignature)

    public var text: String {
        switch self {
        case .passes: return "passes"
        case .sameFailure: return "fails (same signature)"
        case .otherFailure(let s): return "fails differently (\(s))"
        }
    }
}
