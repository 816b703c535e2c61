import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request made synchronously with URLSession (the command-line tools wait for
/// the answer): the body and status, or a clear error for a timeout, a network failure or
/// a non-2xx status. Used to fetch PoCs by URL and to post hunt summaries to webhooks.
enum HTTPExchange {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Sends `request` and waits at most `timeoutSeconds`; `what` names the action in errors.
    static func send(_ request: URLRequest, timeoutSeconds: Double, what: String) throws -> Data? {
        var request = request
        request.timeoutInterval = timeoutSeconds
        let done = DispatchSemaphore(value: 0)
        let box = Reply()
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            box.data = data
            box.status = (response as? HTTPURLResponse)?.statusCode
            box.error = error
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + timeoutSeconds + 1) == .timedOut {
            task.cancel()
            throw Failure(description: "\(what) timed out after \(Int(timeoutSeconds)) s")
        }
        if let e = box.error { throw Failure(description: "\(what) failed: \(e.localizedDescription)") }
        if let s = box.status, !(200..<300).contains(s) { throw Failure(description: "\(what) failed: HTTP status \(s)") }
        return box.data
    }

    /// Carries the completion's values to the waiting thread.
    private final class Reply: @unchecked Sendable {
        var data: Data?
        var status: Int?
        var error: Error?
    }
}
