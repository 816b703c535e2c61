import Foundation

/// The files of a campaign under its output directory: `corpus/` (unless another corpus
/// directory is shared), `findings/<signature>/`, `crashes/` (programs a worker trapped or hung
/// on), `reference/` (programs where the interpreter disagrees with the reference engine),
/// `workers/<n>.current.js` (each worker's in-flight program), `workers/<n>.features` (the
/// coverage a retiring worker hands to its successor) and `campaign.json` (totals
/// kept across reruns).
public struct CampaignLayout: Sendable {
    public var output: String
    public var corpus: String

    public init(output: String, corpus: String? = nil) {
        self.output = output
        self.corpus = corpus ?? (output as NSString).appendingPathComponent("corpus")
    }

    func path(_ component: String) -> String { (output as NSString).appendingPathComponent(component) }

    public var findings: String { path("findings") }
    public var crashes: String { path("crashes") }
    public var reference: String { path("reference") }
    public var workers: String { path("workers") }
    public var state: String { path("campaign.json") }

    /// Where worker `id` writes the program it is about to run.
    public func inFlight(worker id: Int) -> String {
        (workers as NSString).appendingPathComponent("\(id).current.js")
    }

    /// Where worker `id` keeps the coverage features it has seen, for its successor.
    public func features(worker id: Int) -> String {
        (workers as NSString).appendingPathComponent("\(id).features")
    }

    /// Creates the directories.
    public func create() throws {
        for d in [output, corpus, findings, crashes, workers] {
            try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        }
    }
}
