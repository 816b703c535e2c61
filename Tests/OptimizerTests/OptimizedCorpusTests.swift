import Foundation
import XCTest
@testable import JSEngine
@testable import Optimizer

/// With the optimizing tier installed, every corpus program prints what node prints, in the
/// default tier-up mode, at a low threshold, in eager mode, with on-stack replacement at
/// every loop and with `--assert-types` (the evidence that optimization never changes
/// behaviour when no fault is injected, and that no type the phases claim is wrong).
final class OptimizedCorpusTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpora")

    func programs() throws -> [(String, String, String)] {
        var out: [(String, String, String)] = []
        for dir in ["conformance", "jit"] {
            let d = OptimizedCorpusTests.root.appendingPathComponent(dir)
            for f in try FileManager.default.contentsOfDirectory(atPath: d.path).filter({ $0.hasSuffix(".js") }).sorted() {
                let js = try String(contentsOf: d.appendingPathComponent(f), encoding: .utf8)
                let expected = try String(contentsOf: d.appendingPathComponent(String(f.dropLast(3)) + ".expected"), encoding: .utf8)
                out.append((dir + "/" + f, js, expected))
            }
        }
        return out
    }

    func run(_ source: String, _ flags: [String]) -> (String, RunResult.Ending, OptimizingCompiler?) {
        OptimizerTestSupport.run(source, flags)
    }

    func check(_ flags: [String]) throws {
        var failures: [String] = []
        var optimized = 0
        for (name, js, expected) in try programs() {
            let (out, ending, compiler) = run(js, flags)
            optimized += compiler?.graphs.count ?? 0
            if out != expected || ending != .normal { failures.append("\(name) (\(ending))") }
        }
        XCTAssertGreaterThan(optimized, 50, "the tier should compile many functions")
        XCTAssertTrue(failures.isEmpty, "differs under \(flags): " + failures.joined(separator: ", "))
    }

    func testLowThreshold() throws { try check(["--jit-threshold=2", "--verify-ir"]) }
    func testEagerMode() throws { try check(["--eager"]) }
    /// Loops enter OSR code after two back edges (functions stay interpreted on entry).
    func testOnStackReplacement() throws { try check(["--osr-threshold=2", "--jit-threshold=100000", "--verify-ir"]) }
    /// Every typed value of every compiled function and loop is checked against its type.
    func testAssertTypes() throws { try check(["--jit-threshold=2", "--osr-threshold=10", "--assert-types"]) }

    func testElementsKindCheckRejectsPlainObjects() {
        let source = """
        function get0(a) { return a[0]; }
        for (let i = 0; i < 5; i++) get0([1, 2]);
        print(get0({0: 'plain'}), get0(new Int32Array(2)), get0([7]));
        """
        let (out, ending, _) = run(source, ["--eager"])
        XCTAssertEqual(ending, .normal)
        XCTAssertEqual(out, "plain 0 7\n")
    }
}
