/// Where the `paper` and `sbfl` strategies get programs similar to the PoC: the Fuzz
/// module's mutators (seeded, reproducible) in the tool, fixed lists in tests.
public protocol VariantSource {
    /// Up to `count` mutated copies of `program`, reproducible from `seed`.
    func variants(of program: Program, count: Int, seed: UInt64) -> [Program]
}

/// `paper`: a faithful reimplementation of Lim and Debray's VEE'21 method (as reconstructed
/// in research/paper-method.md). Mutate the PoC into N variants; keep those that still get
/// optimized; classify each as failing (the PoC's signature) or passing; keep the variants
/// whose phase sequence is most similar (cosine) to the PoC's; compare the IR histories of
/// every pair of passing runs and every pair of failing runs phase by phase (a phase is
/// "equal" in a pair when both runs' node lists for it match: opcode, input count and
/// input opcodes, creating phase, use-removal phase, kill phase); intersect the equal
/// phases over the passing pairs and over the failing pairs; the symmetric difference of
/// the two intersections, in pipeline order, is the set of candidate buggy phases.
public struct PaperStrategy: LocalizationStrategy {
    public let name = "paper"
    public let source: VariantSource
    public let count: Int
    public let seed: UInt64

    public init(source: VariantSource, count: Int = 100, seed: UInt64 = 1) {
        self.source = source
        self.count = count
        self.seed = seed
    }

    /// One classified, optimized run.
    struct Run {
        let label: String
        let failing: Bool
        let history: IRHistory
    }

    public func localize(_ session: LocalizationSession) throws -> StrategyResult {
        let before = session.oracle.runs
        guard session.target.capabilities.contains(.irHistory) else {
            return StrategyResult(strategy: name, verdict: Verdict(phase: nil, confidence: 0,
                                  explanation: "\(session.target.name) does not expose IR histories."),
                                  ranking: [], evidence: [], runs: 0)
        }
        var config = session.base
        config.recordIRHistory = true
        var runs: [Run] = []
        if let h = try session.oracle.run(config).irHistory, !h.functions.isEmpty {
            runs.append(Run(label: "PoC", failing: true, history: h))
        }
        var dropped = 0
        let timeout = Oracle.editedProgramTimeout(limit: session.oracle.timeoutSeconds, programSeconds: session.failing.seconds)
        for (i, variant) in source.variants(of: session.oracle.program, count: count, seed: seed).enumerated() {
            let oracle = Oracle(target: session.target, program: variant, timeoutSeconds: timeout)
            let reference = try oracle.reference()
            // A variant that does not run to an end without the optimizer says nothing about the bug.
            guard reference.kind != .timeout, reference.kind != .syntaxError else {
                session.oracle.countExternal(oracle.runs)
                dropped += 1
                continue
            }
            let outcome = try oracle.run(config)
            session.oracle.countExternal(oracle.runs)
            guard let h = outcome.irHistory, !h.functions.isEmpty else { dropped += 1; continue }
            switch FailureSignature.of(outcome, reference: reference) {
            case nil: runs.append(Run(label: "variant \(i + 1)", failing: false, history: h))
            case let s? where s == session.signature: runs.append(Run(label: "variant \(i + 1)", failing: true, history: h))
            default: dropped += 1
            }
        }
        let kept = PaperStrategy.mostSimilar(runs)
        let passing = kept.filter { !$0.failing }, failing = kept.filter(\.failing)
        var evidence = [
            EvidenceLine(configuration: "variants", result: "\(runs.count - 1) optimized and classified, \(dropped) dropped"),
            EvidenceLine(configuration: "phase-sequence filter", result: "\(passing.count) passing, \(failing.count) failing kept"),
        ]
        let phases = session.target.phases
        guard passing.count >= 2, failing.count >= 2 else {
            return StrategyResult(strategy: name, verdict: Verdict(phase: nil, confidence: 0,
                                  explanation: "Too few similar passing (\(passing.count)) or failing (\(failing.count)) runs "
                                      + "to compare (the method needs at least two of each)."),
                                  ranking: [], evidence: evidence, runs: session.oracle.runs - before)
        }
        let equalInPassing = PaperStrategy.equalPhasesInAllPairs(passing, phases: phases)
        let equalInFailing = PaperStrategy.equalPhasesInAllPairs(failing, phases: phases)
        let candidates = phases.filter { equalInPassing.contains($0) != equalInFailing.contains($0) }
        evidence.append(EvidenceLine(configuration: "equal in all passing pairs", result: list(phases.filter(equalInPassing.contains))))
        evidence.append(EvidenceLine(configuration: "equal in all failing pairs", result: list(phases.filter(equalInFailing.contains))))
        evidence.append(EvidenceLine(configuration: "symmetric difference", result: list(candidates)))
        let ranking = candidates.map { PhaseScore(phase: $0, score: 1) }
        let verdict = Verdict(phase: candidates.first, confidence: candidates.isEmpty ? 0 : 1 / Double(candidates.count),
                              explanation: candidates.isEmpty
                                ? "The phases behave alike in passing and failing runs: no candidate."
                                : "Candidate phases (pipeline order): \(candidates.joined(separator: ", ")); "
                                  + "they behave uniformly within the passing runs or within the failing runs but not both.")
        return StrategyResult(strategy: name, verdict: verdict, ranking: ranking, evidence: evidence,
                              runs: session.oracle.runs - before)
    }

