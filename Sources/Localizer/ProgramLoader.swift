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
        let data: Data?
        do {
            data = try HTTPExchange.send(URLRequest(url: url), timeoutSeconds: timeoutSeconds, what: "fetching \(url)")
        } catch let f as HTTPExchange.Failure {
            throw LoadError(description: f.description)
        }
        guard let data = data, let text = String(data: data, encoding: .utf8) else {
            throw LoadError(description: "cannot fetch \(url): the response is not UTF-8 text")
        }
        return text
    }
}
