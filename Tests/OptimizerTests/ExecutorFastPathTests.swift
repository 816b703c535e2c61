import XCTest
@testable import JSEngine
@testable import Optimizer

/// The executor's in-line answers for generic operations that cannot run user code:
/// equality without conversions, logical not, and closure-context loads. Each must give
/// what the generic operation gives, and each must be taken where the kernels need it.
final class ExecutorFastPathTests: XCTestCase {
    func testQuickEqualityAgreesWithTheRealmWheneverItAnswers() throws {
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        let a = JSObject(shape: realm.objectPrototype.childRootShape)
        let b = JSObject(shape: realm.objectPrototype.childRootShape)
        let values: [JSValue] = [.undefined, .null, .bool(true), .bool(false), .number(0), .number(-0.0), .number(.nan),
                                 .number(1), .string("1"), .string(""), .object(a), .object(b), .object(realm.global)]
        var answered = 0
        for x in values {
            for y in values {
                for op in [BinaryOperator.equal, .notEqual, .strictEqual, .strictNotEqual] {
                    guard let quick = Executor.quickEquality(op, x, y) else { continue }
                    answered += 1
                    let loose = try realm.looseEquals(x, y), strict = Realm.strictEquals(x, y)
                    let expected: Bool
                    switch op {
                    case .equal: expected = loose
                    case .notEqual: expected = !loose
                    case .strictEqual: expected = strict
                    default: expected = !strict
                    }
                    XCTAssertEqual(quick, expected, "\(x) \(op) \(y)")
                }
            }
        }
        // Objects against null, objects against objects and strict comparisons across types
        // are answered; loose comparisons that convert, and strings, are not.
        XCTAssertEqual(Executor.quickEquality(.notEqual, .object(a), .null), true)
        XCTAssertEqual(Executor.quickEquality(.equal, .object(a), .object(a)), true)
        XCTAssertEqual(Executor.quickEquality(.strictEqual, .number(1), .string("1")), false)
        XCTAssertNil(Executor.quickEquality(.equal, .number(1), .string("1")))
        XCTAssertNil(Executor.quickEquality(.equal, .object(a), .number(1)))
        XCTAssertNil(Executor.quickEquality(.strictEqual, .string("x"), .string("x")))
        XCTAssertNil(Executor.quickEquality(.less, .number(1), .number(2)))
        XCTAssertGreaterThan(answered, 250)
    }

    func testNotAndContextLoadsHaveTheirOwnStepsAndTheGenericAnswers() throws {
        let source = """
        function make() {
          var count = 0, seen = null;
          return function step(o) { count++; var fresh = o != seen; seen = o; return !fresh ? -count : count; };
        }
        var step = make();
        var p = {}, q = {}, out = [];
        for (var k = 0; k < 40; k++) out.push(step(k % 3 ? p : q));
        out.push(step(null), step(null), step(undefined), step(0), step("0"));
        print(out.join(","));
        """
        let interpreted = OptimizerTestSupport.run(source, ["--no-opt"])
        for flags in [["--jit-threshold=5"], ["--eager"]] {
            XCTAssertEqual(OptimizerTestSupport.run(source, flags).output, interpreted.output, "\(flags)")
        }
        let c = try OptimizerTestSupport.optimized("step", in: source, flags: ["--no-inlining"])
        let compiled = try Backend.compile(graph: c.graph, options: EngineOptions())
        let kinds = Set(compiled.executable.steps.map(\.kind))
        XCTAssertTrue(kinds.contains(.logicalNot), compiled.listing)
        XCTAssertTrue(kinds.contains(.loadContext), compiled.listing)
        XCTAssertTrue(kinds.contains(.numberBinary), compiled.listing)
    }

    func testStringArrayAndContextOperationsAgreeWithTheInterpreter() throws {
        let source = """
        function make() {
          var total = 0;
          return function work(s, a, o, p) {
            var out = "";
            for (var i = 0; i <= s.length; i++) { out = out + s.charCodeAt(i); total = (total + 1) | 0; }
            a.push(out.length);
            var same = o === p;
            var mixed = s + i;
            var order = s < out;
            return out + "|" + same + "|" + mixed + "|" + order + "|" + total + "|" + (null + i) + "|" + ("2" * i);
          };
        }
        var work = make();
        var arr = [], o1 = {}, o2 = {}, out = [];
        for (var k = 0; k < 30; k++) out.push(work(k % 2 ? "ab" : "xyz", arr, o1, k % 3 ? o1 : o2));
        var frozen = Object.freeze([1]);
        try { work("q", frozen, o1, o1); } catch (e) { out.push(e instanceof TypeError); }
        out.push(work("", arr, null, undefined), arr.length, arr[0], arr[29]);
        print(out.join(","));
        """
        let interpreted = OptimizerTestSupport.run(source, ["--no-opt"])
        XCTAssertTrue(interpreted.output.contains("true"), interpreted.output)
        for flags in [["--jit-threshold=5"], ["--eager"]] {
            XCTAssertEqual(OptimizerTestSupport.run(source, flags).output, interpreted.output, "\(flags)")
        }
        let c = try OptimizerTestSupport.optimized("work", in: source)   // inlining turns the builtins into operations
        let compiled = try Backend.compile(graph: c.graph, options: EngineOptions())
        let kinds = Set(compiled.executable.steps.map(\.kind))
        for kind in [ExecutableStep.Kind.stringCharCodeAt, .stringConcat, .arrayPush, .storeContext, .loadContext] {
            XCTAssertTrue(kinds.contains(kind), "\(kind): \(compiled.listing)")
        }
    }
}
