import XCTest
@testable import JSEngine
@testable import Optimizer

/// Soft deoptimizations in OSR code (`InsufficientFeedback`): a site the interpreter has
/// never run ends its block with an unconditional `Deoptimize`, so code after the hot loop
/// runs in the interpreter, collects feedback and is compiled again later instead of staying
/// generic in the OSR code for good.
final class SoftDeoptimizationTests: XCTestCase {
    private let twoLoops = """
    function f(n) {
      var a = [];
      for (var i = 0; i < n; i++) a.push(i);
      var s = 0;
      for (var j = 0; j < n; j++) s = (s + a[j]) | 0;
      return s;
    }
    """

    func testSitesWithoutFeedbackBecomeDeoptimizeInOsrCode() throws {
        // Stop the first call after its first loop: the second loop's sites have no feedback.
        let c = try OptimizerTestSupport.compiled("f", in: twoLoops + "f(0);")
        let code = try XCTUnwrap(c.function.codeBlock)
        let header = try XCTUnwrap(OptimizerTestSupport.loopHeader(code, loop: 0))
        var builder = GraphBuilder(code: code, name: "f", osrEntry: header)
        let g = try builder.build()
        XCTAssertEqual(IRVerifier.check(g), [])
        let deopts = g.liveNodes.filter { "\($0.opcode)" == "Deoptimize[insufficient type feedback]" }
        XCTAssertFalse(deopts.isEmpty)
        XCTAssertTrue(deopts.allSatisfy { $0.frameState != nil })
        let ops = g.liveNodes.map { "\($0.opcode)" }
        XCTAssertFalse(ops.contains("JSGetKeyed"), "\(ops)")
        // Function-entry code keeps generic operations there (the sites may just be cold).
        var entry = GraphBuilder(code: code, name: "f")
        let entryGraph = try entry.build()
        XCTAssertFalse(entryGraph.liveNodes.contains { if case .deoptimize = $0.opcode { return true }; return false })
    }

    func testSoftDeoptIsFollowedByReoptimizationWithFeedback() throws {
        let source = twoLoops + """
        var t = 0;
        for (var k = 0; k < 3; k++) t = (t + f(3000)) | 0;
        print(t);
        """
        let (plain, _) = try OptimizerTestSupport.run(source, flags: ["--no-opt"])
        XCTAssertEqual(plain, "13495500\n")
        let (out, ending) = try OptimizerTestSupport.run(source, flags: ["--trace-deopt", "--trace-opt", "--verify-ir",
                                                                       "--osr-threshold=500"])
        XCTAssertEqual(ending, .normal, out)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "13495500")
        let soft = lines.filter { $0.contains("insufficient type feedback") }
        XCTAssertFalse(soft.isEmpty, out)
        // After the soft deoptimization, f is compiled again and later calls run it to the end.
        let softIndex = try XCTUnwrap(lines.firstIndex { $0.contains("insufficient type feedback") })
        XCTAssertTrue(lines[(softIndex + 1)...].contains { $0.hasPrefix("[completed optimizing f") }, out)
        XCTAssertLessThanOrEqual(lines.filter { $0.hasPrefix("[deoptimizing") }.count, 3, out)
    }
}
