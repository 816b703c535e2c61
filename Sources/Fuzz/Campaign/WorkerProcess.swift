import Foundation

/// A running worker process as the supervisor sees it: the process, the lines it has
/// written, when it last wrote one, whether it is triaging, and its latest execution count.
final class WorkerProcess {
    let id: Int
    let generation: Int
    let process: Process
    private let lock = NSLock()
    private var buffer = Data()
    private(set) var lastHeard = Date()
    var isTriaging = false
    var executions = 0
    /// Set when the supervisor ended the process (a hang or the end of the campaign), or to
    /// `retired` when the worker announced a planned exit.
    var stopReason: String?
    static let retired = "retired"

    init(id: Int, generation: Int, executable: String, arguments: [String]) throws {
        self.id = id
        self.generation = generation
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.lock()
            self.buffer.append(data)
            self.lock.unlock()
            if data.isEmpty { handle.readabilityHandler = nil }
        }
        try process.run()
    }

    /// The complete lines written since the last call.
    func drainLines() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        guard let last = buffer.lastIndex(of: UInt8(ascii: "\n")) else { return [] }
        let complete = buffer[buffer.startIndex...last]
        buffer.removeSubrange(buffer.startIndex...last)
        let lines = String(decoding: complete, as: UTF8.self).split(separator: "\n").map(String.init)
        if !lines.isEmpty { lastHeard = Date() }
        return lines
    }

    func kill(_ signal: Int32) {
        if process.isRunning { Foundation.kill(process.processIdentifier, signal) }
    }
}
