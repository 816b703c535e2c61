/// Decides whether a run fails: the reference is the same program with the optimizer off,
/// and a run fails when its outcome differs from it. Counts every engine run it makes, so
/// reports can say what a localization cost.
public final class Oracle {
    public let target: Target
    public let program: Program
    /// Per-run time limit applied to every configuration.
    public let timeoutSeconds: Double
    public private(set) var runs = 0
    private var referenceOutcome: Outcome?

    public init(target: Target, program: Program, timeoutSeconds: Double = 10) {
        self.target = target
        self.program = program
        self.timeoutSeconds = timeoutSeconds
    }

    /// Runs the program under `configuration` (with the oracle's time limit).
    public func run(_ configuration: RunConfiguration) throws -> Outcome {
        var c = configuration
        c.timeoutSeconds = timeoutSeconds
        runs += 1
        return try target.run(program, c)
    }

    /// The time limit for runs of an edited copy of a program (a variant, a reduction
    /// candidate) whose own runs took `programSeconds`: 20 times that, at least 1 s, at most
    /// `limit`. An edit that makes the program run far longer (a loop bound redrawn to 2^31)
    /// says nothing about the bug and would otherwise cost the whole limit twice.
    public static func editedProgramTimeout(limit: Double, programSeconds: Double) -> Double {
        min(limit, max(1, 20 * programSeconds))
    }

    /// Adds runs made through another oracle (on a variant of the program) to this one's count.
    public func countExternal(_ n: Int) { runs += n }

    /// The reference outcome (optimizer off), computed once.
    public func reference() throws -> Outcome {
        if let r = referenceOutcome { return r }
        let r = try run(.reference)
        referenceOutcome = r
        return r
    }

    /// The failure signature of a run under `configuration`, or nil when it passes.
    public func signature(_ configuration: RunConfiguration) throws -> (FailureSignature?, Outcome) {
        let outcome = try run(configuration)
        return (FailureSignature.of(outcome, reference: try reference()), outcome)
    }

    /// Whether the run under `configuration` shows the failure `signature`.
    public func reproduces(_ signature: FailureSignature, _ configuration: RunConfiguration) throws -> Bool {
        try self.signature(configuration).0 == signature
    }
}
