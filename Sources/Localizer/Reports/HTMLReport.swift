/// `--html FILE`: the report as one self-contained HTML page (inline CSS, no scripts, no
/// network): the verdict, the culprit rewrite's IR before and after, the PoC with the
/// culprit source line highlighted, the ranking and each strategy's evidence.
public enum HTMLReport {
    public static func render(_ r: LocalizationReport, source: String) -> String {
        var body = "<h1>\(esc(r.program))</h1>\n"
        switch r.status {
        case .doesNotFail: body += "<p class=verdict>Does not fail: the optimizer does not change its behaviour.</p>\n"
        case .flaky: body += "<p class=verdict>Flaky: reruns disagree; not localized.</p>\n"
        case .localized:
            let v = r.verdict
            body += "<p class=verdict>Buggy phase: <b>\(esc(v.phase ?? "none found"))</b> "
                + "(\(esc(r.strategy)), confidence \(TextReport.percent(v.confidence)))</p>\n"
            if let s = r.signature { body += "<p>Failure: <code>\(esc(s.description))</code></p>\n" }
            body += "<p>\(esc(v.explanation))</p>\n"
            if let rw = v.rewrite {
                body += "<h2>Culprit rewrite \(rw.number): \(esc(rw.phase)) <code>\(esc(rw.rule))</code> in \(esc(rw.function))</h2>\n"
                body += "<table><tr><th>before</th><th>after</th></tr><tr><td><pre>\(esc(rw.before.joined(separator: "\n")))</pre></td>"
                    + "<td><pre>\(esc(rw.after.joined(separator: "\n")))</pre></td></tr></table>\n"
            }
        }
        if !r.ranking.isEmpty {
            body += "<h2>Ranking</h2>\n<table><tr><th>phase</th><th>score</th></tr>"
            for p in r.ranking { body += "<tr><td>\(esc(p.phase))</td><td>\(fmt(p.score))</td></tr>" }
            body += "</table>\n"
        }
        body += "<h2>PoC</h2>\n<pre class=source>"
        for (i, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let n = i + 1
            let mark = n == r.verdict.sourceLine ? " class=culprit" : ""
            body += "<span\(mark)>\(String(n).leftPadded(4)) \(esc(String(line)))</span>\n"
        }
        body += "</pre>\n"
        if let reduced = r.reduced {
            body += "<h2>Reduced PoC (\(reduced.originalNodes) &rarr; \(reduced.reducedNodes) nodes)</h2>\n"
                + "<pre>\(esc(reduced.text))</pre>\n"
        }
        for s in r.results where !s.evidence.isEmpty {
            body += "<h2>\(esc(s.strategy)) (\(s.runs) runs): \(esc(s.verdict.phase ?? "no phase"))</h2>\n"
            body += "<table><tr><th>run</th><th>result</th></tr>"
            for e in s.evidence { body += "<tr><td><code>\(esc(e.configuration))</code></td><td>\(esc(e.result))</td></tr>" }
            body += "</table>\n"
            if let spectrum = s.spectrum, !spectrum.rules.isEmpty {
                body += "<h3>Spectrum ranks (\(esc(spectrum.formula.rawValue)))</h3>\n"
                body += "<table><tr><th>rank</th><th>phase</th><th>rule</th><th>score</th><th>ef</th><th>ep</th><th>nf</th><th>np</th></tr>"
                for (i, r) in spectrum.rules.enumerated() {
                    let c = r.counts
                    body += "<tr><td>\(i + 1)</td><td>\(esc(r.rule.phase))</td><td><code>\(esc(r.rule.rule))</code></td>"
                        + "<td>\(fmt(r.score))</td><td>\(c.failedCovered)</td><td>\(c.passedCovered)</td>"
                        + "<td>\(c.failedUncovered)</td><td>\(c.passedUncovered)</td></tr>"
                }
                body += "</table>\n"
            }
        }
        body += "<p class=foot>\(r.runs) runs, \(fmt(r.seconds)) s on \(esc(r.target)).</p>\n"
        return """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>jitloc: \(esc(r.program))</title>
        <style>
        body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}
        .verdict{font-size:1.3em}table{border-collapse:collapse;margin:.5em 0}
        td,th{border:1px solid #ccc;padding:.2em .6em;vertical-align:top;text-align:left}
        pre{margin:0}.source span{display:block}.culprit{background:#ffe08a}.foot{color:#777}
        </style></head><body>
        \(body)</body></html>

        """
    }

    static func esc(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    static func fmt(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        return "\(r)"
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
