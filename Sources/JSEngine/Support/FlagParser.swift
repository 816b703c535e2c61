import Foundation

/// Parses engine flags (`--allow-natives-syntax`, `--timeout=5`, `--no-opt`, ...) from a
/// command line or from the `// Flags:` lines at the top of a PoC, into `EngineOptions`.
///
/// V8 flags this engine has no use for (`--turbofan`, `--no-always-turbofan`, ...) are
/// accepted from `// Flags:` lines and ignored, as PoCs carry them; on the command line an
/// unknown flag is an error.
public enum FlagParser {
    public struct FlagError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Flags given in a source file's leading comment lines (`// Flags: --a --b=1`).
    public static func flagsInSource(_ source: String) -> [String] {
        var flags: [String] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false).prefix(200) {
            guard let r = line.range(of: "// Flags:") else { continue }
            let rest = line[r.upperBound...]
            let parts = rest.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            flags += parts.map { String($0) }
        }
        return flags
    }

    /// The phase ids of the optimizing tier (fixed order), known here so flags can be validated.
    public static let phaseIDs = [
        "inlining", "typer", "typed-lowering", "constant-folding", "gvn", "load-elimination",
        "check-elimination", "bounds-check-elimination", "escape-analysis", "licm", "loop-peeling",
        "dead-code-elimination", "scheduling", "register-allocation", "instruction-selection",
    ]

    /// Flags that take a value (`--timeout 5` or `--timeout=5`).
    public static let valueFlags: Set<String> = [
        "timeout", "max-steps", "max-heap-mb", "stack-size", "max-call-depth", "random-seed", "harness",
        "jit-threshold", "osr-threshold", "phases", "opt-bisect-limit", "phase-rewrite-limit", "rule-rewrite-limit",
        "stop-after", "jit-filter", "turbo-filter", "print-ir", "dump-ir", "dump-dot", "inject",
    ]

    /// Splits a command line into engine flags and positional arguments (flags may come
    /// before or after the positionals, values either `--f=v` or `--f v`).
    public static func split(_ args: [String]) -> (flags: [String], positionals: [String]) {
        var flags: [String] = [], positionals: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            i += 1
            if a.hasPrefix("--") {
                flags.append(a)
                let name = String(a.dropFirst(2))
                if !name.contains("="), valueFlags.contains(name), i < args.count {
                    flags.append(args[i])
                    i += 1
                }
            } else {
                positionals.append(a)
            }
        }
        return (flags, positionals)
    }

    /// Applies `flags` to `options`. With `strict`, unknown flags throw; otherwise they are ignored.
    public static func apply(_ flags: [String], to options: inout EngineOptions, strict: Bool) throws {
        var i = 0
        while i < flags.count {
            let raw = flags[i]
            i += 1
            guard raw.hasPrefix("--") else {
                if strict { throw FlagError(description: "unexpected argument '\(raw)'") }
                continue
            }
            var name = String(raw.dropFirst(2))
            var value: String? = nil
            if let eq = name.firstIndex(of: "=") {
                value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            name = name.replacingOccurrences(of: "_", with: "-")
            func needValue() throws -> String {
                if let v = value { return v }
                if i < flags.count, !flags[i].hasPrefix("--") {
                    i += 1
                    return flags[i - 1]
                }
                throw FlagError(description: "flag --\(name) needs a value")
            }
            func intValue() throws -> Int {
                let v = try needValue()
                guard let n = Int(v), n >= 0 else { throw FlagError(description: "flag --\(name): '\(v)' is not a non-negative integer") }
                return n
            }
            func doubleValue() throws -> Double {
                let v = try needValue()
                guard let n = Double(v), n >= 0, n.isFinite else { throw FlagError(description: "flag --\(name): '\(v)' is not a non-negative number") }
                return n
            }
            func limitPair() throws -> (String, Int) {
                let v = try needValue()
                let parts = v.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let n = Int(parts[1]), n >= 0 else {
                    throw FlagError(description: "flag --\(name) expects NAME=N, got '\(v)'")
                }
                return (parts[0], n)
            }
            switch name {
            case "allow-natives-syntax": options.allowNativesSyntax = true
            case "no-allow-natives-syntax": options.allowNativesSyntax = false
            case "timeout": options.timeoutSeconds = try doubleValue()
            case "max-steps": options.maxSteps = UInt64(try intValue())
            case "max-heap-mb": options.maxHeapMB = max(1, try intValue())
            case "stack-size", "max-call-depth": options.maxCallDepth = max(10, min(try intValue(), 100_000))
            case "random-seed": options.randomSeed = UInt64(truncatingIfNeeded: Int64(try needValue()) ?? 0)
            case "harness": options.harness = try needValue()
            case "print-bytecode": options.printBytecode = true
            case "expose-gc", "expose_gc": options.exposeGC = true
            case "opt", "turbofan": options.optimize = true
            case "no-opt", "no-turbofan", "jitless": options.optimize = false
            case "jit-threshold": options.jitThreshold = max(1, try intValue())
            case "osr-threshold": options.osrThreshold = max(1, try intValue())
            case "eager", "always-opt", "always-turbofan": options.eagerOptimization = true
            case "no-eager", "no-always-opt", "no-always-turbofan": options.eagerOptimization = false
            case "phases":
                let value = try needValue()
                let list = value == "none" ? [] : value.split(separator: ",").map(String.init)
                for p in list where !phaseIDs.contains(p) {
                    throw FlagError(description: "unknown phase '\(p)' (phases: \(phaseIDs.joined(separator: ", ")))")
                }
                options.explicitPhases = list
            case "opt-bisect-limit": options.optBisectLimit = try intValue()
            case "phase-rewrite-limit":
                let (p, n) = try limitPair()
                guard phaseIDs.contains(p) else { throw FlagError(description: "unknown phase '\(p)'") }
                options.phaseRewriteLimits[p] = n
            case "rule-rewrite-limit":
                let (r, n) = try limitPair()
                options.ruleRewriteLimits[r] = n
            case "stop-after":
                let p = try needValue()
                guard phaseIDs.contains(p) else { throw FlagError(description: "unknown phase '\(p)'") }
                options.stopAfter = p
            case "jit-filter", "turbo-filter": options.jitFilter = try needValue()
            case "print-rewrites": options.printRewrites = true
            case "verify-ir": options.verifyIR = true
            case "assert-types": options.assertTypes = true
            case "trace-opt": options.traceOpt = true
            case "trace-deopt": options.traceDeopt = true
            case "trace-phases": options.tracePhases = true
            case "print-ir": options.printIR = try needValue()
            case "print-code", "print-opt-code": options.printCode = true
            case "dump-ir": options.dumpIRDirectory = try needValue()
            case "dump-dot": options.dumpDotDirectory = try needValue()
            case "inject":
                options.injectedFaults += try needValue().split(separator: ",").map(String.init)
            default:
                if name.hasPrefix("no-"), phaseIDs.contains(String(name.dropFirst(3))) {
                    let p = String(name.dropFirst(3))
                    if !options.disabledPhases.contains(p) { options.disabledPhases.append(p) }
                } else if strict {
                    throw FlagError(description: "unknown flag '--\(name)' (see --help)")
                }
            }
        }
    }
}
