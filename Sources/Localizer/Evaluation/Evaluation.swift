import Foundation

/// `jitloc eval`: localizes every PoC that names its buggy phase in a `// Expect-Phase:`
/// header (and, optionally, the rule at fault in `// Expect-Rule:`) with each strategy, then
/// scores the verdicts against the headers: top-1 and top-3 phase accuracy, the exact rule
/// (right phase and right rule, counted over every PoC), runs and wall time per strategy.
/// This is the only code that reads the headers, and only after the localizer has answered.
public struct Evaluation {
    /// One PoC localized by one strategy.
    public struct Row {
        public let file: String
        public let expected: String
        /// The rule the PoC's `// Expect-Rule:` header names, if any.
        public let expectedRule: String?
        public let strategy: String
        public let verdict: String?
        public let rule: String?
        /// 1-based rank of the expected phase in the strategy's ranking (nil: not ranked).
        public let rank: Int?
        public let runs: Int
        public let seconds: Double
        public let status: String

        /// The right phase and the rule the PoC expects (false when it expects none).
        public var hasExactRule: Bool { verdict == expected && expectedRule != nil && rule == expectedRule }
    }

    /// What a PoC's headers say the localizer should answer.
    public struct Expectation: Equatable {
        public let phase: String
        public let rule: String?
    }

    /// The value of the `// NAME: value` header line among the first 20 lines.
    static func header(_ name: String, in source: String) -> String? {
        let prefix = "// \(name):"
        for line in source.split(separator: "\n").prefix(20) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix(prefix) { return t.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }

    /// The expectation of a PoC: its `// Expect-Phase:` header and optional `// Expect-Rule:`.
    public static func expectation(_ source: String) -> Expectation? {
        header("Expect-Phase", in: source).map { Expectation(phase: $0, rule: header("Expect-Rule", in: source)) }
    }

    /// The PoCs of a directory that carry an expected phase: (relative path, expectation), sorted.
    public static func pocs(in directory: String) throws -> [(String, Expectation)] {
        guard let e = FileManager.default.enumerator(atPath: directory) else {
            throw TargetError(description: "cannot read directory '\(directory)'")
        }
        return (e.allObjects as? [String] ?? []).filter { $0.hasSuffix(".js") }.sorted().compactMap { f in
            guard let text = try? String(contentsOfFile: (directory as NSString).appendingPathComponent(f), encoding: .utf8),
                  let expected = expectation(text) else { return nil }
            return (f, expected)
        }
    }

    public static func row(file: String, expected: Expectation, strategy: String, result: BatchRunner.Result) -> Row {
        let r = result.report
        let verdict = r?["verdict"] as? [String: Any]
        let ranking = (r?["ranking"] as? [[String: Any]])?.compactMap { $0["phase"] as? String } ?? []
        let rank = ranking.firstIndex(of: expected.phase).map { $0 + 1 }
        return Row(file: file, expected: expected.phase, expectedRule: expected.rule, strategy: strategy,
                   verdict: verdict?["phase"] as? String,
                   rule: verdict?["rule"] as? String, rank: verdict?["phase"] as? String == expected.phase ? 1 : rank,
                   runs: r?["runs"] as? Int ?? 0, seconds: r?["seconds"] as? Double ?? 0,
                   status: r?["status"] as? String ?? "error (exit \(result.exitStatus))")
    }

    /// The table (one line per PoC and strategy) and the per-strategy accuracy summary.
    public static func render(_ rows: [Row], strategies: [String]) -> String {
        var out = ""
        let w = max(rows.map(\.file.count).max() ?? 0, 3)
        let pw = max(rows.map(\.expected.count).max() ?? 0, 8)
        let sw = strategyWidth(strategies)
        out += "PoC".padding(toLength: w, withPad: " ", startingAt: 0) + "  " + "expected".padding(toLength: pw, withPad: " ", startingAt: 0)
            + "  " + "strategy".padding(toLength: sw, withPad: " ", startingAt: 0) + "  verdict (rank, runs, seconds)\n"
        for r in rows {
            let verdict = r.status == "localized" ? (r.verdict ?? "none") : r.status
            let mark = (r.verdict == r.expected ? (r.hasExactRule ? "ok" : "ok~") : "--").padding(toLength: 4, withPad: " ", startingAt: 0)
            out += r.file.padding(toLength: w, withPad: " ", startingAt: 0) + "  "
                + r.expected.padding(toLength: pw, withPad: " ", startingAt: 0) + "  "
                + r.strategy.padding(toLength: sw, withPad: " ", startingAt: 0) + "  " + mark + verdict
                + (r.rule.map { " \($0)" } ?? "")
                + " (rank \(r.rank.map(String.init) ?? "-"), \(r.runs) runs, \(String(format: "%.2f", r.seconds)) s)\n"
        }
        out += "(ok: right phase and rule; ok~: right phase, rule missing or not the expected one)\n"
        out += "\n" + summary(rows, strategies: strategies)
        return out
    }

    public static func summary(_ rows: [Row], strategies: [String]) -> String {
        let sw = strategyWidth(strategies)
        var out = "strategy".padding(toLength: sw, withPad: " ", startingAt: 0)
            + "  top-1        top-3        exact rule   median runs  median seconds\n"
        for s in strategies {
            let mine = rows.filter { $0.strategy == s }
            guard !mine.isEmpty else { continue }
            let top1 = mine.filter { $0.rank == 1 }.count, top3 = mine.filter { ($0.rank ?? 99) <= 3 }.count
            let exact = mine.filter(\.hasExactRule).count
            out += s.padding(toLength: sw, withPad: " ", startingAt: 0) + "  "
                + "\(top1)/\(mine.count) \(pct(top1, mine.count))".padding(toLength: 13, withPad: " ", startingAt: 0)
                + "\(top3)/\(mine.count) \(pct(top3, mine.count))".padding(toLength: 13, withPad: " ", startingAt: 0)
                + "\(exact)/\(mine.count) \(pct(exact, mine.count))".padding(toLength: 13, withPad: " ", startingAt: 0)
                + "\(median(mine.map { Double($0.runs) }))".padding(toLength: 13, withPad: " ", startingAt: 0)
                + String(format: "%.2f", median(mine.map(\.seconds))) + "\n"
        }
        return out
    }

    /// The width of the strategy column: the longest name (`toggle+bisect+sbfl`), at least 8.
    static func strategyWidth(_ strategies: [String]) -> Int { max(strategies.map(\.count).max() ?? 0, 8) }

    static func pct(_ a: Int, _ b: Int) -> String { b == 0 ? "" : "(\(Int((Double(a) * 100 / Double(b)).rounded()))%)" }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        guard !s.isEmpty else { return 0 }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
