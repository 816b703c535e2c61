import Foundation

/// Runs test262 tests as ../shared/test262/INTERPRETING.md prescribes: harness files
/// (assert.js, sta.js and the `includes:`) prepended, each test run in sloppy and strict
/// mode unless its flags say otherwise, negative tests passing when they fail in the
/// expected phase with the expected error type. Each run gets a fresh realm.
public enum Test262Runner {
    /// What a test's YAML front matter says.
    public struct Metadata: Equatable {
        public var includes: [String] = []
        public var flags: [String] = []
        public var negativePhase: String? = nil
        public var negativeType: String? = nil
        public var features: [String] = []
    }

    /// The result of one test file (possibly two runs).
    public struct Result {
        public let path: String
        public let passed: Bool
        /// Why it failed (mode and message), empty when passed.
        public let failure: String
    }

    /// Extracts the front matter between `/*---` and `---*/`.
    public static func metadata(of source: String) -> Metadata {
        var m = Metadata()
        guard let start = source.range(of: "/*---"), let end = source.range(of: "---*/", range: start.upperBound..<source.endIndex) else {
            return m
        }
        let yaml = source[start.upperBound..<end.lowerBound]
        var currentList: String? = nil
        var inNegative = false
        for rawLine in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let indented = line.hasPrefix(" ") || line.hasPrefix("\t")
            if !indented { currentList = nil; inNegative = false }
            if let key = keyValue(trimmed) {
                switch key.0 {
                case "includes", "flags", "features":
                    let list = inlineList(key.1)
                    if key.0 == "includes" { m.includes += list }
                    if key.0 == "flags" { m.flags += list }
                    if key.0 == "features" { m.features += list }
                    currentList = key.1.isEmpty ? key.0 : nil
                case "negative": inNegative = true
                case "phase" where inNegative: m.negativePhase = key.1
                case "type" where inNegative: m.negativeType = key.1
                default: if !indented { currentList = nil }
                }
            } else if trimmed.hasPrefix("- "), let list = currentList {
                let item = String(trimmed.dropFirst(2)).trimmingCharacters(in: .whitespaces)
                if list == "includes" { m.includes.append(item) }
                if list == "flags" { m.flags.append(item) }
                if list == "features" { m.features.append(item) }
            }
        }
        return m
    }

    private static func keyValue(_ s: String) -> (String, String)? {
        guard let colon = s.firstIndex(of: ":"), !s.hasPrefix("- ") else { return nil }
        let k = s[..<colon].trimmingCharacters(in: .whitespaces)
        guard !k.isEmpty, k.allSatisfy({ $0.isLetter || $0 == "_" }) else { return nil }
        return (k, s[s.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    private static func inlineList(_ s: String) -> [String] {
        guard s.hasPrefix("["), s.hasSuffix("]") else { return s.isEmpty ? [] : [s] }
        return s.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Runs one test file; `harness` maps harness file names to their text.
    public static func run(path: String, source: String, harness: [String: String], timeout: Double = 10) -> Result {
        let meta = metadata(of: source)
        var modes: [Bool] = []
        if meta.flags.contains("raw") || meta.flags.contains("noStrict") {
            modes = [false]
        } else if meta.flags.contains("onlyStrict") {
            modes = [true]
        } else {
            modes = [false, true]
        }
        var prelude = ""
        if !meta.flags.contains("raw") {
            for name in ["assert.js", "sta.js"] + meta.includes {
                guard let h = harness[name] else {
                    return Result(path: path, passed: false, failure: "missing harness file \(name)")
                }
                prelude += h + "\n"
            }
        }
        for strict in modes {
            let text = (strict ? "\"use strict\";\n" : "") + prelude + source
            var options = EngineOptions()
            options.timeoutSeconds = timeout
            let out = CapturedOutput()
            let ending = Engine.run(sources: [(name: path, text: text)], options: options, output: out)
            if let why = judge(ending, meta) {
                return Result(path: path, passed: false, failure: "\(strict ? "strict" : "sloppy"): \(why)")
            }
        }
        return Result(path: path, passed: true, failure: "")
    }

    /// nil when the ending is what the metadata expects, else the reason.
    static func judge(_ ending: RunResult.Ending, _ meta: Metadata) -> String? {
        if let phase = meta.negativePhase {
            let type = meta.negativeType ?? "Error"
            switch ending {
            case .syntaxError(let m, _, _):
                if phase == "parse" || phase == "early" { return type == "SyntaxError" ? nil : "expected \(type), got SyntaxError: \(m)" }
                return "expected runtime \(type), got early SyntaxError: \(m)"
            case .exception(let name, let m):
                if phase == "parse" || phase == "early" { return "expected early \(type), got runtime \(name): \(m)" }
                return name == type ? nil : "expected \(type), got \(name): \(m)"
            case .normal:
                return "expected \(type) in phase \(phase), ran to completion"
            default:
                return "expected \(type), got \(ending)"
            }
        }
        switch ending {
        case .normal: return nil
        case .exception(let n, let m): return "\(n): \(m)"
        case .syntaxError(let m, let l, let c): return "SyntaxError \(l):\(c): \(m)"
        default: return "\(ending)"
        }
    }

    /// Every `.js` test under `directory` (sorted), skipping `_FIXTURE` files.
    public static func testFiles(under directory: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: directory) else { return [] }
        var out: [String] = []
        while let p = e.nextObject() as? String {
            if p.hasSuffix(".js") && !p.contains("_FIXTURE") { out.append((directory as NSString).appendingPathComponent(p)) }
        }
        return out.sorted()
    }

    /// Loads every harness file of a test262 checkout.
    public static func loadHarness(root: String) -> [String: String] {
        let dir = (root as NSString).appendingPathComponent("harness")
        var h: [String: String] = [:]
        for f in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where f.hasSuffix(".js") {
            h[f] = try? String(contentsOfFile: (dir as NSString).appendingPathComponent(f), encoding: .utf8)
        }
        return h
    }
}
