/// `sbfl`: Lim and Debray's follow-up (DPGen, directed test program generation) with a
/// spectrum of rewrite rules. Within a budget of `variants` programs (two runs each):
/// 1. learning: single-edit variants of the PoC, round-robin over its editable nodes; a node
///    whose edit makes the failure disappear is bug-relevant;
/// 2. directed generation: passing candidates edit only bug-relevant nodes (close to the PoC),
///    failing candidates edit every other node (far from it); every variant lands in the class
///    its runs show (failing: the PoC's kind of failure, `FailureSignature.sameKind`, as DPGen
///    counts any output difference), and variants that fail differently, are not optimized or
///    do not parse are dropped;
/// 3. selection: the passing variants most similar to the PoC and the failing ones least
///    similar (Needleman-Wunsch over AST node sequences), up to a quarter of the budget each;
/// 4. spectrum: which rewrite rules (phase and rule) applied in each selected run, the PoC
///    counting as failing; rules are ranked by the formula (Ochiai by default), and a phase
///    scores as its best rule.
/// Variants run with `Oracle.editedProgramTimeout`; one whose reference run times out is dropped.
/// The verdict names the top rule's phase and the rule, with the PoC's first source line where
/// that rule applied.
public struct SBFLStrategy: LocalizationStrategy {
    public let name = "sbfl"
    public let source: DirectedVariantSource
    /// The most variants generated and run (each costs a reference and an optimized run).
    public let variants: Int
    public let seed: UInt64
    public let formula: SuspiciousnessFormula

    public init(source: DirectedVariantSource, variants: Int = 100, seed: UInt64 = 1, formula: SuspiciousnessFormula = .ochiai) {
        self.source = source
        self.variants = variants
        self.seed = seed
        self.formula = formula
    }

    /// A variant's class after its runs, with the rewrites of its optimized run.
    enum Classification {
        case passing([RewriteRecord])
        case failing([RewriteRecord])
        /// Fails in another way than the PoC.
        case otherFailure
        /// Does not parse, or the optimizer applied no rewrite.
        case unusable
    }

    /// A classified variant in the pool selection draws from.
    struct PooledVariant {
        let variant: EditedVariant
        let failing: Bool
        let rewrites: [RewriteRecord]
    }

    public func localize(_ session: LocalizationSession) throws -> StrategyResult {
        let before = session.oracle.runs
        guard session.target.capabilities.contains(.rewriteTrace), let pocRewrites = session.failing.rewrites else {
            return StrategyResult(strategy: name, verdict: Verdict(phase: nil, confidence: 0,
                                  explanation: "\(session.target.name) has no rewrite trace to build a spectrum from."),
                                  ranking: [], evidence: [], runs: 0)
        }
        let program = session.oracle.program
        var config = session.base
        config.recordRewrites = true
        var evidence: [EvidenceLine] = []
        var pool: [PooledVariant] = []

        // 1. Learning: which single edits make the failure disappear.
        let learning = source.singleEditVariants(of: program, count: max(variants / 2, 1), seed: seed)
        var relevant: [Int] = []
        var relevantEvidence: [EvidenceLine] = []
        var tally = Tally()
        for v in learning {
            let c = try classify(v, session, config)
            tally.count(c)
            if case .passing = c {
                for n in v.editedNodes where !relevant.contains(n) {
                    relevant.append(n)
                    relevantEvidence.append(EvidenceLine(configuration: "bug-relevant node \(n)", result: v.summary))
                }
            }
            pool.append(contentsOf: pooled(v, c))
        }
        evidence.append(EvidenceLine(configuration: "single-edit variants", result: tally.text))
        evidence.append(EvidenceLine(configuration: "bug-relevant nodes",
                                     result: relevant.isEmpty ? "none (no single edit hides the failure)" : "\(relevant.count)"))
        evidence += relevantEvidence.prefix(8)

        // 2. Directed generation with what is left of the budget.
        let remaining = max(variants - learning.count, 0)
        let closeBudget = relevant.isEmpty ? 0 : remaining / 2
        var closeTally = Tally(), farTally = Tally()
        for v in source.closeVariants(of: program, editing: relevant, count: closeBudget, seed: seed &+ 1) {
            let c = try classify(v, session, config)
            closeTally.count(c)
            pool.append(contentsOf: pooled(v, c))
        }
        for v in source.distantVariants(of: program, sparing: relevant, count: remaining - closeBudget, seed: seed &+ 2) {
            let c = try classify(v, session, config)
            farTally.count(c)
            pool.append(contentsOf: pooled(v, c))
        }
        evidence.append(EvidenceLine(configuration: "close variants (bug-relevant nodes edited)", result: closeTally.text))
        evidence.append(EvidenceLine(configuration: "far variants (all other nodes edited)", result: farTally.text))

        // 3. Selection by similarity to the PoC.
        let keep = max(variants / 4, 2)
        let similarity = pool.map { source.similarity(of: $0.variant.program, to: program) }
        let ordered = pool.indices.sorted { similarity[$0] != similarity[$1] ? similarity[$0] > similarity[$1] : $0 < $1 }
        let passing = ordered.filter { !pool[$0].failing }.prefix(keep)
        let failing = ordered.reversed().filter { pool[$0].failing }.prefix(keep)
        evidence.append(EvidenceLine(configuration: "selected (Needleman-Wunsch similarity)",
                                     result: "\(passing.count) passing \(range(passing.map { similarity[$0] })), "
                                         + "\(failing.count) failing \(range(failing.map { similarity[$0] })), and the PoC"))

        // 4. The spectrum of rewrite rules.
        var spectrum = RuleSpectrum()
        spectrum.add(failing: true, rewrites: pocRewrites)
        for i in failing { spectrum.add(failing: true, rewrites: pool[i].rewrites) }
        for i in passing { spectrum.add(failing: false, rewrites: pool[i].rewrites) }
        let rules = spectrum.ranking(formula, phaseOrder: session.target.phases)
        let ranking = RuleSpectrum.phaseRanking(rules)
        var result = StrategyResult(strategy: name, verdict: verdict(rules, pocRewrites: pocRewrites, program: program),
                                    ranking: ranking, evidence: evidence, runs: session.oracle.runs - before)
        result.spectrum = SpectrumRanking(formula: formula, rules: rules)
        return result
    }

