/// What a campaign is asked to do: where, for how long, with how many worker processes,
/// from which seed, with which pass-through engine flags, and how the worker processes are
/// started (the executable and the arguments before the worker's own).
public struct CampaignOptions: Sendable {
    public var layout: CampaignLayout
    /// Seed programs copied into the corpus at start (files ending in `.js`).
    public var seedDirectory: String?
    public var duration: Double
    public var jobs: Int
    public var seed: UInt64
    public var passThroughFlags: [String] = []
    public var feedback = true
    public var referenceEngine: String?
    /// The worker executable and the arguments that make it a worker (`jitloc fuzz-worker`).
    public var workerExecutable: String
    public var workerArguments: [String]
    /// Seconds without a line from a worker (outside triage) before it counts as hung.
    public var hangSeconds: Double = 20
    /// Seconds a triage may take before the worker counts as hung.
    public var triageSeconds: Double = 600

    public init(layout: CampaignLayout, duration: Double, jobs: Int, seed: UInt64, workerExecutable: String,
                workerArguments: [String]) {
        self.layout = layout
        self.duration = duration
        self.jobs = jobs
        self.seed = seed
        self.workerExecutable = workerExecutable
        self.workerArguments = workerArguments
    }
}
