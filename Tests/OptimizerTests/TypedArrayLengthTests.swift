import XCTest
@testable import JSEngine
@testable import Optimizer

/// `a.length` of a typed array, a getter on %TypedArray%.prototype: with feedback of one
/// receiver shape and kind, the graph builder reads the length directly behind the receiver's
/// kind and shape checks, the prototypes' shape checks and a check of the accessor pair
/// holding the original getter (`TypedArrayLengthAccess`); a replaced getter, a shadowing
/// `length` or another receiver deoptimizes.
final class TypedArrayLengthTests: XCTestCase {
    private let summing = """
    function sum(a) { var s = 0; for (var i = 0; i < a.length; i++) s = (s + a[i]) | 0; return s; }
    var t = new Int32Array(100);
    for (var k = 0; k < t.length; k++) t[k] = k;
    for (var r = 0; r < 3; r++) sum(t);
    """

    func testLengthLoadBecomesGuardedTypedArrayLength() throws {
        let g = try OptimizerTestSupport.graph(of: "sum", in: summing)
        let ops = g.liveNodes.map { "\($0.opcode)" }
        XCTAssertFalse(ops.contains("JSGetNamed[length]"), "\(ops)")
        // The loop test's length: kind and shape checks of the receiver, the two prototypes'
        // shapes, the getter's accessor pair, then the length read (the element access has its own).
        let lengths = g.liveNodes.filter { "\($0.opcode)" == "TypedArrayLength" }
        XCTAssertEqual(lengths.count, 2)
        let guarded = lengths.filter { if case .checkShape = $0.inputs[0].opcode { return true }; return false }
        XCTAssertEqual(guarded.count, 1)
        XCTAssertEqual("\(guarded[0].inputs[0].inputs[0].opcode)", "CheckTypedArray[Int32Array]")
        XCTAssertEqual(OptimizerTestSupport.count("CheckCallTarget[object]", in: g), 1)
        XCTAssertEqual(ops.filter { $0.hasPrefix("CheckShape") }.count, 3)
    }

    func testLoopOverTheLengthLosesItsBoundsChecksAndLengthReads() throws {
        let (_, _, g, _) = try OptimizerTestSupport.optimized("sum", in: summing)
        let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
        let inLoop = loop.body.flatMap(\.nodes).filter { !$0.isDead }.map { "\($0.opcode)" }
        XCTAssertEqual(inLoop.filter { $0 == "CheckBounds" || $0 == "TypedArrayLength" || $0.hasPrefix("CheckShape")
                                          || $0.hasPrefix("CheckCallTarget") || $0.hasPrefix("JSGetNamed") }, [], "\(inLoop)")
        XCTAssertTrue(inLoop.contains("LoadTypedElement[Int32Array]"), "\(inLoop)")
    }

    func testReplacedGetterOrShadowingLengthDeoptimizes() throws {
        let source = """
        function len(a) { return a.length; }
        var t = new Int32Array(10);
        for (var k = 0; k < 3; k++) len(t);
        %OptimizeFunctionOnNextCall(len);
        print(len(t));
        Object.defineProperty(Int32Array.prototype, 'length', { value: 7, configurable: true });
        print(len(t));
        delete Int32Array.prototype.length;
        var base = Object.getPrototypeOf(Int32Array.prototype);
        Object.defineProperty(base, 'length', { get: function () { return 42; }, configurable: true });
        print(len(t), len(new Int8Array(2)), len([1, 2, 3]));
        """
        let (plain, _) = try OptimizerTestSupport.run(source, flags: ["--no-opt", "--allow-natives-syntax"])
        XCTAssertEqual(plain, "10\n7\n42 42 3\n")
        let (out, ending) = try OptimizerTestSupport.run(source, flags: ["--allow-natives-syntax", "--trace-deopt", "--verify-ir"])
        XCTAssertEqual(ending, .normal, out)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { !$0.hasPrefix("[") }, ["10", "7", "42 42 3"], out)
        XCTAssertTrue(lines.contains { $0.hasPrefix("[deoptimizing len: wrong shape") }, out)
    }

    func testGetterReplacedWhileTheLoopRunsDeoptimizesInTheLoop() throws {
        let source = """
        var swap = false;
        function count(a) {
          var s = 0;
          for (var i = 0; i < a.length; i++) {
            s += i;
            if (swap && i == 5) {
              Object.defineProperty(Object.getPrototypeOf(Int8Array.prototype), 'length',
                                    { get: function () { return 3; }, configurable: true });
            }
          }
          return s;
        }
        var b = new Int8Array(100);
        for (var k = 0; k < 3; k++) count(b);
        %OptimizeFunctionOnNextCall(count);
        print(count(b));
        swap = true;
        print(count(b), count(b));
        """
        let (plain, _) = try OptimizerTestSupport.run(source, flags: ["--no-opt", "--allow-natives-syntax"])
        XCTAssertEqual(plain, "4950\n15 3\n")
        let (out, ending) = try OptimizerTestSupport.run(source, flags: ["--allow-natives-syntax", "--trace-deopt", "--verify-ir"])
        XCTAssertEqual(ending, .normal, out)
        XCTAssertEqual(out, "4950\n[deoptimizing count: wrong call target at 4:23, resuming at bytecode 5]\n15 3\n")
    }

    func testRedefiningAnAccessorStoresANewPair() throws {
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        let base = try XCTUnwrap(realm.typedArrayPrototypes[.int8]?.proto)
        let before = try XCTUnwrap(base.getOwn(PropertyKey("length"))?.value.asObject as? AccessorPair)
        XCTAssertTrue(before.getter === realm.typedArrayLengthGetter)
        var p = Parser(source: "Object.defineProperty(Object.getPrototypeOf(Int8Array.prototype), 'length', { set: function (v) {} });")
        _ = try realm.interpreter.runScript(try BytecodeCompiler.compile(try p.parseProgram(), realm: realm))
        let after = try XCTUnwrap(base.getOwn(PropertyKey("length"))?.value.asObject as? AccessorPair)
        XCTAssertFalse(after === before)
        XCTAssertTrue(after.getter === before.getter)
        XCTAssertNotNil(after.setter)
    }
}
