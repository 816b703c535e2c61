import XCTest
@testable import JSEngine
@testable import Optimizer

/// Keyed accesses whose feedback saw one typed-array kind, in bounds: the graph builder
/// lowers them to a typed-array check, an int32 index, a bounds check against the typed
/// array's length and a typed element load or store; anything else deoptimizes.
final class TypedArrayElementTests: XCTestCase {
    func testTypedArrayAccessesAreLowered() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: """
        function f(a, b, i) { b[i] = a[i] * 2; }
        var x = new Float64Array(4), y = new Int32Array(4);
        for (var k = 0; k < 4; k++) { x[k] = k / 2; f(x, y, k); }
        """)
        let ops = g.liveNodes.map { "\($0.opcode)" }.filter { !$0.hasPrefix("Constant") && !$0.hasPrefix("Parameter") }
        XCTAssertEqual(ops.filter { $0.contains("TypedArray") || $0.contains("TypedElement") || $0 == "CheckBounds" }, [
            "CheckTypedArray[Float64Array]", "TypedArrayLength", "CheckBounds", "LoadTypedElement[Float64Array]",
            "CheckTypedArray[Int32Array]", "TypedArrayLength", "CheckBounds", "StoreTypedElement[Int32Array]",
        ])
        XCTAssertFalse(ops.contains("JSGetKeyed") || ops.contains("JSSetKeyed"), "\(ops)")
    }

    func testAnotherKindOrAnOutOfBoundsIndexDeoptimizes() throws {
        let source = """
        function get(a, i) { return a[i]; }
        var x = new Float64Array([1.5, 2.5]);
        for (var k = 0; k < 5; k++) get(x, k % 2);
        %OptimizeFunctionOnNextCall(get);
        print(get(x, 1), get(x, 2), get(new Int8Array([7]), 0), get([9], 0));
        """
        let (plain, _) = try OptimizerTestSupport.run(source, flags: ["--no-opt", "--allow-natives-syntax"])
        XCTAssertEqual(plain, "2.5 undefined 7 9\n")
        let (out, ending) = try OptimizerTestSupport.run(source, flags: ["--allow-natives-syntax", "--trace-deopt"])
        XCTAssertEqual(ending, .normal, out)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "2.5 undefined 7 9")
        XCTAssertTrue(lines.first?.contains("out of bounds") ?? false, out)
    }
}
