import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A hunt as a JUnit XML report (written with FoundationXML), the format CI systems read:
/// one test case per program; new failures are `<failure>`s carrying the localization
/// report, known failures are `<skipped>`, runs that could not complete are `<error>`s.
public enum JUnitReport {
    public static func document(_ entries: [Hunt.Entry], suite: String) -> XMLDocument {
        let root = XMLElement(name: "testsuites")
        let testsuite = XMLElement(name: "testsuite")
        func count(_ s: Hunt.Entry.Status) -> Int { entries.filter { $0.status == s }.count }
        attribute(testsuite, "name", suite)
        attribute(testsuite, "tests", "\(entries.count)")
        attribute(testsuite, "failures", "\(count(.failed))")
        attribute(testsuite, "errors", "\(count(.error) + count(.flaky))")
        attribute(testsuite, "skipped", "\(count(.knownFailure))")
        attribute(testsuite, "time", String(format: "%.3f", entries.reduce(0) { $0 + $1.seconds }))
        for e in entries {
            let tc = XMLElement(name: "testcase")
            attribute(tc, "name", e.file)
            attribute(tc, "classname", suite)
            attribute(tc, "time", String(format: "%.3f", e.seconds))
            switch e.status {
            case .passed: break
            case .failed:
                let f = XMLElement(name: "failure", stringValue: details(e))
                attribute(f, "message", e.message)
                attribute(f, "type", e.phase ?? "unlocalized")
                tc.addChild(f)
            case .knownFailure:
                let s = XMLElement(name: "skipped")
                attribute(s, "message", "known failure: " + e.message)
                tc.addChild(s)
            case .flaky, .error:
                let x = XMLElement(name: "error", stringValue: e.message)
                attribute(x, "message", e.message)
                attribute(x, "type", e.status.rawValue)
                tc.addChild(x)
            }
            testsuite.addChild(tc)
        }
        root.addChild(testsuite)
        let doc = XMLDocument(rootElement: root)
        doc.version = "1.0"
        doc.characterEncoding = "UTF-8"
        return doc
    }

    public static func render(_ entries: [Hunt.Entry], suite: String) -> String {
        document(entries, suite: suite).xmlString(options: [.nodePrettyPrint]) + "\n"
    }

    private static func attribute(_ e: XMLElement, _ name: String, _ value: String) {
        if let a = XMLNode.attribute(withName: name, stringValue: value) as? XMLNode { e.addAttribute(a) }
    }

    /// The failure body: verdict, culprit rewrite and source line from the JSON report.
    private static func details(_ e: Hunt.Entry) -> String {
        var lines = [e.message]
        if let v = e.report?["verdict"] as? [String: Any] {
            if let rw = v["rewrite"] as? [String: Any] {
                lines.append("culprit rewrite \(rw["number"] ?? ""): \(rw["phase"] ?? "") \(rw["rule"] ?? "") in \(rw["function"] ?? "")")
            }
            if let line = v["source_line"] as? Int { lines.append("source line \(line): \(v["source_text"] as? String ?? "")") }
            if let why = v["explanation"] as? String { lines.append(why) }
        }
        return lines.joined(separator: "\n")
    }
}