    /// Runs a variant with the optimizer off and on, as the PoC's oracle would.
    private func classify(_ v: EditedVariant, _ session: LocalizationSession, _ config: RunConfiguration) throws -> Classification {
        let timeout = Oracle.editedProgramTimeout(limit: session.oracle.timeoutSeconds, programSeconds: session.failing.seconds)
        let oracle = Oracle(target: session.target, program: v.program, timeoutSeconds: timeout)
        defer { session.oracle.countExternal(oracle.runs) }
        let reference = try oracle.reference()
        guard reference.kind != .syntaxError, reference.kind != .timeout else { return .unusable }
        let outcome = try oracle.run(config)
        let rewrites = (outcome.rewrites ?? []).filter(\.applied)
        // A run the optimizer never touched has no spectrum to compare.
        guard !rewrites.isEmpty else { return .unusable }
        guard let signature = FailureSignature.of(outcome, reference: reference) else { return .passing(rewrites) }
        return signature.sameKind(as: session.signature) ? .failing(rewrites) : .otherFailure
    }

    private func pooled(_ v: EditedVariant, _ c: Classification) -> [PooledVariant] {
        switch c {
        case .passing(let r): return [PooledVariant(variant: v, failing: false, rewrites: r)]
        case .failing(let r): return [PooledVariant(variant: v, failing: true, rewrites: r)]
        case .otherFailure, .unusable: return []
        }
    }

    private func range(_ xs: [Double]) -> String {
        guard let lo = xs.min(), let hi = xs.max() else { return "" }
        return "(similarity \(format(lo))...\(format(hi)))"
    }

    private func format(_ x: Double) -> String { String((x * 100).rounded() / 100) }

    private func verdict(_ rules: [RuleScore], pocRewrites: [RewriteRecord], program: Program) -> Verdict {
        guard let top = rules.first, top.score > 0 else {
            return Verdict(phase: nil, confidence: 0, explanation: "No rewrite rule fired in the failing runs.")
        }
        let tiedPhases = Set(rules.filter { $0.score == top.score }.map(\.rule.phase))
        let first = pocRewrites.first { $0.applied && $0.phase == top.rule.phase && $0.rule == top.rule.rule && $0.line > 0 }
        let c = top.counts
        var explanation = "\(top.rule.phase) \(top.rule.rule) applied in \(c.failedCovered) of \(c.totalFailed) failing runs "
            + "(the PoC included) and \(c.passedCovered) of \(c.totalPassed) passing runs: \(formula.rawValue) "
            + "\(format(top.score)), the highest of \(rules.count) rules."
        if tiedPhases.count > 1 {
            explanation += " Rules of \(tiedPhases.count) phases share that score; the earliest in the pipeline is named."
        }
        return Verdict(phase: top.rule.phase, rule: top.rule.rule, sourceLine: first?.line,
                       sourceText: first.flatMap { program.line($0.line) },
                       confidence: 0.7 / Double(tiedPhases.count), explanation: explanation)
    }
}

/// Counts of how a batch of variants was classified.
private struct Tally {
    var passing = 0, failing = 0, otherFailure = 0, unusable = 0

    mutating func count(_ c: SBFLStrategy.Classification) {
        switch c {
        case .passing: passing += 1
        case .failing: failing += 1
        case .otherFailure: otherFailure += 1
        case .unusable: unusable += 1
        }
    }

    var text: String {
        "\(passing + failing + otherFailure + unusable) run: \(passing) passing, \(failing) failing, "
            + "\(otherFailure) failing otherwise, \(unusable) not optimized or unparseable"
    }
}
