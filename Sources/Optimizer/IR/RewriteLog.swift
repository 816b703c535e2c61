import JSEngine

/// Numbers every graph change the phases make, across all phases and functions of a run,
/// and enforces the bisection limits: `--opt-bisect-limit N` (only rewrites 1...N apply,
/// like LLVM's -opt-bisect-limit), `--phase-rewrite-limit PHASE=N` and
/// `--rule-rewrite-limit RULE=N` (per-phase and per-rule counters, like LLVM's
/// DebugCounter and GCC's -fdbg-cnt). The same program and flags give the same numbering.
public final class RewriteLog {
    /// One numbered rewrite.
    public struct Rewrite: Equatable {
        public let number: Int
        public let phase: String
        public let rule: String
        public let function: String
        public let before: [String]
        public let after: [String]
        public let position: SourcePosition
        /// False when a limit stopped it (it is still numbered, so a bisection sees the total).
        public let applied: Bool
    }

    public private(set) var rewrites: [Rewrite] = []
    private var attempted = 0
    private var perPhase: [String: Int] = [:]
    private var perRule: [String: Int] = [:]
    let bisectLimit: Int?
    let phaseLimits: [String: Int]
    let ruleLimits: [String: Int]
    /// Whether each rewrite keeps the text of the nodes before and after it (`before`,
    /// `after`: `--print-rewrites` and the localizer's reports show them). A client that only
    /// counts which rules fired (the fuzzer's coverage) turns it off: rendering nodes is a
    /// large part of a compilation's bookkeeping. Numbering and limits are the same either way.
    public var keepsNodeText = true

    public init(options: EngineOptions) {
        bisectLimit = options.optBisectLimit
        phaseLimits = options.phaseRewriteLimits
        ruleLimits = options.ruleRewriteLimits
    }

    /// Numbers the next rewrite and says whether the limits let it apply.
    func permit(phase: String, rule: String) -> (number: Int, allowed: Bool) {
        attempted += 1
        let p = (perPhase[phase] ?? 0) + 1
        perPhase[phase] = p
        let r = (perRule[rule] ?? 0) + 1
        perRule[rule] = r
        var allowed = true
        if let l = bisectLimit, attempted > l { allowed = false }
        if let l = phaseLimits[phase], p > l { allowed = false }
        if let l = ruleLimits[rule], r > l { allowed = false }
        return (attempted, allowed)
    }

    func record(_ r: Rewrite) { rewrites.append(r) }

    /// Injected faults that took a faulty decision in this run, in first-firing order.
    public private(set) var firedFaults: [FaultID] = []

    func recordFiring(_ id: FaultID) {
        if !firedFaults.contains(id) { firedFaults.append(id) }
    }

    /// Total numbered rewrites (the upper bound a bisection searches).
    public var total: Int { attempted }
    public var appliedCount: Int { rewrites.filter(\.applied).count }

    /// `--print-rewrites` text: one line per rewrite, then totals per phase.
    public func report() -> String {
        var out = ""
        for r in rewrites {
            out += "rewrite \(r.number)\(r.applied ? "" : " (skipped by limit)"): \(r.phase) \(r.rule) in \(r.function)"
            out += " at \(r.position): \(r.before.joined(separator: "; ")) => \(r.after.joined(separator: "; "))\n"
        }
        var phases: [String] = []
        for r in rewrites where !phases.contains(r.phase) { phases.append(r.phase) }
        out += "rewrites: \(total) numbered, \(appliedCount) applied"
        for p in phases { out += "; \(p): \(rewrites.filter { $0.phase == p }.count)" }
        return out + "\n"
    }
}

/// What a phase is handed: the graph, the rewrite log and the options. Phases change the
/// graph only inside `rewrite(...)` so that every change is numbered and can be bisected.
public struct PhaseContext {
    public let graph: Graph
    public let log: RewriteLog
    public let options: EngineOptions
    public let phase: String
    /// The builtins the inliner may reduce (empty when the compiler has no realm).
    public let builtins: BuiltinTable

    public init(graph: Graph, log: RewriteLog, options: EngineOptions, phase: String, builtins: BuiltinTable = .empty) {
        self.graph = graph
        self.log = log
        self.options = options
        self.phase = phase
        self.builtins = builtins
    }

    /// Applies `change` as rewrite `rule` at `node` if the limits allow, recording the nodes
    /// before and after. `change` returns the nodes that now stand for the result.
    @discardableResult
    public func rewrite(_ rule: String, at node: Node, _ change: () -> [Node]) -> Bool {
        let (number, allowed) = log.permit(phase: phase, rule: rule)
        let before = log.keepsNodeText ? [node.description] + node.inputs.map(\.description) : []
        guard allowed else {
            log.record(.init(number: number, phase: phase, rule: rule, function: graph.functionName, before: before,
                             after: [], position: node.position, applied: false))
            return false
        }
        let after = change()
        log.record(.init(number: number, phase: phase, rule: rule, function: graph.functionName, before: before,
                         after: log.keepsNodeText ? after.map(\.description) : [], position: node.position, applied: true))
        return true
    }

    /// Called by a rewrite whose correctness rests on the types of `nodes` and that may leave
    /// them unused (a comparison folded by the ranges of its operands). Under
    /// `--assert-types` they are kept to the back end, which checks their values against
    /// their types at run time: a wrong type then still shows as a type violation, naming
    /// the analysis at fault rather than the phase that trusted it.
    public func relyOnTypes(of nodes: [Node]) {
        guard options.assertTypes else { return }
        for n in nodes where TypeAssertion.applies(to: n) { n.keptForTypeAssertion = true }
    }
}

/// One optimization phase of the pipeline.
public protocol OptimizationPhase {
    /// The phase id used by flags, traces, reports and the fault catalog.
    var id: String { get }
    func run(_ context: PhaseContext)
}
