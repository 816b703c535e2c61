/// How one in-process run of a program ended, and what it printed.
public struct ExecutionOutcome: Equatable, Sendable {
    /// The ending, without the engine's location details, so two runs can be compared.
    public enum Ending: Equatable, Sendable {
        case normal
        case exception(name: String, message: String)
        case syntaxError(String)
        /// A step, heap or time limit.
        case resourceLimit(String)
        case memorySafetyViolation(String)
        case verifierFailure(String)
        case typeAssertion(String)
        case internalError(String)
    }

    public var output: String
    public var ending: Ending

    public init(output: String, ending: Ending) {
        self.output = output
        self.ending = ending
    }
}
