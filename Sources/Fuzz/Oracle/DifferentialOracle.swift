import JSEngine

/// What the differential oracle concluded about one program.
public enum OracleVerdict {
    /// The reference run did not finish normally or with an exception (a syntax error, a step
    /// limit): the program says nothing about the JIT.
    case unusable(String)
    /// Both runs behaved the same.
    case agree
    /// The optimized run differs from the reference, or a run hit an engine failure.
    case failure(Failure)
}

/// The differential oracle: the same program with the optimizer off (the reference) and on,
/// in process, comparing printed output (the probe log included) and how the run ended.
/// Memory-safety violations, verifier failures, type-assertion failures, internal errors and
/// step-budget exhaustion of the optimized run only are findings too. `passThroughFlags`
/// (e.g. `--inject IDS`) go to every optimized run unread.
public struct DifferentialOracle {
    /// Steps the reference run may take (`--max-steps`); optimized runs get four times as many,
    /// since optimized code counts steps differently.
    public var referenceSteps: Int
    public var passThroughFlags: [String]
    /// The heap budget of every run (`--max-heap-mb`): a mutant that asks for a 2 GiB typed
    /// array gets the RangeError of a failed allocation in both runs instead of taking the
    /// worker past its memory limit.
    public var heapMB: Int
    let runner = EngineRunner()

    public init(referenceSteps: Int = 200_000, passThroughFlags: [String] = [], heapMB: Int = 256) {
        self.referenceSteps = referenceSteps
        self.passThroughFlags = passThroughFlags
        self.heapMB = heapMB
    }

    /// The reference flags.
    public var referenceFlags: [String] { ["--no-opt", "--max-steps=\(referenceSteps)", "--max-heap-mb=\(heapMB)"] }

    /// The flags of an optimized run in `swarm`.
    public func optimizedFlags(_ swarm: SwarmConfiguration) -> [String] {
        swarm.flags + passThroughFlags + ["--max-steps=\(referenceSteps * 4)", "--max-heap-mb=\(heapMB)"]
    }

    /// Runs the reference only (to check that a program is usable).
    public func reference(_ source: String) -> ExecutionOutcome {
        var none: CoverageSet?
        guard let options = try? EngineRunner.options(for: source, flags: referenceFlags) else {
            return ExecutionOutcome(output: "", ending: .internalError("reference flags rejected"))
        }
        return runner.run(source, options: options, coverage: &none)
    }

    /// Compares the reference run with an optimized run in `swarm`, adding the optimized run's
    /// features to `coverage`.
    public func check(_ source: String, swarm: SwarmConfiguration, coverage: inout CoverageSet?) -> OracleVerdict {
        let reference = self.reference(source)
        switch reference.ending {
        case .syntaxError(let m), .resourceLimit(let m): return .unusable(m)
        case .memorySafetyViolation(let m):
            return .failure(Failure(kind: .memorySafetyViolation, detail: m, flags: referenceFlags, inReference: true))
        case .internalError(let m), .verifierFailure(let m), .typeAssertion(let m):
            return .failure(Failure(kind: .internalError, detail: m, flags: referenceFlags, inReference: true))
        case .normal, .exception: break
        }
        let flags = optimizedFlags(swarm)
        guard let options = try? EngineRunner.options(for: source, flags: flags) else {
            return .unusable("optimized flags rejected: \(flags.joined(separator: " "))")
        }
        let optimized = runner.run(source, options: options, coverage: &coverage)
        if let failure = DifferentialOracle.compare(reference: reference, optimized: optimized, flags: flags) {
            return .failure(failure)
        }
        return .agree
    }

    /// The failure an optimized outcome shows against the reference, or nil when they agree.
    public static func compare(reference: ExecutionOutcome, optimized: ExecutionOutcome, flags: [String]) -> Failure? {
        switch optimized.ending {
        case .memorySafetyViolation(let m): return Failure(kind: .memorySafetyViolation, detail: m, flags: flags)
        case .verifierFailure(let m): return Failure(kind: .verifierFailure, detail: m, flags: flags)
        case .typeAssertion(let m): return Failure(kind: .typeAssertion, detail: m, flags: flags)
        case .internalError(let m): return Failure(kind: .internalError, detail: m, flags: flags)
        case .resourceLimit(let m): return Failure(kind: .timeout, detail: m, flags: flags)
        case .syntaxError(let m): return Failure(kind: .internalError, detail: "syntax error only when optimizing: \(m)", flags: flags)
        case .normal, .exception: break
        }
        if optimized.output != reference.output {
            return Failure(kind: .outputMismatch, detail: firstDifference(reference.output, optimized.output), flags: flags)
        }
        if optimized.ending != reference.ending {
            return Failure(kind: .exceptionMismatch, detail: "\(describe(reference.ending)) became \(describe(optimized.ending))", flags: flags)
        }
        return nil
    }

    /// "line N: expected X, got Y" for the first line where two outputs differ.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? String(e[i]) : "<none>"
            let y = i < a.count ? String(a[i]) : "<none>"
            if x != y { return "line \(i + 1): expected \(x.prefix(120)), got \(y.prefix(120))" }
        }
        return "outputs differ"
    }

    static func describe(_ ending: ExecutionOutcome.Ending) -> String {
        switch ending {
        case .normal: return "normal end"
        case .exception(let name, let message): return "\(name): \(message)"
        default: return "\(ending)"
        }
    }
}
