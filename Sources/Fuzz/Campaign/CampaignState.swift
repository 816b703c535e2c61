import Foundation

/// The totals of a campaign kept in `campaign.json` across reruns: a rerun on the same
/// output directory adds to them (and finds its corpus and findings on disk).
public struct CampaignState: Equatable, Sendable {
    public var executions = 0
    public var seconds = 0.0
    public var runs = 0
    public var crashes = 0

    public init() {}

    /// The state stored at `path`, or a fresh one.
    public static func load(from path: String) -> CampaignState {
        var state = CampaignState()
        guard let data = FileManager.default.contents(atPath: path),
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return state }
        state.executions = object["executions"] as? Int ?? 0
        state.seconds = object["seconds"] as? Double ?? 0
        state.runs = object["runs"] as? Int ?? 0
        state.crashes = object["crashes"] as? Int ?? 0
        return state
    }

    /// Writes the state to `path` atomically.
    public func save(to path: String) throws {
        let object: [String: Any] = ["executions": executions, "seconds": seconds, "runs": runs, "crashes": crashes]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        try AtomicFile.write(String(decoding: data, as: UTF8.self) + "\n", to: path)
    }
}
