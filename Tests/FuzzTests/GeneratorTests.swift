import XCTest
import Foundation
import JSEngine
@testable import Fuzz

/// The program generator: valid, terminating, deterministic programs.
final class GeneratorTests: XCTestCase {
    func testTwoThousandSeedsParse() throws {
        let generator = ProgramGenerator()
        for seed in 0..<2000 as Range<UInt64> {
            let text = generator.generate(seed: seed)
            XCTAssertNoThrow(try ParsedSource(text: text), "seed \(seed) does not parse:\n\(text)")
        }
    }

    func testSameSeedSameProgramOtherSeedOtherProgram() {
        let generator = ProgramGenerator()
        XCTAssertEqual(generator.generate(seed: 77), generator.generate(seed: 77))
        XCTAssertNotEqual(generator.generate(seed: 77), generator.generate(seed: 78))
    }

    func testProgramsCarryTheJITIdioms() throws {
        // Across a few hundred seeds, every family of idioms the generator promises appears.
        let generator = ProgramGenerator()
        let programs = (0..<600 as Range<UInt64>).map { generator.generate(seed: $0) }
        func count(_ pattern: String) throws -> Int {
            let regex = try NSRegularExpression(pattern: pattern)
            return programs.filter { regex.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }.count
        }
        let families: [(String, String)] = [
            ("aliasing call (one global for two parameters)", #"f\d+\((?:[^;]*, )?(g\d+), \1[,)]"#),
            ("element on Array.prototype", #"Array\.prototype\[\d\] = "#),
            ("shape change taken only for large arguments", #"if \(p\d+ > \d+\) \{ delete p\d+\.x; p\d+\.x = "#),
            ("field reload across a call", #"const (t\d+) = (p\d+)\.[xy];\n\s*f\d+\([^\n]*\);\n\s*__probe\(\1 \+ \2\."#),
            ("element reload across a store", #"const (t\d+) = (\w+)\[[^\n]*\n[^\n]*\] = [^\n]*\n\s*__probe\(\1 \+ \2\["#),
            ("push restored by pop", #"\.push\([^\n]*\n[^\n]*\n\s*\w+\.pop\(\);"#),
            ("inclusive loop bound left by a break on a parameter", #"<= p\d+\.length; [^\n]*\n\s*if \(i\d+ > p\d+\) break;"#),
            ("loop start that may be negative", #"for \(let (i\d+) = p\d+ % \d; \1 < "#),
            ("-0 test", #"Object\.is\((Math\.\w+\(p|\(p)"#),
            ("arithmetic against an int32 limit", #"\(p\d+ [-+] (2147483647|-2147483648)\)"#),
            ("re-optimization between changed calls", #"%OptimizeFunctionOnNextCall\(f\d+\);\ntry"#),
            ("unused field load", #"\n\s*p\d+\.[xy];\n"#),
            ("counting getter", #"get x\(\) \{ calls\+\+;"#),
        ]
        for (family, pattern) in families {
            XCTAssertGreaterThan(try count(pattern), 2, "\(family): \(pattern)")
        }
    }

    func testGeneratedProgramsTerminateAndPrintTheirProbes() {
        let generator = ProgramGenerator()
        let oracle = DifferentialOracle()
        var endings: [String: Int] = [:]
        Engine.onLargeStack {
            for seed in 0..<200 as Range<UInt64> {
                let text = generator.generate(seed: seed)
                let outcome = oracle.reference(text)
                switch outcome.ending {
                case .normal:
                    endings["normal", default: 0] += 1
                    XCTAssertTrue(outcome.output.contains("probes:"), "seed \(seed) printed no probe log")
                case .exception: endings["exception", default: 0] += 1
                default: XCTFail("seed \(seed) ended with \(outcome.ending):\n\(text)")
                }
            }
        }
        // Typed generation keeps almost every program free of uncaught exceptions.
        XCTAssertGreaterThan(endings["normal", default: 0], 180, "\(endings)")
    }

    func testGeneratedProgramsStressTheOptimizer() {
        // Across a few programs, the optimizer must run several phases' rules and deoptimize.
        let generator = ProgramGenerator()
        let oracle = DifferentialOracle()
        var coverage = CoverageSet()
        Engine.onLargeStack {
            for seed in 0..<30 as Range<UInt64> {
                var run: CoverageSet? = CoverageSet()
                _ = oracle.check(generator.generate(seed: seed), swarm: .standard, coverage: &run)
                coverage.merge(run ?? CoverageSet())
            }
        }
        let families = Dictionary(uniqueKeysWithValues: coverage.summary.map { ($0.family, $0.count) })
        XCTAssertGreaterThan(families["rule"] ?? 0, 20, "\(coverage.features.sorted())")
        XCTAssertGreaterThan(families["deopt"] ?? 0, 2, "\(coverage.features.sorted())")
        XCTAssertGreaterThan(families["op"] ?? 0, 30, "\(coverage.features.sorted())")
        let phases = Set(coverage.features.filter { $0.hasPrefix("rule:") }.map { $0.dropFirst(5).split(separator: "/")[0] })
        XCTAssertTrue(phases.isSuperset(of: ["typed-lowering", "inlining", "constant-folding", "gvn"]), "\(phases.sorted())")
    }
}
