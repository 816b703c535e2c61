import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import JSEngine

/// Reads a PoC from a file, from standard input (`-`), or from an http(s) URL, as a triager
/// copies it from a bug tracker (fetched with URLSession; the body must be UTF-8 text).
public enum ProgramLoader {
    public struct LoadError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func load(_ location: String, timeoutSeconds: Double = 30) throws -> Program {
        if location.hasPrefix("http://") || location.hasPrefix("https://") {
            guard let url = URL(string: location) else { throw LoadError(description: "'\(location)' is not a valid URL") }
            return Program(name: url.lastPathComponent.isEmpty ? location : url.lastPathComponent,
                           source: try fetch(url, timeoutSeconds: timeoutSeconds))
        }
        do {
            return Program(name: location == "-" ? "<stdin>" : location, source: try SourceLoader.load(location))
        } catch let e as SourceLoader.LoadError {
            throw LoadError(description: e.description)
        }
    }

    /// The body of a GET of `url`, or a clear error (network failure, non-2xx status, not text).
    static func fetch(_ url: URL, timeoutSeconds: Double) throws -> String {
        var request = URLRequest(url: url)
        request.timeoutInterval = timeoutSeconds
        let done = DispatchSemaphore(value: 0)
        let box = FetchResult()
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            box.data = data
            box.status = (response as? HTTPURLResponse)?.statusCode
            box.error = error
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + timeoutSeconds + 1) == .timedOut {
            task.cancel()
            throw LoadError(description: "fetching \(url) timed out after \(Int(timeoutSeconds)) s")
        }
        if let e = box.error { throw LoadError(description: "cannot fetch \(url): \(e.localizedDescription)") }
        if let s = box.status, !(200..<300).contains(s) { throw LoadError(description: "cannot fetch \(url): HTTP status \(s)") }
        guard let data = box.data, let text = String(data: data, encoding: .utf8) else {
            throw LoadError(description: "cannot fetch \(url): the response is not UTF-8 text")
        }
        return text
    }

    /// Carries a URLSession completion's values to the waiting thread.
    private final class FetchResult: @unchecked Sendable {
        var data: Data?
        var status: Int?
        var error: Error?
    }
}
