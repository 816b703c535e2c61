/// A behaviour difference the differential oracle found: what kind it is, a short detail (the
/// first differing output line, the violation message), and the flags that show it.
public struct Failure: Sendable, Equatable {
    /// The kinds of findings, in the words a finding's signature uses.
    public enum Kind: String, Sendable, CaseIterable {
        /// Printed output (including the probe log) differs.
        case outputMismatch = "output"
        /// The run ended differently: an exception in one run only, or another exception.
        case exceptionMismatch = "exception"
        case memorySafetyViolation = "memory-safety"
        case verifierFailure = "verifier"
        case typeAssertion = "type-assertion"
        case internalError = "internal-error"
        /// The optimized run exhausted its step budget where the reference finished.
        case timeout
    }

    public var kind: Kind
    public var detail: String
    /// The flags of the failing (optimized) run, pass-through flags included.
    public var flags: [String]
    /// True when the reference run itself failed (an interpreter bug, not a JIT bug).
    public var inReference: Bool

    public init(kind: Kind, detail: String, flags: [String], inReference: Bool = false) {
        self.kind = kind
        self.detail = detail
        self.flags = flags
        self.inReference = inReference
    }
}
