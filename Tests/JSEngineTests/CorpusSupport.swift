import Foundation
@testable import JSEngine

/// Locates the repository's corpora and runs programs in process for corpus tests.
enum CorpusSupport {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func corpus(_ name: String) -> URL { repoRoot.appendingPathComponent("corpora").appendingPathComponent(name) }

    /// The `.js` files of a corpus directory with their `.expected` outputs, sorted by name.
    static func programs(in name: String) -> [(name: String, source: String, expected: String)] {
        let dir = corpus(name)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".js") }.sorted()
        return files.compactMap { f in
            let js = dir.appendingPathComponent(f)
            let exp = dir.appendingPathComponent(String(f.dropLast(3)) + ".expected")
            guard let s = try? String(contentsOf: js, encoding: .utf8), let e = try? String(contentsOf: exp, encoding: .utf8) else { return nil }
            return (f, s, e)
        }
    }

    /// Runs `source` like `jitloc run` does (flags from `// Flags:` lines) and returns stdout
    /// plus the error line an uncaught exception would print.
    static func run(_ source: String, name: String = "test.js", extraFlags: [String] = []) -> (output: String, ending: RunResult.Ending) {
        var options = EngineOptions()
        try? FlagParser.apply(FlagParser.flagsInSource(source), to: &options, strict: false)
        try? FlagParser.apply(extraFlags, to: &options, strict: false)
        let out = CapturedOutput()
        let ending = Engine.onLargeStack { Engine.run(sources: [(name: name, text: source)], options: options, output: out) }
        return (out.text, ending)
    }
}