    private func list(_ phases: [String]) -> String { phases.isEmpty ? "(none)" : phases.joined(separator: ", ") }

    /// The runs whose phase-count vectors are most similar (cosine) to the PoC's: the top
    /// similarity class, widened step by step until it holds two passing and two failing runs.
    static func mostSimilar(_ runs: [Run]) -> [Run] {
        guard let poc = runs.first else { return [] }
        let reference = vector(poc.history)
        let scored = runs.map { ($0, cosine(reference, vector($0.history))) }
        let levels = Array(Set(scored.map { ($0.1 * 1e6).rounded() / 1e6 })).sorted(by: >)
        for level in levels {
            let kept = scored.filter { ($0.1 * 1e6).rounded() / 1e6 >= level }.map(\.0)
            if kept.filter({ !$0.failing }).count >= 2 && kept.filter(\.failing).count >= 2 { return kept }
        }
        return runs
    }

    static func vector(_ h: IRHistory) -> [String: Double] {
        var v: [String: Double] = [:]
        for p in h.phaseSequence { v[p, default: 0] += 1 }
        return v
    }

    static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let dot = a.reduce(0) { $0 + $1.value * (b[$1.key] ?? 0) }
        let na = a.values.reduce(0) { $0 + $1 * $1 }.squareRoot(), nb = b.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return na == 0 || nb == 0 ? 0 : dot / (na * nb)
    }

    /// The phases equal in every pair of `runs`.
    static func equalPhasesInAllPairs(_ runs: [Run], phases: [String]) -> Set<String> {
        let lists = runs.map { r in Dictionary(uniqueKeysWithValues: phases.map { ($0, nodeList(r.history, phase: $0)) }) }
        var equal = Set(phases)
        for i in lists.indices {
            for j in lists.indices where j > i {
                equal = equal.filter { lists[i][$0] == lists[j][$0] }
            }
        }
        return equal
    }

    /// A phase's node list in a run: every node it created, changed the inputs of, killed or
    /// removed the uses of, described by what the method compares (never by node number).
    static func nodeList(_ h: IRHistory, phase: String) -> [String] {
        var out: [String] = []
        for f in h.functions {
            let byID = Dictionary(f.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for n in f.nodes where n.createdBy == phase || n.killedBy == phase || n.usesRemovedBy == phase
                || n.inputsReplacedBy.contains(phase) || n.inputsAppendedBy.contains(phase) {
                let inputs = n.inputs.map { byID[$0]?.opcode ?? "?" }.joined(separator: ",")
                out.append("\(f.name)|\(n.opcode)|\(n.inputs.count)|\(inputs)|\(n.createdBy)|\(n.usesRemovedBy ?? "-")|\(n.killedBy ?? "-")")
            }
        }
        return out.sorted()
    }
}
