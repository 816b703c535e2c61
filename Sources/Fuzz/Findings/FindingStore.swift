import Foundation

/// The findings of a campaign: `OUT/findings/<signature>/`, each published atomically with
/// the original program, the reduced program, the localizer's JSON and text reports and the
/// reproduction record. The directory's existence is the deduplication: whoever publishes a
/// signature first owns it, across workers and reruns.
public struct FindingStore {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The path of a signature's directory.
    public func path(of signature: FindingSignature) -> String {
        (directory as NSString).appendingPathComponent(signature.description)
    }

    /// Whether a finding with `signature` is already stored.
    public func contains(_ signature: FindingSignature) -> Bool {
        FileManager.default.fileExists(atPath: path(of: signature))
    }

    /// Stores a finding; false when its signature was already there.
    public func publish(signature: FindingSignature, failure: Failure, original: String, triage: TriageResult,
                        reproduction: ReproductionInfo) throws -> Bool {
        let flaky = triage.isFlaky ? "flaky: reruns of the failing configuration disagreed\n" : ""
        let summary = """
        signature: \(signature)
        \(flaky)kind: \(failure.kind.rawValue)
        detail: \(failure.detail)
        reproduce: jitloc run original.js \(failure.flags.joined(separator: " "))
                   jitloc localize reduced.js \(failure.flags.map { "--engine-flag=\($0)" }.joined(separator: " "))

        \(triage.textReport)
        """
        return try AtomicFile.publishDirectory([
            ("original.js", original),
            ("reduced.js", triage.reducedSource),
            ("localize.json", triage.localizerJSON),
            ("report.txt", summary),
            ("reproduce.json", reproduction.json(signature: signature, failure: failure, isFlaky: triage.isFlaky)),
        ], at: path(of: signature))
    }

    /// The stored signatures' directory names, sorted.
    public func signatures() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }
}
