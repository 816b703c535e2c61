import ArgumentParser
import Foundation
import JSEngine

/// `jitloc test262 DIR`: runs a test262 checkout (or a subset) and prints pass rates per directory.
struct Test262Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test262",
        abstract: "Run test262 conformance tests and report pass rates per directory.",
        discussion: """
        DIR is a test262 checkout (with harness/ and test/). Tests run in worker processes \
        (--jobs), each test in a fresh realm, in sloppy and strict mode as INTERPRETING.md \
        prescribes. --markdown prints the CONFORMANCE.md table; --min-pass fails (exit 1) \
        when fewer tests pass, for CI.
        """
    )

    @ArgumentParser.Argument(help: "The test262 directory (containing harness/ and test/).")
    var directory: String

    @Option(help: "Only run tests whose path contains this text.")
    var filter: String?

    @Option(help: "Worker processes.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Exit with status 1 when fewer than this many tests pass.")
    var minPass: Int?

    @Flag(help: "Print the per-directory table as markdown.")
    var markdown = false

    @Flag(help: "List every failing test with the reason.")
    var verbose = false

    @Option(help: .hidden) var shard: String?

    func run() throws {
        let testRoot = (directory as NSString).appendingPathComponent("test")
        guard FileManager.default.fileExists(atPath: testRoot) else {
            throw ValidationError("'\(directory)' has no test/ directory")
        }
        var files = Test262Runner.testFiles(under: testRoot)
        if let f = filter { files = files.filter { $0.contains(f) } }
        if let s = shard {
            try runShard(s, files: files)
            return
        }
        let results = try runInWorkers(files: files)
        report(results, root: testRoot)
    }

    /// Worker mode: run every k-th test and print one JSON line per result.
    private func runShard(_ spec: String, files: [String]) throws {
        let parts = spec.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 2, parts[1] > 0 else { throw ValidationError("bad --shard \(spec)") }
        let harness = Test262Runner.loadHarness(root: directory)
        let skip = Set((ProcessInfo.processInfo.environment["JITLOC_T262_SKIP"] ?? "").split(separator: "\n").map(String.init))
        for (i, path) in files.enumerated() where i % parts[1] == parts[0] && !skip.contains(path) {
            print("START\t\(path)")
            fflush(stdout)
            let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let r = Engine.onLargeStack { Test262Runner.run(path: path, source: source, harness: harness) }
            print("\(r.passed ? "PASS" : "FAIL")\t\(path)\t\(r.failure.replacingOccurrences(of: "\n", with: " "))")
            fflush(stdout)
        }
    }

    /// Runs shards in child processes; a child that crashes is restarted after the test it died on.
    private func runInWorkers(files: [String]) throws -> [String: (Bool, String)] {
        let n = max(1, jobs)
        var results: [String: (Bool, String)] = [:]
        let lock = NSLock()
        let group = DispatchGroup()
        let exe = CommandLine.arguments[0]
        let total = files.count
        for k in 0..<n {
            group.enter()
            Thread.detachNewThread {
                var skip: [String] = []
                while true {
                    let p = Process()
                    p.executableURL = URL(fileURLWithPath: exe)
                    var args = ["test262", directory, "--shard", "\(k)/\(n)"]
                    if let f = filter { args += ["--filter", f] }
                    p.arguments = args
                    var env = ProcessInfo.processInfo.environment
                    env["JITLOC_T262_SKIP"] = skip.joined(separator: "\n")
                    p.environment = env
                    let pipe = Pipe()
                    p.standardOutput = pipe
                    p.standardError = FileHandle.nullDevice
                    do { try p.run() } catch { break }
                    var started: String? = nil
                    var buffer = Data()
                    let handle = pipe.fileHandleForReading
                    while true {
                        let chunk = handle.availableData
                        if chunk.isEmpty { break }
                        buffer.append(chunk)
                        while let nl = buffer.firstIndex(of: 10) {
                            let line = String(decoding: buffer[buffer.startIndex..<nl], as: UTF8.self)
                            buffer.removeSubrange(buffer.startIndex...nl)
                            let cols = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                            guard cols.count >= 2 else { continue }
                            if cols[0] == "START" { started = cols[1]; continue }
                            started = nil
                            skip.append(cols[1])
                            lock.lock()
                            results[cols[1]] = (cols[0] == "PASS", cols.count > 2 ? cols[2] : "")
                            let done = results.count
                            lock.unlock()
                            if done % 200 == 0 {
                                FileHandle.standardError.write(Data("\r  \(done)/\(total) tests".utf8))
                            }
                        }
                    }
                    p.waitUntilExit()
                    if let crashed = started {
                        lock.lock()
                        results[crashed] = (false, "engine process died (signal \(p.terminationStatus))")
                        lock.unlock()
                        skip.append(crashed)
                        continue
                    }
                    break
                }
                group.leave()
            }
        }
        group.wait()
        FileHandle.standardError.write(Data("\r".utf8))
        return results
    }

    private func report(_ results: [String: (Bool, String)], root: String) {
        var groups: [String: (pass: Int, total: Int)] = [:]
        var failures: [(String, String)] = []
        for (path, r) in results {
            var rel = String(path.dropFirst(root.count + 1)).split(separator: "/").map(String.init)
            rel.removeLast()
            var depth = min(3, rel.count)
            if depth == 3 && rel[2] == "prototype" && rel.count > 3 { depth = 4 }
            let key = rel.prefix(depth).joined(separator: "/")
            groups[key, default: (0, 0)].total += 1
            if r.0 { groups[key, default: (0, 0)].pass += 1 } else { failures.append((path, r.1)) }
        }
        let passed = results.values.filter { $0.0 }.count
        let total = results.count
        let rate = total == 0 ? 0 : Double(passed) * 100 / Double(total)
        if markdown {
            print("| directory | passed | total | rate |")
            print("|---|---:|---:|---:|")
        }
        for key in groups.keys.sorted() {
            let g = groups[key]!
            let pct = String(format: "%.1f%%", Double(g.pass) * 100 / Double(max(g.total, 1)))
            if markdown {
                print("| \(key) | \(g.pass) | \(g.total) | \(pct) |")
            } else {
                print(key.padding(toLength: 56, withPad: " ", startingAt: 0) + " \(g.pass)/\(g.total)  \(pct)")
            }
        }
        let summary = String(format: "%d/%d passed (%.1f%%)", passed, total, rate)
        print(markdown ? "| **total** | **\(passed)** | **\(total)** | **\(String(format: "%.1f%%", rate))** |" : "total: " + summary)
        if verbose {
            for (p, why) in failures.sorted(by: { $0.0 < $1.0 }) { print("FAIL \(p): \(why)") }
        }
        if let m = minPass, passed < m {
            FileHandle.standardError.write(Data("test262: \(passed) passed, below the recorded minimum \(m)\n".utf8))
            Foundation.exit(1)
        }
    }
}
