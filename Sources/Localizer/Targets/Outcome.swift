/// What one run of a program produced, as far as the localizer may know: the printed
/// output, how it ended, and (from targets that have one) the numbered rewrite trace.
public struct Outcome: Equatable, Sendable {
    /// How a run ended.
    public enum Kind: String, Equatable, Sendable, Codable {
        case normal
        case exception
        case syntaxError = "syntax-error"
        case memorySafetyViolation = "memory-safety-violation"
        case verifierFailure = "verifier-failure"
        case typeAssertion = "type-assertion"
        case timeout
        case internalError = "internal-error"
    }

    public var stdout: String
    public var kind: Kind
    /// The exception's constructor name (`TypeError`), for `.exception`.
    public var exceptionName: String?
    /// The exception message, or the violation / limit / internal error text.
    public var message: String
    /// The numbered rewrites of the run, when asked for and the target has them.
    public var rewrites: [RewriteRecord]?
    /// The per-node IR history of the run, when asked for and the target has it.
    public var irHistory: IRHistory?
    /// Wall time of the run.
    public var seconds: Double

    public init(stdout: String, kind: Kind, exceptionName: String? = nil, message: String = "",
                rewrites: [RewriteRecord]? = nil, irHistory: IRHistory? = nil, seconds: Double = 0) {
        self.irHistory = irHistory
        self.stdout = stdout
        self.kind = kind
        self.exceptionName = exceptionName
        self.message = message
        self.rewrites = rewrites
        self.seconds = seconds
    }

    /// Whether two runs behaved the same (output and ending; traces and timing aside).
    public func behavesLike(_ other: Outcome) -> Bool {
        stdout == other.stdout && kind == other.kind && exceptionName == other.exceptionName && message == other.message
    }
}

/// One numbered rewrite of the optimizer, as reported by a target's trace.
public struct RewriteRecord: Equatable, Sendable, Codable {
    public let number: Int
    public let phase: String
    public let rule: String
    public let function: String
    public let before: [String]
    public let after: [String]
    /// Source line and column in the program (0 when unknown).
    public let line: Int
    public let column: Int
    public let applied: Bool

    public init(number: Int, phase: String, rule: String, function: String, before: [String], after: [String],
                line: Int, column: Int, applied: Bool) {
        self.number = number
        self.phase = phase
        self.rule = rule
        self.function = function
        self.before = before
        self.after = after
        self.line = line
        self.column = column
        self.applied = applied
    }
}
