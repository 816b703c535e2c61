/// Every engine option in one value, parsed once from the command line or from a PoC's
/// `// Flags:` lines with the same spelling in both places (see `FlagParser`).
///
/// Optimizer settings live here too, as plain data, so the engine, the optimizer, the
/// localizer and the reports all read one configuration.
public struct EngineOptions: Equatable {
    public var allowNativesSyntax = false
    /// Wall-clock limit in seconds (0: none).
    public var timeoutSeconds: Double = 0
    /// Bytecode step budget (0: none).
    public var maxSteps: UInt64 = 0
    /// Heap budget in MiB (malloc'd bytes in use above the start of the run).
    public var maxHeapMB: Int = 2048
    /// Maximum nesting of JS calls before `RangeError: Maximum call stack size exceeded`.
    public var maxCallDepth: Int = 9000
    public var randomSeed: UInt64 = 42
    /// Run `jitloc`'s mjsunit-style harness before the program.
    public var harness: String? = nil
    public var printBytecode = false
    /// `--expose-gc`: define a global `gc()` (a no-op here: memory is reference counted).
    public var exposeGC = false

    // Optimizing tier (issue: Optimizer). Kept as data so one struct configures everything.
    /// `--no-opt`: never leave the interpreter.
    public var optimize = true
    /// Invocation count at which a function tiers up.
    public var jitThreshold = 1000
    /// Loop back-edge count at which a loop triggers on-stack replacement.
    public var osrThreshold = 5000
    /// `--eager`: optimize every function as soon as it has feedback.
    public var eagerOptimization = false
    /// Phase ids switched off (`--no-<phase>`), or nil for the default set.
    public var disabledPhases: [String] = []
    /// `--phases a,b,c`: the explicit set (nil: all).
    public var explicitPhases: [String]? = nil
    public var optBisectLimit: Int? = nil
    public var phaseRewriteLimits: [String: Int] = [:]
    public var ruleRewriteLimits: [String: Int] = [:]
    public var stopAfter: String? = nil
    public var jitFilter: String? = nil
    public var printRewrites = false
    public var verifyIR = false
    public var assertTypes = false
    public var traceOpt = false
    public var traceDeopt = false
    public var tracePhases = false
    public var printIR: String? = nil
    /// `--print-code` (V8's --print-opt-code): print each optimized function's selected
    /// instructions after it is compiled.
    public var printCode = false
    public var dumpIRDirectory: String? = nil
    public var dumpDotDirectory: String? = nil
    /// Injected fault ids (`--inject`).
    public var injectedFaults: [String] = []

    public init() {}
}
