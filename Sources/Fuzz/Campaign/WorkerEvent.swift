import Foundation

/// A line a worker writes to its standard output for the supervisor, as one JSON object.
public enum WorkerEvent: Equatable {
    /// Progress: executions so far, corpus size, and coverage features new since the last stats.
    case stats(executions: Int, corpus: Int, newFeatures: [String])
    /// A failure was found: its signature and whether it was new (published) or a duplicate.
    case finding(signature: String, isNew: Bool)
    /// The interpreter disagrees with the reference engine on a program (stored under `reference/`).
    case referenceMismatch(file: String)
    /// Triage started or ended (the supervisor allows a long silence in between).
    case triage(started: Bool)
    /// The worker is about to exit on purpose (its memory limit); not a crash.
    case retiring

    /// The event as one line of JSON.
    public var line: String {
        let object: [String: Any]
        switch self {
        case .stats(let e, let c, let f): object = ["type": "stats", "executions": e, "corpus": c, "features": f]
        case .finding(let s, let n): object = ["type": "finding", "signature": s, "new": n]
        case .referenceMismatch(let f): object = ["type": "reference", "file": f]
        case .triage(let s): object = ["type": s ? "triage-start" : "triage-end"]
        case .retiring: object = ["type": "retiring"]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Parses a line written by `line`, or nil.
    public init?(line: String) {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
              let type = object["type"] as? String else { return nil }
        switch type {
        case "stats":
            self = .stats(executions: object["executions"] as? Int ?? 0, corpus: object["corpus"] as? Int ?? 0,
                          newFeatures: object["features"] as? [String] ?? [])
        case "finding": self = .finding(signature: object["signature"] as? String ?? "?", isNew: object["new"] as? Bool ?? false)
        case "reference": self = .referenceMismatch(file: object["file"] as? String ?? "?")
        case "triage-start": self = .triage(started: true)
        case "triage-end": self = .triage(started: false)
        case "retiring": self = .retiring
        default: return nil
        }
    }
}
