import Foundation

/// A CI regression hunt: every program in a directory runs with the optimizer off and on,
/// each program that differs is localized, and the failures are split into known ones
/// (listed in a `--known` file) and new ones, which fail the build.
public struct Hunt {
    /// One program's verdict in the hunt.
    public struct Entry {
        public enum Status: String {
            case passed, failed, knownFailure = "known-failure", flaky, error
        }
        public let file: String
        public let status: Status
        public let phase: String?
        public let rule: String?
        public let signature: String?
        public let report: [String: Any]?
        public let seconds: Double
        public let message: String
    }

    public let directory: String
    public let known: Set<String>

    public init(directory: String, known: Set<String>) {
        self.directory = directory
        self.known = known
    }

    /// The `.js` files under the directory, sorted, as paths relative to it.
    public func programs() throws -> [String] {
        guard let e = FileManager.default.enumerator(atPath: directory) else {
            throw TargetError(description: "cannot read directory '\(directory)'")
        }
        return (e.allObjects as? [String] ?? []).filter { $0.hasSuffix(".js") }.sorted()
    }

    /// Reads a known-failures file: one relative path per line (anything after whitespace
    /// is a comment, as are lines starting with #).
    public static func readKnown(_ path: String) throws -> Set<String> {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return Set(text.split(separator: "\n").compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty, !t.hasPrefix("#") else { return nil }
            return t.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        })
    }

    /// Classifies one batch result.
    public func entry(_ relative: String, _ r: BatchRunner.Result) -> Entry {
        let report = r.report
        let verdict = report?["verdict"] as? [String: Any]
        let phase = verdict?["phase"] as? String, rule = verdict?["rule"] as? String
        let signature = (report?["signature"] as? [String: Any]).map { "\($0["kind"] ?? ""): \($0["detail"] ?? "")" }
        let seconds = report?["seconds"] as? Double ?? 0
        let status: Entry.Status
        switch (r.exitStatus, report?["status"] as? String) {
        case (0, _): status = known.contains(relative) ? .knownFailure : .failed
        case (2, "flaky"): status = .flaky
        case (2, _): status = .passed
        default: status = .error
        }
        let message: String
        switch status {
        case .failed, .knownFailure:
            message = "\(signature ?? "fails") — phase \(phase ?? "?")" + (rule.map { ", rule \($0)" } ?? "")
        case .flaky: message = "flaky: reruns disagree"
        case .error: message = r.error.isEmpty ? "jitloc localize exited with \(r.exitStatus)" : r.error
        case .passed: message = ""
        }
        return Entry(file: relative, status: status, phase: phase, rule: rule, signature: signature, report: report,
                     seconds: seconds, message: message)
    }

    /// The terminal summary: one line per program that did not pass, then counts.
    public static func summary(_ entries: [Entry]) -> String {
        var out = ""
        let width = entries.map(\.file.count).max() ?? 0
        for e in entries where e.status != .passed {
            out += e.status.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
                + e.file.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + e.message + "\n"
        }
        func count(_ s: Entry.Status) -> Int { entries.filter { $0.status == s }.count }
        out += "\(entries.count) programs: \(count(.passed)) passed, \(count(.failed)) new failures, "
            + "\(count(.knownFailure)) known failures, \(count(.flaky)) flaky, \(count(.error)) errors\n"
        return out
    }

    /// The summary as a JSON object (for `--json` and the CI webhook).
    public static func summaryObject(_ entries: [Entry]) -> [String: Any] {
        func count(_ s: Entry.Status) -> Int { entries.filter { $0.status == s }.count }
        return [
            "programs": entries.count, "passed": count(.passed), "new_failures": count(.failed),
            "known_failures": count(.knownFailure), "flaky": count(.flaky), "errors": count(.error),
            "failures": entries.filter { $0.status == .failed || $0.status == .knownFailure }.map { e -> [String: Any] in
                ["file": e.file, "known": e.status == .knownFailure, "phase": e.phase ?? NSNull(), "rule": e.rule ?? NSNull(),
                 "signature": e.signature ?? NSNull()]
            },
        ]
    }
}
