import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) into a flag a long computation polls, so it can stop early and keep
/// what it has (a reduction writes its best result so far) instead of dying mid-way.
final class InterruptFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    private let source: DispatchSourceSignal

    /// Starts catching SIGINT; until `stop()`, Ctrl-C only raises the flag.
    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.raise() }
        source.resume()
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
        FileHandle.standardError.write(Data("\njitloc: interrupted; finishing with the best result so far\n".utf8))
    }

    /// Restores the default SIGINT behaviour.
    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
