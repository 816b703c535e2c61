import Foundation
import JSEngine
import Optimizer

/// This repository's engine, run inside the localizer's process: no process start per
/// run, a fresh realm and optimizer per run (no state survives between runs), the engine
/// on its own large-stack thread. The rewrite trace comes straight from the optimizer's
/// rewrite log. A Swift trap inside the engine would end the whole process, which is
/// what `SubprocessTarget` isolates against; the engine's own failures (memory-safety
/// violations, limits, verifier failures) are outcomes, not traps.
public final class InProcessTarget: Target {
    public let name = "jitloc (in process)"
    public let capabilities = TargetCapabilities.all
    public var phases: [String] { FlagParser.phaseIDs }
    public let requiredPhases = ["scheduling", "register-allocation", "instruction-selection"]
    /// The reference schedule keeps program order and the reference allocator gives every value
    /// its own slot: both run the IR unchanged. Instruction selection's reference (generic
    /// operations only) does not rely on speculation guards, so it is not transparent.
    public let transparentReferencePhases = ["scheduling", "register-allocation"]

    public init() {}

    public func run(_ program: Program, _ configuration: RunConfiguration) throws -> Outcome {
        var options = EngineOptions()
        try? FlagParser.apply(FlagParser.flagsInSource(program.source), to: &options, strict: false)
        do {
            try FlagParser.apply(configuration.flags, to: &options, strict: true)
        } catch {
            throw TargetError(description: "\(name) rejected the configuration: \(error)")
        }
        let opts = options
        let out = CapturedOutput()
        let start = Date()
        let (ending, compiler) = Engine.onLargeStack { () -> (RunResult.Ending, OptimizingCompiler?) in
            var compiler: OptimizingCompiler?
            let ending = Engine.run(sources: [(name: program.name, text: program.source)], options: opts, output: out) { realm in
                if opts.optimize { compiler = OptimizingCompiler.install(on: realm) }
            }
            return (ending, compiler)
        }
        var outcome = InProcessTarget.outcome(of: ending, stdout: out.text, verifierFailed: compiler?.verifierFailure != nil)
        outcome.seconds = Date().timeIntervalSince(start)
        if configuration.recordRewrites {
            outcome.rewrites = (compiler?.log.rewrites ?? []).map {
                RewriteRecord(number: $0.number, phase: $0.phase, rule: $0.rule, function: $0.function, before: $0.before,
                              after: $0.after, line: Int($0.position.line), column: Int($0.position.column), applied: $0.applied)
            }
        }
        if configuration.recordIRHistory {
            outcome.irHistory = IRHistory(functions: (compiler?.graphs ?? []).map { InProcessTarget.history(of: $0.1) })
        }
        return outcome
    }

    /// A graph's node history from its recorded node events.
    static func history(of graph: Graph) -> FunctionHistory {
        var replaced: [Int: [String]] = [:], appended: [Int: [String]] = [:]
        var killed: [Int: String] = [:], usesRemoved: [Int: String] = [:]
        var phases: [String] = []
        for e in graph.events {
            if !phases.contains(e.phase) { phases.append(e.phase) }
            switch e.kind {
            case .inputReplaced: replaced[e.node, default: []].append(e.phase)
            case .inputAppended: appended[e.node, default: []].append(e.phase)
            case .killed: killed[e.node] = e.phase
            case .usesRemoved: usesRemoved[e.node] = e.phase
            case .created, .moved: break
            }
        }
        let nodes = graph.nodes.map { n in
            NodeHistory(id: n.id, opcode: "\(n.opcode)", inputs: n.inputs.map(\.id), bytecodeOffset: n.bytecodeOffset,
                        createdBy: n.createdBy, inputsReplacedBy: replaced[n.id] ?? [], inputsAppendedBy: appended[n.id] ?? [],
                        killedBy: killed[n.id], usesRemovedBy: usesRemoved[n.id])
        }
        return FunctionHistory(name: graph.functionName, phasesRun: phases.filter { $0 != "graph-builder" }, nodes: nodes)
    }

    /// The outcome an engine ending stands for.
    static func outcome(of ending: RunResult.Ending, stdout: String, verifierFailed: Bool) -> Outcome {
        switch ending {
        case .normal: return Outcome(stdout: stdout, kind: .normal)
        case .exception(let name, let message): return Outcome(stdout: stdout, kind: .exception, exceptionName: name, message: message)
        case .syntaxError(let message, let line, let column):
            return Outcome(stdout: stdout, kind: .syntaxError, message: "\(message) at \(line):\(column)")
        case .resourceLimit(let message): return Outcome(stdout: stdout, kind: .timeout, message: message)
        case .memorySafetyViolation(let message): return Outcome(stdout: stdout, kind: .memorySafetyViolation, message: message)
        case .internalError(let message):
            if verifierFailed { return Outcome(stdout: stdout, kind: .verifierFailure, message: message) }
            return Outcome(stdout: stdout, kind: .internalError, message: message)
        case .typeAssertion(let report):
            return Outcome(stdout: stdout, kind: .typeAssertion, message: "type assertion failed: \(report)")
        }
    }
}

/// A target that cannot run at all (a missing binary, a configuration it rejects).
public struct TargetError: Error, CustomStringConvertible {
    public let description: String
    public init(description: String) { self.description = description }
}
