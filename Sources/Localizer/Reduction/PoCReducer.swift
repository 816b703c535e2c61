import Foundation
import Fuzz

/// `jitloc reduce` and `localize --reduce`: hierarchical delta debugging on the PoC's AST
/// (the Fuzz module's `ASTReducer`) where a candidate is interesting when it parses, fails
/// with the PoC's kind of failure (`FailureSignature.sameKind`) and bisection still names the
/// same culprit phase and rule. The signature is checked first (two runs), bisection only for
/// candidates that pass it. Candidates run with `Oracle.editedProgramTimeout`.
public struct PoCReducer {
    public let target: Target
    public let timeoutSeconds: Double
    public let baseFlags: [String]
    /// The most candidates the reducer may run.
    public let budget: Int

    public init(target: Target, timeoutSeconds: Double = 10, baseFlags: [String] = [], budget: Int = 1000) {
        self.target = target
        self.timeoutSeconds = timeoutSeconds
        self.baseFlags = baseFlags
        self.budget = budget
    }

    /// Why a PoC could not be reduced.
    public enum Failure: Error, CustomStringConvertible {
        /// The PoC does not fail (or its reruns disagree): nothing to keep.
        case doesNotFail(String)

        public var description: String {
            switch self {
            case .doesNotFail(let why): return why
            }
        }
    }

    /// Reduces `program`. `culprit` is bisection's verdict when the caller has it (computed
    /// otherwise). `progress` hears about every smaller interesting candidate; once
    /// `shouldStop` returns true no further candidate runs and the best so far is returned.
    /// Throws `Failure.doesNotFail`, a `TargetError` when the PoC does not parse or the target
    /// cannot run.
    public func reduce(_ program: Program, culprit known: Culprit? = nil, progress: (ReducedProgress) -> Void = { _ in },
                       shouldStop: () -> Bool = { false }) throws -> ReducedPoC {
        let parsed: ParsedSource
        do {
            parsed = try ParsedSource(text: program.source)
        } catch {
            throw TargetError(description: "\(program.name) does not parse: \(error)")
        }
        var base = RunConfiguration()
        base.extraFlags = baseFlags
        var runs = 0
        guard let poc = try judge(program, base: base, timeout: timeoutSeconds, runs: &runs) else {
            throw Failure.doesNotFail("\(program.name) behaves the same with the optimizer off and on: nothing to reduce.")
        }
        let culprit = known ?? poc.culprit
        let candidateTimeout = Oracle.editedProgramTimeout(limit: timeoutSeconds, programSeconds: poc.seconds)
        let originalNodes = ProgramIndex(parsed.program).nodes.count
        var bestLength = program.source.count
        var interrupted = false
        let result = withoutActuallyEscaping(shouldStop) { stop in
            ASTReducer(budget: budget).reduce(parsed) { text in
                if stop() {
                    interrupted = true
                    return false
                }
                let candidate = Program(name: program.name, source: text)
                guard let judged = try? judge(candidate, base: base, timeout: candidateTimeout, runs: &runs),
                      judged.signature.sameKind(as: poc.signature), judged.culprit == culprit else { return false }
                if text.count < bestLength {
                    bestLength = text.count
                    progress(ReducedProgress(characters: text.count, runs: runs))
                }
                return true
            }
        }
        return ReducedPoC(text: result.originalWasInteresting ? result.text : program.source, culprit: culprit,
                          originalNodes: originalNodes, reducedNodes: result.reducedNodeCount,
                          candidatesRun: result.predicateCalls, runs: runs, interrupted: interrupted)
    }

    /// What a failing program's runs showed: its signature, bisection's culprit and how long
    /// its slower run (reference or optimized) took.
    private struct Judgement {
        let signature: FailureSignature
        let culprit: Culprit
        let seconds: Double
    }

    /// The judgement of `program`, or nil when it does not fail (or its reference run times
    /// out, which says nothing about the optimizer).
    private func judge(_ program: Program, base: RunConfiguration, timeout: Double, runs: inout Int) throws -> Judgement? {
        let oracle = Oracle(target: target, program: program, timeoutSeconds: timeout)
        defer { runs += oracle.runs }
        let reference = try oracle.reference()
        if reference.kind == .syntaxError {
            throw TargetError(description: "\(program.name) does not parse: \(reference.message)")
        }
        guard reference.kind != .timeout else { return nil }
        var traced = base
        traced.recordRewrites = true
        let failing = try oracle.run(traced)
        guard let signature = FailureSignature.of(failing, reference: reference) else { return nil }
        let session = LocalizationSession(oracle: oracle, signature: signature, failing: failing, base: base)
        let verdict = try BisectStrategy().localize(session).verdict
        return Judgement(signature: signature, culprit: Culprit(phase: verdict.phase, rule: verdict.rule),
                         seconds: max(reference.seconds, failing.seconds))
    }
}
