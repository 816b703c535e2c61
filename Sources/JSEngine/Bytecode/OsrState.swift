/// What the interpreter tracks about on-stack replacement (OSR) in one code block: when a
/// back edge next takes the slow path that looks for or asks for OSR code, whether natives
/// syntax asked for OSR, and how often each loop's OSR code deoptimized.
public struct OsrState {
    /// Back-edge count (`CodeBlock.backEdgeCount`) from which every back edge takes the OSR
    /// slow path. 0 while OSR code is installed or requested; Int.max when nothing is pending
    /// (the first check then happens at `--osr-threshold`).
    public var nextCheck = Int.max
    /// Back-edge count from which the loop being run is OSR-compiled (when it has no OSR
    /// code and is not disabled); moved `--osr-threshold` back edges on after every attempt,
    /// deoptimization or disabled loop, so the code block's other loops get their turn.
    public var nextCompileAt = Int.max
    /// `%OptimizeOsr()`: compile the loop whose back edge is reached next.
    public var requested = false
    /// Deoptimizations of each loop's OSR code, by loop header.
    public var deoptCounts: [Int: Int] = [:]
    /// Loop headers that are not OSR-compiled again (too many deoptimizations, or the
    /// compiler could not compile them).
    public var disabledLoops: Set<Int> = []
    /// After this many deoptimizations of its OSR code a loop is not OSR-compiled again.
    public static let maxDeopts = 5

    public init() {}
}
