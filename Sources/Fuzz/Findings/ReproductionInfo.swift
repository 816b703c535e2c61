import Foundation

/// Everything needed to reproduce a finding: the engine flags of the failing run, the worker
/// seed and execution number that produced the program, the tool's version and git revision.
public struct ReproductionInfo: Sendable {
    public var flags: [String]
    public var seed: UInt64
    public var execution: Int
    public var version: String
    public var revision: String

    public init(flags: [String], seed: UInt64, execution: Int, version: String, revision: String) {
        self.flags = flags
        self.seed = seed
        self.execution = execution
        self.version = version
        self.revision = revision
    }

    /// The record as JSON with sorted keys.
    public func json(signature: FindingSignature, failure: Failure, isFlaky: Bool) -> String {
        let object: [String: Any] = [
            "signature": signature.description, "kind": failure.kind.rawValue, "detail": failure.detail,
            "phase": signature.phase ?? NSNull(), "rule": signature.rule ?? NSNull(), "flaky": isFlaky,
            "flags": flags, "seed": String(seed), "execution": execution, "version": version, "revision": revision,
            "command": "jitloc run original.js " + flags.joined(separator: " "),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
