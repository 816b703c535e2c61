import XCTest
import JSEngine
@testable import Fuzz

/// The differential oracle, swarm flags and fuzzer mutation.
final class OracleTests: XCTestCase {
    func testAgreesOnTheSeedCorpusWithoutFaults() {
        let oracle = DifferentialOracle()
        Engine.onLargeStack {
            for seed in FuzzTestSupport.programs(in: "seeds") {
                var none: CoverageSet?
                guard case .agree = oracle.check(seed.source, swarm: .standard, coverage: &none) else {
                    return XCTFail("\(seed.name) differs with the optimizer on")
                }
            }
        }
    }

    func testCatchesAnInjectedFaultInAPoC() throws {
        let poc = try XCTUnwrap(FuzzTestSupport.programs(in: "pocs").first { $0.name == "typer.and-mask-range.loop.js" })
        // The PoC names the fault in its Flags line; the oracle must not depend on that line.
        let source = poc.source.split(separator: "\n").filter { !$0.hasPrefix("// Flags:") }.joined(separator: "\n")
        let clean = DifferentialOracle()
        let faulty = DifferentialOracle(passThroughFlags: ["--inject=typer.and-mask-range"])
        Engine.onLargeStack {
            var none: CoverageSet?
            guard case .agree = clean.check(source, swarm: .standard, coverage: &none) else { return XCTFail("fails without the fault") }
            guard case .failure(let failure) = faulty.check(source, swarm: .standard, coverage: &none) else {
                return XCTFail("the oracle misses the injected fault")
            }
            XCTAssertEqual(failure.kind, .outputMismatch)
            XCTAssertTrue(failure.detail.hasPrefix("line 1:"), failure.detail)
            XCTAssertEqual(failure.flags, ["--jit-threshold=2", "--inject=typer.and-mask-range", "--max-steps=800000", "--max-heap-mb=256"])
        }
    }

    func testProbeLogRevealsAMiscompiledReturnValueThatIsNeverPrinted() {
        // f's results are summed and the sum is not printed; only the probe log shows the change.
        let source = ProbePrelude.lines.joined(separator: "\n") + """

        function f(x) { return __probe(x * 0); }
        let s = 0;
        for (let i = 0; i < 40; i++) s += f(-i);
        console.log("done");
        \(ProbePrelude.epilogue)
        """
        let oracle = DifferentialOracle(passThroughFlags: ["--inject=constant-folding.mul-zero"])
        Engine.onLargeStack {
            var none: CoverageSet?
            guard case .failure(let failure) = oracle.check(source, swarm: .standard, coverage: &none) else {
                return XCTFail("the probe log did not expose the fault")
            }
            XCTAssertEqual(failure.kind, .outputMismatch)
            XCTAssertTrue(failure.detail.hasPrefix("line 2: expected probes: -0,-0,-0"), failure.detail)
        }
    }

    func testAHugeAllocationIsARangeErrorInBothRuns() {
        // A mutant's 2 GiB typed array must not take the worker past its memory limit.
        let source = "try { new Int8Array(2147483647); console.log(\"allocated\"); } catch (e) { console.log(e.name); }"
        let oracle = DifferentialOracle()
        Engine.onLargeStack {
            XCTAssertEqual(oracle.reference(source).output, "RangeError\n")
            var none: CoverageSet?
            guard case .agree = oracle.check(source, swarm: .standard, coverage: &none) else { return XCTFail("the runs differ") }
        }
    }

    func testSwarmDrawsAreDeterministicAndVaried() {
        var a = SeededRandom(seed: 5), b = SeededRandom(seed: 5)
        let first = (0..<50).map { _ in SwarmConfiguration.draw(&a).flags }
        XCTAssertEqual(first, (0..<50).map { _ in SwarmConfiguration.draw(&b).flags })
        XCTAssertTrue(first.contains { $0.contains("--eager") })
        XCTAssertTrue(first.contains { $0.contains("--verify-ir") })
        XCTAssertTrue(first.contains { $0.contains { $0.hasPrefix("--no-") } })
        XCTAssertFalse(first.flatMap { $0 }.contains("--no-scheduling"))
    }

    func testMutatedGeneratedProgramsParseAndKeepTheirProbes() throws {
        var scheduler = InputScheduler(seed: 9)
        let generator = ProgramGenerator()
        for seed in 0..<20 as Range<UInt64> { scheduler.add(generator.generate(seed: seed)) }
        let prelude = ProbePrelude.lines.joined(separator: "\n")
        for i in 0..<500 {
            let text = scheduler.next()
            XCTAssertNoThrow(try ParsedSource(text: text), "variant \(i) does not parse:\n\(text)")
            let printed = try ParsedSource(text: prelude).render()
            XCTAssertTrue(text.contains(printed.trimmingCharacters(in: .newlines)), "variant \(i) changed the probe prelude:\n\(text)")
        }
    }
}
