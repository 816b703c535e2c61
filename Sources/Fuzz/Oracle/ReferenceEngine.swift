import Foundation

/// An outside engine (node) run on the same program, for the optional reference oracle: a
/// program on which this engine's interpreter prints something else than V8 shows an engine
/// bug, not a JIT bug, and is kept apart from JIT findings.
public struct ReferenceEngine {
    /// The executable (`node`, or a path), found on PATH when not a path.
    public var executable: String
    public var timeoutSeconds: Double = 10

    public init(executable: String) { self.executable = executable }

    /// The engine's standard output for `source`, or nil when it could not run or timed out.
    public func output(of source: String) -> String? {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("jitloc-reference-\(ProcessInfo.processInfo.processIdentifier)-\(StableHash.hex(source)).js")
        guard (try? Data(source.utf8).write(to: file)) != nil else { return nil }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments = [executable]
        if source.contains("--allow-natives-syntax") { arguments.append("--allow-natives-syntax") }
        process.arguments = arguments + [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        // A hung engine is ended at the deadline, which also ends the read below.
        let timedOut = TimeoutFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeoutSeconds) {
            if process.isRunning {
                timedOut.set()
                process.terminate()
            }
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return timedOut.isSet ? nil : String(decoding: data, as: UTF8.self)
    }
}

/// Whether a reference run was ended by its deadline (set on another thread).
private final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
