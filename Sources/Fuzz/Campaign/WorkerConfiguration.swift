/// How a fuzzing worker runs: where the campaign keeps its files, its number and seed, the
/// engine flags it passes through (`--inject IDS`), whether coverage feedback grows the
/// corpus, and the optional reference engine.
public struct WorkerConfiguration: Sendable {
    public var layout: CampaignLayout
    public var workerID: Int
    public var seed: UInt64
    public var passThroughFlags: [String] = []
    public var feedback = true
    /// `node` (or another executable run as `EXE [--allow-natives-syntax] FILE`), or nil.
    public var referenceEngine: String?
    /// Stop after this many executions (nil: until stopped).
    public var maximumExecutions: Int?
    /// The worker retires (exits cleanly, to be replaced) when its peak resident memory passes
    /// this many MiB: every run's realm leaks its reference cycles, so a long-lived worker grows.
    public var memoryLimitMB = 1024
    /// Test hook: the worker kills itself (as a crash would) on a program containing this text.
    public var crashMarker: String?
    /// `jitloc` version and git revision, written into reproduction records.
    public var version = "unknown"
    public var revision = "unknown"

    public init(layout: CampaignLayout, workerID: Int, seed: UInt64) {
        self.layout = layout
        self.workerID = workerID
        self.seed = seed
    }
}
