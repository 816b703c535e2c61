/// The result of localizing one PoC: whether it fails (and reproducibly), its failure
/// signature, each strategy's result, the final verdict and ranking, and the cost.
public struct LocalizationReport: Sendable {
    /// Whether there was something to localize.
    public enum Status: String, Sendable, Codable {
        case localized
        /// The program behaves the same with and without the optimizer.
        case doesNotFail = "does-not-fail"
        /// Reruns of the same configuration disagree.
        case flaky
    }

    public let program: String
    public let target: String
    public let status: Status
    public let signature: FailureSignature?
    /// The strategy whose verdict is reported (the one asked for, or `combined`).
    public let strategy: String
    public let verdict: Verdict
    public let ranking: [PhaseScore]
    public let results: [StrategyResult]
    public let runs: Int
    public let seconds: Double
    /// The reduced PoC, when reduction was asked for (`localize --reduce`).
    public var reduced: ReducedPoC?

    public init(program: String, target: String, status: Status, signature: FailureSignature?, strategy: String,
                verdict: Verdict, ranking: [PhaseScore], results: [StrategyResult], runs: Int, seconds: Double) {
        self.program = program
        self.target = target
        self.status = status
        self.signature = signature
        self.strategy = strategy
        self.verdict = verdict
        self.ranking = ranking
        self.results = results
        self.runs = runs
        self.seconds = seconds
    }
}
