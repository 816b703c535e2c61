/// The identity of a finding: the failure kind, the localized phase and the culprit rewrite
/// rule. Two programs with the same signature are taken to be the same bug; its text is the
/// name of the finding's directory (`output.typer.bitwise-and`).
public struct FindingSignature: Hashable, Sendable, CustomStringConvertible {
    public var kind: Failure.Kind
    public var phase: String?
    public var rule: String?

    public init(kind: Failure.Kind, phase: String?, rule: String?) {
        self.kind = kind
        self.phase = phase
        self.rule = rule
    }

    /// `kind.phase.rule`, with `unlocalized` / `no-rule` for missing parts and every character
    /// outside `[A-Za-z0-9_-]` replaced by `_`, so it is a safe directory name.
    public var description: String {
        [kind.rawValue, phase ?? "unlocalized", rule ?? "no-rule"].map(FindingSignature.sanitized).joined(separator: ".")
    }

    static func sanitized(_ part: String) -> String {
        String(part.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" }.prefix(60))
    }
}
