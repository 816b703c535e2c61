/// What makes two failures the same bug: how the failing run differs from the reference
/// (the same program with the optimizer off). Wrong output is identified by the first line
/// that differs; an exception by its name and message; a memory-safety violation by its
/// kind (the report without the location, which moves when the program is mutated); the
/// other endings by their kind and the first words of their message.
public struct FailureSignature: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        case wrongOutput = "wrong-output"
        case exception
        case memorySafetyViolation = "memory-safety-violation"
        case verifierFailure = "verifier-failure"
        case typeAssertion = "type-assertion"
        case timeout
        case internalError = "internal-error"
    }

    public let kind: Kind
    /// The detail that tells failures of one kind apart.
    public let detail: String

    public init(kind: Kind, detail: String) {
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(kind.rawValue): \(detail)" }

    /// Whether `other` is the same kind of failure when the program has been edited (a
    /// variant, a reduction candidate): wrong output matches wrong output whatever the values
    /// (they move with the edited literals and deleted output lines), an exception matches an
    /// exception of the same name, and the other kinds need the same signature.
    public func sameKind(as other: FailureSignature) -> Bool {
        guard kind == other.kind else { return false }
        switch kind {
        case .wrongOutput: return true
        case .exception: return exceptionName == other.exceptionName
        default: return self == other
        }
    }

    /// The exception's name in an `.exception` signature's detail (`TypeError: ...`).
    private var exceptionName: Substring {
        detail.prefix { $0 != ":" }
    }

    /// The signature of `failing` against `reference`, or nil when they behave the same.
    public static func of(_ failing: Outcome, reference: Outcome) -> FailureSignature? {
        if failing.behavesLike(reference) { return nil }
        switch failing.kind {
        case .memorySafetyViolation:
            return FailureSignature(kind: .memorySafetyViolation, detail: withoutLocation(failing.message))
        case .verifierFailure: return FailureSignature(kind: .verifierFailure, detail: firstWords(failing.message))
        case .typeAssertion: return FailureSignature(kind: .typeAssertion, detail: "type assertion")
        case .timeout: return FailureSignature(kind: .timeout, detail: "resource limit")
        case .internalError: return FailureSignature(kind: .internalError, detail: firstWords(failing.message))
        case .exception where reference.kind != .exception || reference.exceptionName != failing.exceptionName
                || reference.message != failing.message:
            return FailureSignature(kind: .exception, detail: "\(failing.exceptionName ?? "exception"): \(failing.message)")
        default:
            return FailureSignature(kind: .wrongOutput, detail: firstDifference(failing.stdout, reference.stdout))
        }
    }

    /// `line N: "actual" (expected "reference")` for the first differing output line.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        while i < a.count && i < e.count && a[i] == e[i] { i += 1 }
        let got = i < a.count ? String(a[i]) : "<end of output>"
        let want = i < e.count ? String(e[i]) : "<end of output>"
        return "line \(i + 1): \"\(got)\" (expected \"\(want)\")"
    }

    /// A violation report without its ` at <location>` suffix.
    static func withoutLocation(_ message: String) -> String {
        guard let r = message.range(of: " at ", options: .backwards) else { return message }
        return String(message[..<r.lowerBound])
    }

    static func firstWords(_ message: String) -> String {
        message.split(separator: " ").prefix(4).joined(separator: " ")
    }
}
