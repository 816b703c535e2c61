import ArgumentParser
import Foundation
import Fuzz

/// `jitloc generate [--seed N] [--count K] [--out DIR] [--template KIND]`: prints (or writes) the programs the
/// fuzzer's generator makes for a range of seeds, so a user can see what a campaign runs,
/// reproduce one input by its seed, or build a corpus of generated programs for `jitloc hunt`.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Print the JIT-stressing programs the fuzzer's generator makes for given seeds.",
        discussion: """
        The same seed always gives the same program. With --count K the seeds are SEED, SEED+1, \
        ..., SEED+K-1; with --out each program is written to DIR/gen-<seed>.js instead of being \
        printed. With --template KIND every program holds a function written from that speculation \
        template (\(SpeculationTemplates.Kind.allCases.map(\.rawValue).joined(separator: ", "))). \
        Exit codes: 0 done, 1 error (a file that cannot be written), 64 usage error.
        """
    )

    @Option(name: .long, help: "The first seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "How many programs (consecutive seeds).")
    var count = 1

    @Option(name: .long, help: "Write each program to DIR/gen-<seed>.js instead of printing it.")
    var out: String?

    @Option(name: .long, help: "Write one function of each program from this speculation template.")
    var template: SpeculationTemplates.Kind?

    func validate() throws {
        guard count >= 1 && count <= 1_000_000 else { throw ValidationError("--count must be between 1 and 1000000") }
        guard seed <= UInt64.max - UInt64(count) else { throw ValidationError("--seed plus --count overflows") }
    }

    func run() throws {
        let generator = ProgramGenerator()
        if let out {
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                throw GenerateCommand.failure("cannot create '\(out)': \(error.localizedDescription)")
            }
        }
        for offset in 0..<UInt64(count) {
            let programSeed = seed + offset
            let program = generator.generate(seed: programSeed, template: template)
            guard let out else {
                if count > 1 { print("// seed \(programSeed)") }
                print(program, terminator: "")
                continue
            }
            let path = (out as NSString).appendingPathComponent("gen-\(programSeed).js")
            do {
                try program.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw GenerateCommand.failure("cannot write '\(path)': \(error.localizedDescription)")
            }
        }
    }

    /// Reports `message` on standard error and returns the exit code for an error.
    private static func failure(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("jitloc generate: \(message)\n".utf8))
        return ExitCode(1)
    }
}

extension SpeculationTemplates.Kind: ExpressibleByArgument {}
