import ArgumentParser
import Foundation
import JSEngine
import Optimizer

/// `jitloc run FILE [engine flags]`: runs a JavaScript file (or `-` for stdin) like d8 does.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a JavaScript file (or - for stdin) in jitloc's engine.",
        discussion: """
        Engine flags (also read from the file's `// Flags:` lines):
          --allow-natives-syntax     enable %OptimizeFunctionOnNextCall(f) and friends
          --harness mjsunit          load the bundled mjsunit assertions first
          --print-bytecode           print the bytecode of every function before running
          --timeout=SECONDS          stop with exit code 3 after this much wall time
          --max-steps=N              stop after about N loop iterations and calls
          --max-heap-mb=N            stop when the heap grows by more than N MiB
          --stack-size=N             maximum JS call depth (default 9000)
          --random-seed=N            seed for Math.random
          --no-opt                   never leave the interpreter
          --inject ID[,ID...]        inject faults into the optimizer (see 'jitloc faults')
        Optimizer flags:
          --jit-threshold=N, --osr-threshold=N, --eager   when functions and loops are optimized
          --no-PHASE, --phases=a,b,c|none, --stop-after=PHASE, --jit-filter=NAME
          --opt-bisect-limit=N, --phase-rewrite-limit=PHASE=N, --rule-rewrite-limit=RULE=N
          --trace-opt, --trace-deopt, --trace-phases, --print-rewrites
          --print-ir=PHASE|all, --print-code, --dump-ir=DIR, --dump-dot=DIR
          --verify-ir, --assert-types
        Exit codes: 0 ok, 1 uncaught exception or syntax error, 3 resource limit, \
        4 memory-safety violation, 5 internal error, 64 usage error.
        """
    )

    @ArgumentParser.Argument(parsing: .allUnrecognized, help: "The file (or -) and engine flags, in any order (see below).")
    var arguments: [String] = []

    func run() throws {
        let (engineFlags, positionals) = FlagParser.split(arguments)
        guard positionals.count == 1, let file = positionals.first else {
            FileHandle.standardError.write(Data("jitloc: run expects exactly one file (or - for stdin); see 'jitloc run --help'\n".utf8))
            throw ExitCode(64)
        }
        let source: String
        do {
            source = try SourceLoader.load(file)
        } catch let e as SourceLoader.LoadError {
            FileHandle.standardError.write(Data("jitloc: \(e.description)\n".utf8))
            throw ExitCode(66)
        }
        var options = EngineOptions()
        do {
            try FlagParser.apply(FlagParser.flagsInSource(source), to: &options, strict: false)
            try FlagParser.apply(engineFlags, to: &options, strict: true)
        } catch let e as FlagParser.FlagError {
            FileHandle.standardError.write(Data("jitloc: \(e.description)\n".utf8))
            throw ExitCode(64)
        }
        let unknownFaults = FaultCatalog.unknown(options.injectedFaults)
        if !unknownFaults.isEmpty {
            FileHandle.standardError.write(Data("jitloc: unknown fault '\(unknownFaults[0])' (see 'jitloc faults')\n".utf8))
            throw ExitCode(64)
        }
        var sources: [(name: String, text: String)] = []
        if let h = options.harness {
            guard let text = Harness.source(named: h, nativesSyntax: options.allowNativesSyntax) else {
                FileHandle.standardError.write(Data("jitloc: unknown harness '\(h)' (available: \(Harness.names.joined(separator: ", ")))\n".utf8))
                throw ExitCode(64)
            }
            sources.append((name: "harness-\(h)", text: text))
        }
        sources.append((name: file, text: source))
        let out = StandardOutput()
        let opts = options
        let ending = Engine.onLargeStack { () -> RunResult.Ending in
            var compiler: OptimizingCompiler?
            let ending = Engine.run(sources: sources, options: opts, output: out) { realm in
                if opts.optimize { compiler = OptimizingCompiler.install(on: realm) }
            }
            if opts.printRewrites, let c = compiler { out.write(c.log.report()) }
            return ending
        }
        out.flush()
        let result = RunResult(ending: ending, output: "")
        if let message = ErrorReport.describe(ending, file: file) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
        if result.exitCode != 0 { throw ExitCode(result.exitCode) }
    }
}
