import Foundation

/// Reads the `--print-rewrites` block a `jitloc run` prints after the program's output:
/// lines `rewrite N[ (skipped by limit)]: PHASE RULE in FUNCTION at L:C: BEFORE => AFTER`
/// and a closing `rewrites: ...` totals line.
enum RewriteTraceParser {
    /// The program's own output and the parsed trace.
    static func split(_ stdout: String) -> (String, [RewriteRecord]) {
        var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let totals = lines.lastIndex(where: { $0.hasPrefix("rewrites: ") }) else { return (stdout, []) }
        var first = totals
        while first > 0 && lines[first - 1].hasPrefix("rewrite ") { first -= 1 }
        let records = lines[first..<totals].compactMap(parse)
        let rest = lines[..<first].joined(separator: "\n")
        return (first == 0 ? "" : rest + "\n", records)
    }

    static func parse(_ line: String) -> RewriteRecord? {
        var s = Substring(line)
        guard s.hasPrefix("rewrite ") else { return nil }
        s = s.dropFirst("rewrite ".count)
        guard let colon = s.firstIndex(of: ":") else { return nil }
        var head = s[..<colon]
        let applied = !head.hasSuffix(" (skipped by limit)")
        if !applied { head = head.dropLast(" (skipped by limit)".count) }
        guard let number = Int(head) else { return nil }
        s = s[s.index(after: colon)...].drop { $0 == " " }
        let words = s.split(separator: " ", maxSplits: 2)
        guard words.count == 3 else { return nil }
        let phase = String(words[0]), rule = String(words[1])
        var rest = words[2]
        guard rest.hasPrefix("in ") else { return nil }
        rest = rest.dropFirst(3)
        guard let at = rest.range(of: " at ") else { return nil }
        let function = String(rest[..<at.lowerBound])
        rest = rest[at.upperBound...]
        guard let posEnd = rest.range(of: ": ") else { return nil }
        let pos = rest[..<posEnd.lowerBound].split(separator: ":")
        let line = pos.count == 2 ? Int(pos[0]) ?? 0 : 0
        let column = pos.count == 2 ? Int(pos[1]) ?? 0 : 0
        let change = rest[posEnd.upperBound...]
        let parts = change.components(separatedBy: " => ")
        let before = parts.first.map { $0.components(separatedBy: "; ") } ?? []
        let after = parts.count > 1 ? parts[1].components(separatedBy: "; ").filter { !$0.isEmpty } : []
        return RewriteRecord(number: number, phase: phase, rule: rule, function: function, before: before, after: after,
                             line: line, column: column, applied: applied)
    }
}
