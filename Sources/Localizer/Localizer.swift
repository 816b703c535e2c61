import Foundation

/// Localizes a failing PoC: runs the reference and the failing configuration, checks that
/// the failure reproduces, then runs the chosen strategies and reports their verdicts.
public final class Localizer {
    public let target: Target
    public let strategies: [LocalizationStrategy]
    /// Per-run time limit.
    public let timeoutSeconds: Double
    /// Extra engine flags every optimized run gets (e.g. `--eager`).
    public let baseFlags: [String]

    public init(target: Target, strategies: [LocalizationStrategy], timeoutSeconds: Double = 10, baseFlags: [String] = []) {
        self.target = target
        self.strategies = strategies
        self.timeoutSeconds = timeoutSeconds
        self.baseFlags = baseFlags
    }

    /// The strategies by name, in the order `jitloc localize --strategy` lists them.
    public static let strategyNames = ["toggle", "bisect", "types", "paper", "sbfl"]

    /// The strategies `combined` (the default) reconciles.
    public static let combinedStrategyNames = ["toggle", "bisect", "types", "paper"]

    /// The strategy called `name`, or nil.
    public static func strategy(named name: String, options: StrategyOptions = StrategyOptions()) -> LocalizationStrategy? {
        switch name {
        case "toggle": return ToggleStrategy()
        case "bisect": return BisectStrategy()
        case "types": return TypesStrategy()
        case "paper": return PaperStrategy(source: MutatorVariantSource(), count: options.variants, seed: options.seed)
        case "sbfl":
            return SBFLStrategy(source: MutatorDirectedVariantSource(), variants: options.variants, seed: options.seed,
                                formula: options.formula)
        default: return nil
        }
    }

    /// The strategies a `--strategy` value names: one strategy, `combined`, or several joined
    /// by `+` (reconciled as `combined` is). Nil when a name is unknown.
    public static func strategies(for value: String, options: StrategyOptions = StrategyOptions()) -> [LocalizationStrategy]? {
        let names = value == "combined" ? combinedStrategyNames : value.split(separator: "+").map(String.init)
        let found = names.compactMap { strategy(named: $0, options: options) }
        return found.count == names.count && !found.isEmpty ? found : nil
    }

    public func localize(_ program: Program) throws -> LocalizationReport {
        let start = Date()
        let oracle = Oracle(target: target, program: program, timeoutSeconds: timeoutSeconds)
        var base = RunConfiguration()
        base.extraFlags = baseFlags
        let reference = try oracle.reference()
        if reference.kind == .syntaxError {
            throw TargetError(description: "\(program.name) does not parse: \(reference.message)")
        }
        var traced = base
        traced.recordRewrites = true
        let failing = try oracle.run(traced)
        let strategyName = strategies.count == 1 ? strategies[0].name : "combined"
        func report(_ status: LocalizationReport.Status, _ signature: FailureSignature?, _ verdict: Verdict,
                    _ ranking: [PhaseScore] = [], _ results: [StrategyResult] = []) -> LocalizationReport {
            LocalizationReport(program: program.name, target: target.name, status: status, signature: signature,
                               strategy: strategyName, verdict: verdict, ranking: ranking, results: results,
                               runs: oracle.runs, seconds: Date().timeIntervalSince(start))
        }
        guard let signature = FailureSignature.of(failing, reference: reference) else {
            return report(.doesNotFail, nil, Verdict(phase: nil, confidence: 0,
                          explanation: "The program behaves the same with the optimizer off and on."))
        }
        // Determinism: the same runs again must agree, or the PoC is flaky.
        let again = try oracle.run(base)
        let referenceAgain = try oracle.run(.reference)
        if !referenceAgain.behavesLike(reference) || FailureSignature.of(again, reference: reference) != signature {
            return report(.flaky, signature, Verdict(phase: nil, confidence: 0,
                          explanation: "Reruns of the same configuration disagree; localizing it would be guessing."))
        }
        let session = LocalizationSession(oracle: oracle, signature: signature, failing: failing, base: base)
        var results: [StrategyResult] = []
        for s in strategies { results.append(try s.localize(session)) }
        let chosen = results.count == 1 ? results[0] : CombinedVerdict.reconcile(results)
        return report(.localized, signature, chosen.verdict, chosen.ranking, results)
    }
}
