import Foundation
import JSEngine

/// Runs the optimization phases over a graph in their fixed order, honouring the phase
/// switches (`--no-<id>`, `--phases a,b,c`), `--stop-after PHASE`, `--verify-ir`,
/// `--trace-phases` and `--print-ir=PHASE|all`. The three back-end phases are required;
/// when switched off, their reference implementations run instead (the back end does so
/// itself: the pipeline only reports which variant was asked for).
public struct Pipeline {
    /// The phases in pipeline order (ids as in `FlagParser.phaseIDs`).
    public static let order = FlagParser.phaseIDs
    public static let backEnd: Set<String> = ["scheduling", "register-allocation", "instruction-selection"]

    public let options: EngineOptions
    public let phases: [String: OptimizationPhase]

    public init(options: EngineOptions, phases: [OptimizationPhase]) {
        self.options = options
        var table: [String: OptimizationPhase] = [:]
        for p in phases { table[p.id] = p }
        self.phases = table
    }

    /// Whether phase `id` is switched on by the options.
    public func isEnabled(_ id: String) -> Bool {
        if let explicit = options.explicitPhases { return explicit.contains(id) }
        return !options.disabledPhases.contains(id)
    }

    /// One line of `--trace-phases` output.
    public struct PhaseTrace {
        public let phase: String
        public let ran: Bool
        public let nodes: Int
        public let rewrites: Int
        public let seconds: Double
    }

    /// Runs the optimization phases (not the back end) on `graph`, stopping after
    /// `--stop-after`. Returns one trace entry per phase; throws when `--verify-ir` fails.
    @discardableResult
    public func runOptimizations(on graph: Graph, log: RewriteLog, output: OutputSink?,
                                 builtins: BuiltinTable = .empty) throws -> [PhaseTrace] {
        var traces: [PhaseTrace] = []
        try verify(graph, after: "graph-builder")
        dump(graph, phase: "graph-builder", index: 0, output: output)
        for id in Pipeline.order where !Pipeline.backEnd.contains(id) {
            let before = log.total
            let start = Date()
            var ran = false
            if isEnabled(id), let phase = phases[id] {
                graph.currentPhase = id
                phase.run(PhaseContext(graph: graph, log: log, options: options, phase: id, builtins: builtins))
                ran = true
                try verify(graph, after: id)
                if options.printIR == id || options.printIR == "all" {
                    output?.write(IRPrinter.print(graph, after: id))
                }
                dump(graph, phase: id, index: traces.count + 1, output: output)
            }
            traces.append(PhaseTrace(phase: id, ran: ran, nodes: graph.liveNodeCount, rewrites: log.total - before,
                                     seconds: Date().timeIntervalSince(start)))
            if options.stopAfter == id { break }
        }
        graph.currentPhase = "back-end"
        if options.tracePhases, let out = output {
            for t in traces {
                out.write("[phase \(graph.functionName.isEmpty ? "<anonymous>" : graph.functionName) \(t.phase): "
                          + (t.ran ? "\(t.nodes) nodes, \(t.rewrites) rewrites, \(String(format: "%.3f", t.seconds * 1000)) ms"
                             : (phases[t.phase] == nil ? "not implemented yet" : "switched off")) + "]")
            }
        }
        return traces
    }

    /// `--dump-ir=DIR` / `--dump-dot=DIR`: one file per function and phase (OSR graphs are
    /// named after the function and their loop header: `f_osr12-...`).
    private func dump(_ graph: Graph, phase: String, index: Int, output: OutputSink?) {
        let name = graph.functionName + (graph.osrEntry.map { "-osr\($0)" } ?? "")
        if let dir = options.dumpIRDirectory,
           let problem = IRDump.write(IRDump.json(graph, phase: phase), directory: dir, function: name,
                                      index: index, phase: phase, ext: "json") {
            output?.write("[dump-ir: \(problem)]")
        }
        if let dir = options.dumpDotDirectory,
           let problem = IRDump.write(IRDump.dot(graph, phase: phase), directory: dir, function: name,
                                      index: index, phase: phase, ext: "dot") {
            output?.write("[dump-dot: \(problem)]")
        }
    }

    private func verify(_ graph: Graph, after phase: String) throws {
        guard options.verifyIR else { return }
        let problems = IRVerifier.check(graph)
        if !problems.isEmpty {
            throw IRVerifier.Failure(phase: phase, function: graph.functionName, problems: problems)
        }
    }
}
