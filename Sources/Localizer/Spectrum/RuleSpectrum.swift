/// A rewrite rule of one phase: the element a rule spectrum counts. Phase-level spectra say
/// nothing (every phase runs in every optimized run); which rules fired does.
public struct RuleID: Hashable, Sendable {
    public let phase: String
    public let rule: String

    public init(phase: String, rule: String) {
        self.phase = phase
        self.rule = rule
    }
}

/// A rule's suspiciousness and the counts it was computed from.
public struct RuleScore: Equatable, Sendable {
    public let rule: RuleID
    public let score: Double
    public let counts: SpectrumCounts

    public init(rule: RuleID, score: Double, counts: SpectrumCounts) {
        self.rule = rule
        self.score = score
        self.counts = counts
    }
}

/// A spectrum ranking as reports show it: the formula and the rules, most suspicious first.
public struct SpectrumRanking: Equatable, Sendable {
    public let formula: SuspiciousnessFormula
    public let rules: [RuleScore]

    public init(formula: SuspiciousnessFormula, rules: [RuleScore]) {
        self.formula = formula
        self.rules = rules
    }
}

/// The rule spectrum of a set of classified runs: for each run, whether it failed and which
/// rewrite rules applied at least once. Rules are kept in the order first seen, so rankings
/// do not depend on hashing.
public struct RuleSpectrum: Sendable {
    private var runs: [(failing: Bool, rules: Set<RuleID>)] = []
    /// Every rule seen, in first-seen order.
    public private(set) var rules: [RuleID] = []

    public init() {}

    public var failingRuns: Int { runs.filter(\.failing).count }
    public var passingRuns: Int { runs.count - failingRuns }

    /// Adds a run with the rewrites it applied (skipped ones do not count as fired).
    public mutating func add(failing: Bool, rewrites: [RewriteRecord]) {
        var fired: Set<RuleID> = []
        for r in rewrites where r.applied {
            let id = RuleID(phase: r.phase, rule: r.rule)
            if fired.insert(id).inserted && !rules.contains(id) { rules.append(id) }
        }
        runs.append((failing, fired))
    }

    /// The counts of `rule` over the runs.
    public func counts(of rule: RuleID) -> SpectrumCounts {
        var c = SpectrumCounts(failedCovered: 0, passedCovered: 0, failedUncovered: 0, passedUncovered: 0)
        for run in runs {
            switch (run.failing, run.rules.contains(rule)) {
            case (true, true): c.failedCovered += 1
            case (false, true): c.passedCovered += 1
            case (true, false): c.failedUncovered += 1
            case (false, false): c.passedUncovered += 1
            }
        }
        return c
    }

    /// The rules some failing run fired, most suspicious first under `formula`. Equal scores
    /// go in pipeline order of their phases (`phaseOrder`; unknown phases last), then in the
    /// order the rules were first seen.
    public func ranking(_ formula: SuspiciousnessFormula, phaseOrder: [String]) -> [RuleScore] {
        let scored = rules.enumerated().compactMap { offset, rule -> (Int, RuleScore)? in
            let c = counts(of: rule)
            guard c.failedCovered > 0 else { return nil }
            return (offset, RuleScore(rule: rule, score: formula.score(c), counts: c))
        }
        func position(_ phase: String) -> Int { phaseOrder.firstIndex(of: phase) ?? phaseOrder.count }
        return scored.sorted { a, b in
            if a.1.score != b.1.score { return a.1.score > b.1.score }
            let pa = position(a.1.rule.phase), pb = position(b.1.rule.phase)
            return pa != pb ? pa < pb : a.0 < b.0
        }.map(\.1)
    }

    /// Phases ranked by their best rule (the rule ranking's order), scores relative to the
    /// best rule's so that the top phase scores 1 whatever the formula's scale.
    public static func phaseRanking(_ ranked: [RuleScore]) -> [PhaseScore] {
        guard let top = ranked.first?.score, top > 0 else { return [] }
        var seen: [String] = []
        var out: [PhaseScore] = []
        for r in ranked where !seen.contains(r.rule.phase) {
            seen.append(r.rule.phase)
            out.append(PhaseScore(phase: r.rule.phase, score: r.score / top))
        }
        return out
    }
}
