import JSEngine

/// Swarm testing of the optimizer's configuration, as Fuzzilli randomizes engine flags: each
/// execution draws how functions get optimized (a low threshold or eagerly), and may switch
/// a random subset of the optimization phases off and turn on `--verify-ir` or
/// `--assert-types`. The back-end phases always run (they are what makes code executable).
public struct SwarmConfiguration: Sendable {
    /// The flags of the optimizing run, before any pass-through flags (`--inject`).
    public var flags: [String]

    /// The phases a swarm may switch off.
    public static let optionalPhases = FlagParser.phaseIDs.filter {
        !["scheduling", "register-allocation", "instruction-selection"].contains($0)
    }

    public init(flags: [String]) { self.flags = flags }

    /// The plain configuration: threshold 2, every phase on.
    public static let standard = SwarmConfiguration(flags: ["--jit-threshold=2"])

    /// A configuration drawn from `random`: eager one time in four; half the time some
    /// phases off (each with probability 1/4); the verifier one time in four and type
    /// assertions one time in eight.
    public static func draw(_ random: inout SeededRandom) -> SwarmConfiguration {
        var flags = [random.chance(1, in: 4) ? "--eager" : "--jit-threshold=2"]
        if random.chance(1, in: 2) {
            flags += optionalPhases.filter { _ in random.chance(1, in: 4) }.map { "--no-\($0)" }
        }
        if random.chance(1, in: 4) { flags.append("--verify-ir") }
        if random.chance(1, in: 8) { flags.append("--assert-types") }
        return SwarmConfiguration(flags: flags)
    }
}
