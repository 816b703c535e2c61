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
        do {
            _ = try HTTPExchange.send(request, timeoutSeconds: timeoutSeconds, what: "posting to \(url)")
        } catch let f as HTTPExchange.Failure {
            throw PostError(description: f.description)
        }
    }
}
