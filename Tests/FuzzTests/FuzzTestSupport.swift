import Foundation
import JSEngine
@testable import Fuzz

/// Corpus access and in-process runs for the Fuzz tests.
enum FuzzTestSupport {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `.js` programs of `corpora/<name>`, sorted by file name.
    static func programs(in name: String) -> [(name: String, source: String)] {
        let dir = repoRoot.appendingPathComponent("corpora").appendingPathComponent(name)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".js") }.sorted()
        return files.compactMap { file in
            guard let text = try? String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8) else { return nil }
            return (file, text)
        }
    }

    /// Every program of corpora/conformance and corpora/jit.
    static var corpus: [(name: String, source: String)] {
        programs(in: "conformance") + programs(in: "jit")
    }

    /// Runs `source` in the interpreter only (`--no-opt`, plus its `// Flags:` lines) and returns
    /// what it printed and how it ended; `flags` are added to the command line.
    static func run(_ source: String, flags: [String] = []) -> (output: String, ending: RunResult.Ending) {
        var options = EngineOptions()
        try? FlagParser.apply(FlagParser.flagsInSource(source), to: &options, strict: false)
        try? FlagParser.apply(["--no-opt", "--timeout=20"] + flags, to: &options, strict: false)
        let out = CapturedOutput()
        let ending = Engine.onLargeStack {
            Engine.run(sources: [(name: "p.js", text: source)], options: options, output: out)
        }
        return (out.text, ending)
    }

    /// Parses `source` with natives syntax allowed when its flags ask for it.
    static func parse(_ source: String) throws -> ParsedSource {
        try ParsedSource(text: source)
    }
}
