/// `bisect`: binary search for the first point in the optimizer's work after which the
/// program fails, as LLVM's -opt-bisect-limit is used by hand. Two searches:
/// - over `--stop-after PHASE` (the pipeline's optimization phases in order, the back end
///   running on whatever IR stands after PHASE): the first phase whose inclusion fails;
/// - over `--opt-bisect-limit N` (only rewrites 1...N apply, numbered across phases and
///   functions): the first rewrite after which the program fails, the culprit rewrite.
/// Back-end phases do not rewrite the graph, so they are tested first by substitution: a
/// failure that disappears when one is replaced by a reference version that runs the same
/// IR (the target's `transparentReferencePhases`) is that phase's. When the program fails
/// even with no rewrite applied, the error lies in a back-end phase (each tried against its
/// reference version) or outside the phases. Logarithmic in the number of rewrites.
///
/// Bisection blames the rewrite that exposes a failure, which for an analysis error (a
/// wrong type) is the consumer that trusted it: the `types` strategy covers that.
public struct BisectStrategy: LocalizationStrategy {
    public let name = "bisect"
    public init() {}

    public func localize(_ session: LocalizationSession) throws -> StrategyResult {
        let before = session.oracle.runs
        var evidence: [EvidenceLine] = []
        let caps = session.target.capabilities
        guard caps.contains(.bisectLimit), caps.contains(.rewriteTrace) else {
            return StrategyResult(strategy: name, verdict: Verdict(phase: nil, confidence: 0,
                                  explanation: "\(session.target.name) has no rewrite limit to bisect."),
                                  ranking: [], evidence: [], runs: 0)
        }
        func fails(_ c: RunConfiguration, _ label: String) throws -> Bool {
            let r = try session.classify(c)
            evidence.append(EvidenceLine(configuration: label, result: r.text))
            return r == .sameFailure
        }
        // The numbered rewrites of the failing run give the search's upper bound.
        var traced = session.base
        traced.recordRewrites = true
        let trace = try session.oracle.run(traced).rewrites ?? []
        let total = trace.count
        evidence.append(EvidenceLine(configuration: "--print-rewrites", result: "\(total) rewrites"))

        if let verdict = try transparentBackEndPhase(session, evidence: &evidence) {
            return StrategyResult(strategy: name, verdict: verdict, ranking: [PhaseScore(phase: verdict.phase ?? "", score: 1)],
                                  evidence: evidence, runs: session.oracle.runs - before)
        }
        var noRewrites = session.base
        noRewrites.bisectLimit = 0
        if try fails(noRewrites, "--opt-bisect-limit=0") {
            let verdict = try nonRewritingPhase(session, base: noRewrites, fails: fails)
            return StrategyResult(strategy: name, verdict: verdict, ranking: verdict.phase.map { [PhaseScore(phase: $0, score: 1)] } ?? [],
                                  evidence: evidence, runs: session.oracle.runs - before)
        }
        let stopPhase = try firstFailingStopAfter(session, fails: fails)
        // Smallest N such that rewrites 1...N fail: lo passes, hi fails.
        var lo = 0, hi = total
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            var c = session.base
            c.bisectLimit = mid
            if try fails(c, "--opt-bisect-limit=\(mid)") { hi = mid } else { lo = mid }
        }
        guard hi >= 1, hi <= trace.count else {
            return StrategyResult(strategy: name, verdict: Verdict(phase: stopPhase, confidence: 0.3,
                                  explanation: "The failure needs rewrites but no single rewrite bound was found."),
                                  ranking: [], evidence: evidence, runs: session.oracle.runs - before)
        }
        let culprit = trace[hi - 1]
        var explanation = "Applying rewrites 1...\(hi - 1) passes; adding rewrite \(hi) (\(culprit.phase) \(culprit.rule) in "
            + "\(culprit.function)) fails with the PoC's signature."
        var confidence = 0.85
        // Stopping the pipeline never leaves out a back-end phase, so only a graph phase's
        // culprit can be checked against the first failing stop.
        let checkable = !session.target.requiredPhases.contains(culprit.phase)
        if let p = stopPhase, p != culprit.phase, checkable {
            explanation += " Stopping the pipeline after each phase first fails at \(p), not \(culprit.phase): "
                + "the failure depends on how rewrites of several phases combine."
            confidence = 0.5
        }
        let verdict = Verdict(phase: culprit.phase, rule: culprit.rule, rewrite: culprit,
                              sourceLine: culprit.line > 0 ? culprit.line : nil,
                              sourceText: culprit.line > 0 ? session.oracle.program.line(culprit.line) : nil,
                              confidence: confidence, explanation: explanation)
        var ranking = [PhaseScore(phase: culprit.phase, score: 1)]
        if let p = stopPhase, p != culprit.phase, checkable { ranking.append(PhaseScore(phase: p, score: 0.5)) }
        return StrategyResult(strategy: name, verdict: verdict, ranking: ranking, evidence: evidence,
                              runs: session.oracle.runs - before)
    }

    /// Binary search over the optimization phases (pipeline order) for the first one that,
    /// as the last phase run, fails. Nil when the target cannot stop its pipeline.
    private func firstFailingStopAfter(_ session: LocalizationSession,
                                       fails: (RunConfiguration, String) throws -> Bool) throws -> String? {
        guard session.target.capabilities.contains(.stopAfter) else { return nil }
        let phases = session.target.phases.filter { !session.target.requiredPhases.contains($0) }
        guard !phases.isEmpty else { return nil }
        // Invariant: stopping after phases[hi] fails (the whole pipeline fails); lo passes.
        var lo = -1, hi = phases.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            var c = session.base
            c.stopAfter = phases[mid]
            if try fails(c, "--stop-after \(phases[mid])") { hi = mid } else { lo = mid }
        }
        return phases[hi]
    }

    /// A back-end phase whose transparent reference version alone makes the failure go away
    /// (every rewrite still applied, so the IR is the failing one): the error is in how that
    /// phase turns correct IR into code, whichever rewrite made the IR take that shape.
    private func transparentBackEndPhase(_ session: LocalizationSession, evidence: inout [EvidenceLine]) throws -> Verdict? {
        guard session.target.capabilities.contains(.phaseToggles) else { return nil }
        for phase in session.target.transparentReferencePhases {
            var c = session.base
            c.disabledPhases.append(phase)
            let r = try session.classify(c)
            evidence.append(EvidenceLine(configuration: "--no-\(phase)", result: r.text))
            if r == .passes {
                return Verdict(phase: phase, confidence: 0.85,
                               explanation: "With every rewrite applied, replacing \(phase) by its reference implementation "
                                   + "(which runs the same IR) makes the failure disappear: \(phase) turns correct IR into wrong code.")
            }
        }
        return nil
    }

    /// The failure needs no rewrite: try each required (back-end) phase's reference version.
    private func nonRewritingPhase(_ session: LocalizationSession, base: RunConfiguration,
                                   fails: (RunConfiguration, String) throws -> Bool) throws -> Verdict {
        for phase in session.target.requiredPhases {
            var c = base
            c.disabledPhases.append(phase)
            if try !fails(c, "--opt-bisect-limit=0 --no-\(phase)") {
                return Verdict(phase: phase, confidence: 0.8,
                               explanation: "The program fails with no rewrite applied, and replacing \(phase) by its "
                                   + "reference implementation makes the failure disappear.")
            }
        }
        return Verdict(phase: nil, confidence: 0.3,
                       explanation: "The program fails with no rewrite applied and with each back-end phase replaced: "
                           + "the error is outside the phases (graph building, deoptimization or the runtime).")
    }
}
