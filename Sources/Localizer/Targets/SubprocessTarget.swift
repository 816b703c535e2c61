import Foundation

/// This repository's engine run as a separate `jitloc run` process per run: slower than
/// `InProcessTarget`, but an engine crash (a Swift trap, a host stack overflow) or a hang
/// ends only that run, which is reported as an internal error or a timeout. The rewrite
/// trace is read from `--print-rewrites` output at the end of standard output.
public final class SubprocessTarget: Target {
    public let name = "jitloc (subprocess)"
    public let capabilities = TargetCapabilities.all.subtracting(.irHistory)
    public let executable: String
    public let phases: [String]
    public let requiredPhases = ["scheduling", "register-allocation", "instruction-selection"]
    /// The reference schedule keeps program order and the reference allocator gives every value
    /// its own slot: both run the IR unchanged. Instruction selection's reference (generic
    /// operations only) does not rely on speculation guards, so it is not transparent.
    public let transparentReferencePhases = ["scheduling", "register-allocation"]

    /// The running jitloc binary.
    public static var currentExecutable: String {
        Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    public init(executable: String, phases: [String] = InProcessTarget().phases) {
        self.executable = executable
        self.phases = phases
    }

    public func run(_ program: Program, _ configuration: RunConfiguration) throws -> Outcome {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jitloc-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent((program.name as NSString).lastPathComponent.isEmpty ? "poc.js"
                                              : (program.name as NSString).lastPathComponent)
        try program.source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["run", file.path] + configuration.flags
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let start = Date()
        do {
            try process.run()
        } catch {
            throw TargetError(description: "cannot start \(executable): \(error.localizedDescription)")
        }
        // Read both pipes while the process runs (a full pipe would block it).
        let collected = PipeCollector(out, err)
        let deadline = Date().addingTimeInterval(configuration.timeoutSeconds + 5)
        while process.isRunning && Date() < deadline { usleep(2000) }
        var killed = false
        if process.isRunning {
            process.terminate()
            killed = true
        }
        process.waitUntilExit()
        let (stdoutData, stderrData) = collected.finish()
        let seconds = Date().timeIntervalSince(start)
        var stdout = String(decoding: stdoutData, as: UTF8.self)
        let stderr = String(decoding: stderrData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var rewrites: [RewriteRecord]?
        if configuration.recordRewrites {
            let (rest, trace) = RewriteTraceParser.split(stdout)
            stdout = rest
            rewrites = trace
        }
        if killed { return Outcome(stdout: stdout, kind: .timeout, message: "killed after the time limit", rewrites: rewrites, seconds: seconds) }
        var outcome = SubprocessTarget.outcome(status: process.terminationStatus, reason: process.terminationReason,
                                               stdout: stdout, stderr: stderr)
        outcome.rewrites = rewrites
        outcome.seconds = seconds
        return outcome
    }

    /// The outcome an exit status and standard error stand for (exit codes as in the README).
    static func outcome(status: Int32, reason: Process.TerminationReason, stdout: String, stderr: String) -> Outcome {
        if reason == .uncaughtSignal {
            return Outcome(stdout: stdout, kind: .internalError, message: "engine crashed (signal \(status))")
        }
        let firstLine = stderr.split(separator: "\n").first.map(String.init) ?? ""
        func after(_ prefix: String) -> String { firstLine.hasPrefix(prefix) ? String(firstLine.dropFirst(prefix.count)) : firstLine }
        switch status {
        case 0: return Outcome(stdout: stdout, kind: .normal)
        case 1:
            if firstLine.hasPrefix("Uncaught ") {
                let text = after("Uncaught ")
                if let colon = text.range(of: ": ") {
                    return Outcome(stdout: stdout, kind: .exception, exceptionName: String(text[..<colon.lowerBound]),
                                   message: String(text[colon.upperBound...]))
                }
                let isName = !text.isEmpty && !text.contains(" ")
                return Outcome(stdout: stdout, kind: .exception, exceptionName: isName ? text : "", message: isName ? "" : text)
            }
            return Outcome(stdout: stdout, kind: .syntaxError, message: stderr)
        case 3: return Outcome(stdout: stdout, kind: .timeout, message: after("resource limit: "))
        case 4: return Outcome(stdout: stdout, kind: .memorySafetyViolation, message: after("memory-safety violation: "))
        case 5:
            let m = after("internal error: ")
            if m.hasPrefix("IR verification failed") { return Outcome(stdout: stdout, kind: .verifierFailure, message: m) }
            if m.hasPrefix("type assertion failed") { return Outcome(stdout: stdout, kind: .typeAssertion, message: m) }
            return Outcome(stdout: stdout, kind: .internalError, message: m)
        default:
            return Outcome(stdout: stdout, kind: .internalError, message: "jitloc run exited with \(status): \(firstLine)")
        }
    }
}

/// Drains a process's standard output and error on background threads.
final class PipeCollector: @unchecked Sendable {
    private var out = Data(), err = Data()
    private let group = DispatchGroup()

    init(_ stdout: Pipe, _ stderr: Pipe) {
        for (pipe, isOut) in [(stdout, true), (stderr, false)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                if isOut { self.out = data } else { self.err = data }
                self.group.leave()
            }
        }
    }

    func finish() -> (Data, Data) {
        group.wait()
        return (out, err)
    }
}
