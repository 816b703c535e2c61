import Foundation
import Fuzz

/// The fuzzer's triage (`FindingTriage`) done by this module: a fast localization on the
/// in-process engine (type assertions, which name an analysis error and its typing rule,
/// reconciled with bisection, which names the culprit rewrite), then reduction with Fuzz's
/// hierarchical delta debugging, keeping the failure kind and (for a phase that can be
/// switched off) the failure's dependence on the blamed phase, so the reduced program shows
/// the same bug and not another one; the reports are those of
/// `jitloc localize --strategy types+bisect` on the reduced program.
public final class LocalizerTriage: FindingTriage {
    let target = InProcessTarget()
    /// Predicate calls the reducer may spend.
    public var reductionBudget: Int
    /// Seconds each run may take.
    public var timeoutSeconds: Double

    public init(reductionBudget: Int = 300, timeoutSeconds: Double = 5) {
        self.reductionBudget = reductionBudget
        self.timeoutSeconds = timeoutSeconds
    }

    private func localizer(flags: [String]) -> Localizer {
        Localizer(target: target, strategies: [TypesStrategy(), BisectStrategy()], timeoutSeconds: timeoutSeconds, baseFlags: flags)
    }

    private func report(_ source: String, name: String, flags: [String]) -> LocalizationReport? {
        try? localizer(flags: flags).localize(Program(name: name, source: source))
    }

    public func localize(_ source: String, flags: [String]) -> (phase: String?, rule: String?, isFlaky: Bool) {
        guard let r = report(source, name: "original.js", flags: flags) else { return (nil, nil, false) }
        switch r.status {
        case .localized: return (r.verdict.phase, r.verdict.rule ?? r.verdict.rewrite?.rule, false)
        default: return (nil, nil, true)
        }
    }

    public func triage(_ source: String, flags: [String], failure: Failure, phase: String?) -> TriageResult {
        let original = Program(name: "original.js", source: source)
        var failing = RunConfiguration()
        failing.extraFlags = flags
        failing.timeoutSeconds = timeoutSeconds
        var reference = RunConfiguration.reference
        reference.timeoutSeconds = timeoutSeconds
        let kind = signature(of: original, failing, reference)?.kind
        var withoutPhase = failing
        if let phase, target.phases.contains(phase), !target.requiredPhases.contains(phase) {
            withoutPhase.disabledPhases = [phase]
        }
        let reduced: String
        if let kind, let result = try? ASTReducer(budget: reductionBudget).reduce(text: source, isInteresting: { candidate in
            let program = Program(name: "candidate.js", source: candidate)
            guard self.signature(of: program, failing, reference)?.kind == kind else { return false }
            return withoutPhase.disabledPhases.isEmpty || self.signature(of: program, withoutPhase, reference) == nil
        }), result.originalWasInteresting {
            reduced = result.text
        } else {
            reduced = source
        }
        let final = report(reduced, name: "reduced.js", flags: flags).flatMap { $0.status == .localized ? $0 : nil }
            ?? report(source, name: "original.js", flags: flags)
        guard let final else {
            return TriageResult(phase: phase, rule: nil, reducedSource: reduced, localizerJSON: "{}\n",
                                textReport: "The localizer could not run the program.\n", isFlaky: true)
        }
        return TriageResult(phase: phase, rule: final.verdict.rule ?? final.verdict.rewrite?.rule, reducedSource: reduced,
                            localizerJSON: JSONReport.render(final), textReport: TextReport.render(final),
                            isFlaky: final.status == .flaky)
    }

    /// The failure signature of `program` under `configuration` against `reference`; nil when
    /// it does not fail or the reference does not run to an end.
    private func signature(of program: Program, _ configuration: RunConfiguration, _ reference: RunConfiguration) -> FailureSignature? {
        guard let ref = try? target.run(program, reference), ref.kind == .normal || ref.kind == .exception,
              let run = try? target.run(program, configuration) else { return nil }
        return FailureSignature.of(run, reference: ref)
    }
}
