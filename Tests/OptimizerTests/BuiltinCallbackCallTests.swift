import XCTest
@testable import JSEngine
@testable import Optimizer

/// Calls from builtins into JS (`Interpreter.call`, its fixed-arity callback variants and
/// `OptimizedCode.call`): the same results, errors, tier-up and deoptimization behaviour
/// whether the callback runs in the interpreter or in optimized code.
final class BuiltinCallbackCallTests: XCTestCase {
    /// Runs `source` with the optimizer under `flags` and checks it ends normally.
    private func output(_ source: String, _ flags: [String]) throws -> [String] {
        let (out, ending) = try OptimizerTestSupport.run(source, flags: flags)
        XCTAssertEqual(ending, .normal, out)
        return out.split(separator: "\n").map(String.init)
    }

    func testCallbackDeoptimizingMidMapFinishesThatCallInTheInterpreter() throws {
        let source = """
        function inc(x) { return x + 1; }
        var a = [];
        for (var i = 0; i < 100; i++) a.push(i);
        var warm = a.map(inc);
        a[50] = 's';
        var r = a.map(inc);
        print(warm[99], r[49], r[50], r[51], r.length);
        """
        XCTAssertEqual(try output(source, ["--no-opt"]), ["100 50 s1 52 100"])
        let lines = try output(source, ["--jit-threshold=10", "--trace-opt", "--trace-deopt", "--verify-ir"])
        XCTAssertEqual(lines.last, "100 50 s1 52 100")
        let optimized = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("[completed optimizing inc") }, "\(lines)")
        XCTAssertTrue(lines[optimized...].contains { $0.hasPrefix("[deoptimizing inc") }, "\(lines)")
    }

    func testReduceAndSortCallbacksKeepTheirArgumentsAcrossDeoptimization() throws {
        let source = """
        function add(acc, x, k, arr) { return acc + x * k + arr.length; }
        function byKey(a, b) { return a.k - b.k; }
        var xs = [];
        for (var i = 0; i < 200; i++) xs.push(i % 7);
        var first = xs.reduce(add, 0);
        xs[150] = 0.5;
        var second = xs.reduce(add, 0);
        var recs = [];
        for (var j = 0; j < 300; j++) recs.push({ k: (j * 37) % 101 });
        recs.sort(byKey);
        recs[10] = { extra: 1, k: -1 };
        recs.sort(byKey);
        print(first, second, recs[0].k, recs[1].k, recs[299].k);
        """
        let expected = try output(source, ["--no-opt"])
        XCTAssertEqual(expected.count, 1)
        let lines = try output(source, ["--jit-threshold=5", "--trace-deopt", "--verify-ir"])
        XCTAssertEqual(lines.last, expected[0])
        XCTAssertTrue(lines.contains { $0.hasPrefix("[deoptimizing add") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("[deoptimizing byKey") }, "\(lines)")
    }

    func testCallbacksCalledOnlyByBuiltinsGetOptimized() throws {
        let source = """
        var total = 0;
        function visit(v) { total += v; }
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].forEach(visit);
        print(total, %GetOptimizationStatus(visit) & 16 ? 'optimized' : 'interpreted');
        """
        let lines = try output(source, ["--jit-threshold=5", "--allow-natives-syntax"])
        XCTAssertEqual(lines, ["78 optimized"])
        let cold = try output(source, ["--jit-threshold=50", "--allow-natives-syntax"])
        XCTAssertEqual(cold, ["78 interpreted"])
    }

    func testDeepRecursionThroughBuiltinCallbacksIsARangeError() throws {
        let source = """
        function viaMap(n) { return [n].map(function (x) { return x > 0 ? viaMap(x - 1) + 1 : 0; })[0]; }
        function viaSort(n) {
          var out = 0;
          [n, n].sort(function (a, b) { out = a > 0 ? viaSort(a - 1) + 1 : 0; return 0; });
          return out;
        }
        print(viaMap(50), viaSort(50));
        try { viaMap(1e6); print('no error'); } catch (e) { print(e instanceof RangeError, e.message); }
        try { viaSort(1e6); print('no error'); } catch (e) { print(e instanceof RangeError, e.message); }
        """
        let expected = ["50 50", "true Maximum call stack size exceeded", "true Maximum call stack size exceeded"]
        XCTAssertEqual(try output(source, ["--no-opt"]), expected)
        XCTAssertEqual(try output(source, ["--jit-threshold=2", "--verify-ir"]), expected)
        XCTAssertEqual(try output(source, ["--eager", "--verify-ir"]), expected)
    }

    func testExceptionsFromCallbacksLeaveNoCallLevelBehind() throws {
        // 20000 throwing callback calls: a native call level left counted by any of them
        // would make the last map a RangeError (the limit is 10000).
        let source = """
        function check(x) { if (x === 7) throw new Error('seven'); return x * 2; }
        var caught = 0;
        for (var i = 0; i < 20000; i++) {
          try { [1, 7].map(check); } catch (e) { if (e.message === 'seven') caught++; }
        }
        print(caught, [1, 2, 3].map(check).join());
        """
        let expected = ["20000 2,4,6"]
        XCTAssertEqual(try output(source, ["--no-opt"]), expected)
        XCTAssertEqual(try output(source, ["--jit-threshold=2", "--verify-ir"]), expected)
    }

    func testCallbacksThatAreNotPlainFunctions() throws {
        let source = """
        function scale(f, x) { return f * x; }
        class Box { constructor(v) { this.v = v; } }
        var xs = [1, 2, 3];
        print(xs.map(Number).join(), xs.map(scale.bind(null, 10)).join(), xs.map(x => x * 2).join());
        try { xs.map(Box); } catch (e) { print(e instanceof TypeError, e.message); }
        try { xs.forEach({}); } catch (e) { print(e instanceof TypeError); }
        """
        let expected = ["1,2,3 10,20,30 2,4,6", "true Class constructor Box cannot be invoked without 'new'", "true"]
        XCTAssertEqual(try output(source, ["--no-opt"]), expected)
        XCTAssertEqual(try output(source, ["--eager", "--verify-ir"]), expected)
    }
}
