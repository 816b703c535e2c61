import Foundation

/// `types`: runs the PoC with run-time type assertions (`--assert-types`): optimized code
/// checks that every typed node's value lies in the type (kinds, integer range, -0, NaN)
/// the analysis gave it. The first violation names the node, the phase that typed it and
/// the typing rule (the rule of the node's operation).
/// This catches analysis errors that bisection blames on their consumer: a typer that
/// wrongly excludes -0 shows only when constant folding folds on it, so bisection finds
/// the folding rewrite while the assertion names the typer. A violation is confirmed with
/// the back-end phases replaced by their reference versions: a wrong type is still wrong
/// there, while a value that left its type because the back end computed it wrongly (a
/// code-generation error) is right again, and then the typer is not blamed.
public struct TypesStrategy: LocalizationStrategy {
    public let name = "types"
    public init() {}

    public func localize(_ session: LocalizationSession) throws -> StrategyResult {
        let before = session.oracle.runs
        guard session.target.capabilities.contains(.assertTypes) else {
            return StrategyResult(strategy: name, verdict: Verdict(phase: nil, confidence: 0,
                                  explanation: "\(session.target.name) has no run-time type assertions."),
                                  ranking: [], evidence: [], runs: 0)
        }
        var c = session.base
        c.assertTypes = true
        let outcome = try session.oracle.run(c)
        let runs = session.oracle.runs - before
        guard outcome.kind == .typeAssertion, let violation = TypeViolation(outcome.message) else {
            let evidence = [EvidenceLine(configuration: "--assert-types", result: "no type violation (\(outcome.kind.rawValue))")]
            return StrategyResult(strategy: name, verdict: Verdict(phase: nil, confidence: 0,
                                  explanation: "Every typed value stayed within its type: no analysis error observed."),
                                  ranking: [], evidence: evidence, runs: runs)
        }
        var evidence = [EvidenceLine(configuration: "--assert-types", result: outcome.message)]
        // A wrong type stays wrong whatever code the back end makes of the IR; a value the back
        // end computed wrongly is right again when its reference versions run the same IR.
        let backEnd = session.target.requiredPhases
        if session.target.capabilities.contains(.phaseToggles), !backEnd.isEmpty {
            var reference = c
            reference.disabledPhases += backEnd
            let check = try session.oracle.run(reference)
            let label = "--assert-types " + backEnd.map { "--no-\($0)" }.joined(separator: " ")
            let same = check.kind == .typeAssertion && TypeViolation(check.message)?.node == violation.node
            evidence.append(EvidenceLine(configuration: label, result: same ? check.message : "no such violation (\(check.kind.rawValue))"))
            if !same {
                return StrategyResult(strategy: name, verdict: Verdict(phase: nil, confidence: 0,
                                      explanation: "\(violation.node) left its type \(violation.type) only in the back end's own code: "
                                          + "the value, not the type, is wrong (a code-generation error, not an analysis error)."),
                                      ranking: [], evidence: evidence, runs: session.oracle.runs - before)
            }
        }
        let verdict = Verdict(phase: violation.phase, rule: violation.typingRule, sourceLine: violation.line,
                              sourceText: violation.line.flatMap { session.oracle.program.line($0) }, confidence: 0.9,
                              explanation: "\(violation.node) was typed \(violation.type) by \(violation.phase), "
                                  + "but at run time it produced \(violation.actual).")
        return StrategyResult(strategy: name, verdict: verdict, ranking: [PhaseScore(phase: violation.phase, score: 1)],
                              evidence: evidence, runs: session.oracle.runs - before)
    }
}

/// A parsed `type assertion failed: NODE typed TYPE by PHASE, got VALUE at LINE:COL` report.
struct TypeViolation {
    let node: String
    let type: String
    let phase: String
    let actual: String
    let line: Int?

    /// The typing rule at fault, named after the operation it types (`type:Int32BitAnd` for
    /// `n18 Int32BitAnd`): the analysis has one rule per operation.
    var typingRule: String {
        let operation = node.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) ?? node
        return "type:" + operation
    }

    init?(_ message: String) {
        var s = Substring(message)
        let prefix = "type assertion failed: "
        guard s.hasPrefix(prefix) else { return nil }
        s = s.dropFirst(prefix.count)
        guard let typed = s.range(of: " typed "), let by = s.range(of: " by ", range: typed.upperBound..<s.endIndex),
              let got = s.range(of: ", got ", range: by.upperBound..<s.endIndex) else { return nil }
        node = String(s[..<typed.lowerBound])
        type = String(s[typed.upperBound..<by.lowerBound])
        phase = String(s[by.upperBound..<got.lowerBound])
        var rest = s[got.upperBound...]
        if let at = rest.range(of: " at ", options: .backwards) {
            line = Int(rest[at.upperBound...].split(separator: ":").first ?? "")
            rest = rest[..<at.lowerBound]
        } else {
            line = nil
        }
        actual = String(rest)
    }
}
