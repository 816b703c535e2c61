import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Posts a JSON summary to a CI webhook (URLSession, `application/json`), waiting for the
/// answer; a failure is reported to the caller, never fatal to the hunt.
public enum Webhook {
    public struct PostError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func post(_ object: [String: Any], to url: URL, timeoutSeconds: Double = 30) throws {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        request.timeoutInterval = timeoutSeconds
        let done = DispatchSemaphore(value: 0)
        let box = Box()
        let task = URLSession.shared.dataTask(with: request) { _, response, error in
            box.status = (response as? HTTPURLResponse)?.statusCode
            box.error = error
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + timeoutSeconds + 1) == .timedOut {
            task.cancel()
            throw PostError(description: "posting to \(url) timed out")
        }
        if let e = box.error { throw PostError(description: "posting to \(url) failed: \(e.localizedDescription)") }
        if let s = box.status, !(200..<300).contains(s) { throw PostError(description: "posting to \(url) got HTTP status \(s)") }
    }

    /// Carries the completion's values to the waiting thread.
    private final class Box: @unchecked Sendable {
        var status: Int?
        var error: Error?
    }
}
