import Foundation

/// An engine the localizer can run programs on. The localizer learns about a bug only
/// through this seam: it hands a program and a `RunConfiguration` to a target and reads
/// back an `Outcome`. It never sees how the engine is built or which fault, if any, is in
/// it. Targets declare which of the configuration's controls they honour, so strategies
/// that need a control a target lacks (bisection needs `--opt-bisect-limit`) say so
/// instead of guessing.
public protocol Target: AnyObject {
    /// A short name for reports (`jitloc (in process)`, `node`).
    var name: String { get }
    /// The controls this target honours.
    var capabilities: TargetCapabilities { get }
    /// The optimization phases, in pipeline order, that configurations may name.
    var phases: [String] { get }
    /// The phases that always run (switching one off substitutes a reference version).
    var requiredPhases: [String] { get }
    /// The required phases whose reference version runs the same IR with the same meaning,
    /// so substituting it cannot hide an error that is already in the IR: when the
    /// substitution alone makes a failure disappear, the phase itself is at fault. A
    /// reference that changes what the IR relies on (generic operations that need no
    /// speculation guard) does not qualify: it also hides a guard wrongly removed upstream.
    var transparentReferencePhases: [String] { get }
    /// Runs `program` under `configuration`. Throws only when the target itself cannot run
    /// (a missing binary); every behaviour of the program is an `Outcome`.
    func run(_ program: Program, _ configuration: RunConfiguration) throws -> Outcome
}

public extension Target {
    var transparentReferencePhases: [String] { [] }
}

/// The configuration controls a target supports.
public struct TargetCapabilities: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let phaseToggles = TargetCapabilities(rawValue: 1 << 0)
    public static let stopAfter = TargetCapabilities(rawValue: 1 << 1)
    public static let bisectLimit = TargetCapabilities(rawValue: 1 << 2)
    public static let rewriteTrace = TargetCapabilities(rawValue: 1 << 3)
    public static let assertTypes = TargetCapabilities(rawValue: 1 << 4)
    public static let verifyIR = TargetCapabilities(rawValue: 1 << 5)
    /// The per-node IR history (`IRHistory`) the `paper` strategy compares.
    public static let irHistory = TargetCapabilities(rawValue: 1 << 6)
    public static let all: TargetCapabilities = [.phaseToggles, .stopAfter, .bisectLimit, .rewriteTrace, .assertTypes, .verifyIR,
                                                 .irHistory]
}

/// A program to localize: its source text and the name it is reported under.
public struct Program: Sendable {
    public let name: String
    public let source: String

    public init(name: String, source: String) {
        self.name = name
        self.source = source
    }

    /// The text of source line `n` (1-based), trimmed; nil when out of range.
    public func line(_ n: Int) -> String? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard n >= 1, n <= lines.count else { return nil }
        return lines[n - 1].trimmingCharacters(in: .whitespaces)
    }
}
