import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT), or other termination signals, into a flag a long computation polls,
/// so it can stop early and keep what it has (a reduction writes its best result so far, a
/// fuzz worker publishes the finding it is triaging) instead of dying mid-way.
final class InterruptFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    private let signals: [Int32]
    private let sources: [DispatchSourceSignal]
    private let message: String?

    /// Starts catching `signals`; until `stop()`, they only raise the flag (and print
    /// `message`, if any, on standard error).
    init(signals: [Int32] = [SIGINT], message: String? = "\njitloc: interrupted; finishing with the best result so far\n") {
        self.signals = signals
        self.message = message
        sources = signals.map { number in
            signal(number, SIG_IGN)
            return DispatchSource.makeSignalSource(signal: number, queue: .global())
        }
        for source in sources {
            source.setEventHandler { [weak self] in self?.raise() }
            source.resume()
        }
    }

    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    private func raise() {
        lock.lock()
        raised = true
        lock.unlock()
        if let message { FileHandle.standardError.write(Data(message.utf8)) }
    }

    /// Restores the signals' default behaviour.
    func stop() {
        sources.forEach { $0.cancel() }
        signals.forEach { signal($0, SIG_DFL) }
    }
}
