/// The culprit a reduction must keep: bisection's verdict (the phase and rule of the first
/// rewrite after which the program fails; a phase alone when the failure needs no rewrite).
public struct Culprit: Equatable, Sendable {
    public let phase: String?
    public let rule: String?

    public init(phase: String?, rule: String?) {
        self.phase = phase
        self.rule = rule
    }

    public var description: String {
        [phase ?? "no phase", rule].compactMap { $0 }.joined(separator: " ")
    }
}

/// A reduced PoC and what the reduction cost.
public struct ReducedPoC: Sendable {
    /// The reduced program, printed with the PoC's `// Flags:` and `// Expect-` lines.
    public let text: String
    public let culprit: Culprit
    /// Statements and expressions before and after.
    public let originalNodes: Int
    public let reducedNodes: Int
    /// Reduction candidates judged by running them (each a few engine runs).
    public let candidatesRun: Int
    public let runs: Int
    /// Whether the reduction stopped early (interrupted); `text` is the best result so far.
    public let interrupted: Bool
}

/// A reduction step reported to the caller: the size of the best candidate so far.
public struct ReducedProgress: Sendable {
    public let characters: Int
    public let runs: Int
}
