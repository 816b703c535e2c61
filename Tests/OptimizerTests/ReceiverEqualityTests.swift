import XCTest
@testable import JSEngine
@testable import Optimizer

/// Strict equality on receiver compare feedback: the graph builder guards the left operand
/// with CheckReceiver (or CheckReceiverOrNullOrUndefined), typed lowering turns `===` into
/// ReferenceEqual, and a primitive arriving later deoptimizes.
final class ReceiverEqualityTests: XCTestCase {
    private func ops(_ g: Graph) -> [String] { g.liveNodes.map { "\($0.opcode)" } }

    func testCompareFeedbackRecordsReceiversAndNullish() {
        XCTAssertEqual(TypeFeedback.of(.object(JSObject(proto: nil))), .receiver)
        XCTAssertEqual(TypeFeedback.of(.null), .nullish)
        XCTAssertEqual(TypeFeedback.of(.undefined), .nullish)
        XCTAssertEqual(TypeFeedback.of(.bool(true)), .other)
        XCTAssertEqual(TypeFeedback.receiver.hint, "receiver")
        XCTAssertEqual(TypeFeedback([.receiver, .nullish]).hint, "receiver-or-nullish")
        XCTAssertEqual(TypeFeedback.nullish.hint, "any")
        XCTAssertEqual(TypeFeedback([.receiver, .int32]).hint, "any")
    }

    func testReceiverFeedbackLowersStrictEqualToReferenceEqual() throws {
        let source = "var a = {}, b = {}; function eq(x, y) { return x === y; } eq(a, a); eq(a, b); eq(b, a);"
        let built = try OptimizerTestSupport.graph(of: "eq", in: source)
        XCTAssertEqual(ops(built).filter { $0.hasPrefix("Check") || $0.hasPrefix("JS[") }, ["CheckReceiver", "JS[===]"])
        let (_, _, g, log) = try OptimizerTestSupport.optimized("eq", in: source, stopAfter: "typed-lowering")
        let o = ops(g)
        XCTAssertFalse(o.contains("JS[===]"), "\(o)")
        let eq = try XCTUnwrap(g.liveNodes.first { if case .referenceEqual = $0.opcode { return true }; return false })
        XCTAssertEqual("\(eq.inputs[0].opcode)", "CheckReceiver")
        XCTAssertEqual("\(eq.inputs[1].opcode)", "Parameter[2]")
        XCTAssertNotNil(eq.inputs[0].frameState)
        XCTAssertEqual(eq.type, .boolean)
        XCTAssertEqual(eq.inputs[0].type.kinds, [.object, .function])
        XCTAssertTrue(log.rewrites.contains { $0.rule == "lower-reference-equal" })
    }

    func testReceiverOrNullFeedbackChecksReceiverOrNullOrUndefined() throws {
        let source = "var a = {}; function ne(x, y) { return x !== y; } ne(a, null); ne(null, null); ne(a, a);"
        let (_, _, g, _) = try OptimizerTestSupport.optimized("ne", in: source, stopAfter: "typed-lowering")
        let o = ops(g)
        XCTAssertTrue(o.contains("CheckReceiverOrNullOrUndefined"), "\(o)")
        XCTAssertTrue(o.contains("ReferenceEqual"), "\(o)")
        XCTAssertTrue(o.contains("BooleanNot"), "\(o)")
        XCTAssertFalse(o.contains("JS[!==]"), "\(o)")
    }

    func testNumberOrStringOperandsAreNotComparedByIdentity() throws {
        let source = "function eq(x, y) { return x === y; } eq(1, 'a'); eq('a', 1); eq(true, 2);"
        let (_, _, g, _) = try OptimizerTestSupport.optimized("eq", in: source, stopAfter: "typed-lowering")
        XCTAssertFalse(ops(g).contains("ReferenceEqual"), "\(ops(g))")
        XCTAssertTrue(ops(g).contains("JS[===]"), "\(ops(g))")
    }

    func testPrimitiveOnTheLeftDeoptimizesAndAnswersCorrectly() throws {
        let source = """
        var a = {}, b = {};
        function eq(x, y) { return x === y; }
        eq(a, a); eq(a, b); eq(b, b); eq(b, a);
        %OptimizeFunctionOnNextCall(eq);
        print(eq(a, a), eq(b, a), eq(a, 1));
        print(%GetOptimizationStatus(eq) & 16);
        print(eq(null, b));
        print(%GetOptimizationStatus(eq) & 16);
        """
        let (output, ending) = try OptimizerTestSupport.run(source, flags: ["--allow-natives-syntax", "--trace-deopt"])
        XCTAssertEqual(ending, .normal, output)
        XCTAssertEqual(output.split(separator: "\n").map(String.init), [
            "true false false",
            "16",
            "[deoptimizing eq: not a receiver at 2:28, resuming at bytecode 0]",
            "false",
            "0",
        ])
    }
}
