import XCTest
@testable import JSEngine
@testable import Optimizer

/// The `inlining` phase: JS callees spliced into the caller's graph, builtin calls reduced to
/// IR operations, and deoptimization inside inlined bodies rebuilding every frame.
final class InliningTests: XCTestCase {
    /// The graph of `name` after the inlining phase, and the rewrite log.
    private func inlined(_ name: String, _ source: String) throws -> (Graph, RewriteLog) {
        let p = try OptimizerTestSupport.compiled(name, in: source)
        let log = RewriteLog(options: EngineOptions())
        p.graph.currentPhase = "inlining"
        InliningPhase().run(PhaseContext(graph: p.graph, log: log, options: EngineOptions(), phase: "inlining",
                                         builtins: BuiltinTable(realm: p.realm)))
        XCTAssertEqual(IRVerifier.check(p.graph), [], "the inlined graph verifies")
        return (p.graph, log)
    }

    private func opcodes(_ g: Graph) -> [String] { g.liveNodes.map { "\($0.opcode)" } }

    /// Output of a program run without and with the optimizer (it must not differ).
    private func assertSameOutput(_ source: String, _ flags: [String] = ["--jit-threshold=20"],
                                  file: StaticString = #filePath, line: UInt = #line) -> String {
        let (reference, endReference, _) = OptimizerTestSupport.run(source, ["--no-opt"])
        let (optimized, endOptimized, _) = OptimizerTestSupport.run(source, flags + ["--verify-ir", "--trace-deopt"])
        let printed = optimized.split(separator: "\n").filter { !$0.hasPrefix("[deoptimizing") }.joined(separator: "\n")
        XCTAssertEqual(printed + "\n", reference, file: file, line: line)
        XCTAssertEqual(endReference, endOptimized, file: file, line: line)
        return optimized
    }

    func testSmallCalleeIsSplicedInAndItsGuardStays() throws {
        let (g, log) = try inlined("f", """
        function add(a, b) { return a + b; }
        function f(x) { return add(x, 1) * 2; }
        for (let i = 0; i < 10; i++) f(i);
        """)
        let ops = opcodes(g)
        XCTAssertFalse(ops.contains { $0.hasPrefix("JSCall") }, "\(ops)")
        XCTAssertTrue(ops.contains("CheckCallTarget[add]"), "the call-target guard keeps the inlining valid")
        XCTAssertEqual(ops.filter { $0 == "SpeculativeNumberAdd[int32]" }.count, 1, "the callee's addition is in the caller")
        XCTAssertEqual(log.rewrites.map(\.rule), ["inline-js-call"])
        // Frame states inside the body have the caller's after-call state as parent.
        let add = try XCTUnwrap(g.liveNodes.first { "\($0.opcode)" == "SpeculativeNumberAdd[int32]" })
        XCTAssertEqual(add.frameState?.function?.debugName, "add")
        XCTAssertEqual(add.frameState?.parent?.code.name, "f")
        XCTAssertNotEqual(add.frameState?.parent?.resultRegister, -1)
    }

    func testRecursiveAndLargeCalleesAreNotInlined() throws {
        let big = (0..<100).map { "s += \($0);" }.joined(separator: " ")
        let (g, log) = try inlined("f", """
        function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
        function big(x) { var s = x; \(big) return s; }
        function f(x) { return fib(x) + big(x); }
        for (let i = 0; i < 10; i++) f(5);
        """)
        // fib is inlined once into f; its own recursive calls are not.
        XCTAssertEqual(log.rewrites.filter { $0.rule == "inline-js-call" }.count, 1)
        XCTAssertEqual(opcodes(g).filter { $0.hasPrefix("JSCall") }.count, 3, "fib twice inside the inlined fib, big once")
    }

    func testMissingArgumentsAreUndefined() {
        _ = assertSameOutput("""
        function g(a, b, c) { return [a, b, c === undefined]; }
        function f(x) { return g(x); }
        for (let i = 0; i < 50; i++) f(i);
        console.log(f(7));
        """)
    }

    func testDeoptimizationInsideAnInlinedBodyRebuildsBothFrames() {
        let out = assertSameOutput("""
        function inner(x) { return x + 1; }
        function outer(x) { var first = inner(x); return first * 2 + x * 3; }
        for (let i = 0; i < 100; i++) outer(i);
        console.log(outer(1.5), outer("s"));
        """)
        XCTAssertTrue(out.contains("(1 inlined frame)"), out)
    }

    func testDeoptimizationTwoInlinedFramesDeep() {
        let out = assertSameOutput("""
        function leaf(x) { return x - 1; }
        function mid(x) { return leaf(x) * 2; }
        function top(x) { return mid(x) + 5; }
        for (let i = 0; i < 100; i++) top(i);
        console.log(top(0.5), top(10));
        """)
        XCTAssertTrue(out.contains("(2 inlined frames)"), out)
    }

    func testReassignedCalleeIsNotRunAfterItsGuardFails() {
        _ = assertSameOutput("""
        var op = function (a) { return a + 1; };
        function f(x) { return op(x); }
        for (let i = 0; i < 100; i++) f(i);
        op = function (a) { return a * 10; };
        console.log(f(3));
        """)
    }

    func testMathAndObjectIsBecomeOperations() throws {
        let (g, log) = try inlined("f", """
        function f(x) { return Math.abs(x) + Math.max(x, 2) + (Object.is(x, -0) ? 1 : 0); }
        for (let i = 0; i < 10; i++) f(i);
        """)
        let ops = opcodes(g)
        XCTAssertTrue(ops.contains("Math[abs]") && ops.contains("Math[max]") && ops.contains("SameValue"), "\(ops)")
        XCTAssertEqual(log.rewrites.map(\.rule), ["reduce-math-call", "reduce-math-call", "reduce-object-is"])
    }

    func testBuiltinsBehaveAsTheRealOnes() {
        _ = assertSameOutput("""
        function f(a, s, x) {
          a.push(x);
          var r = a.pop() + a.length + s.charCodeAt(x % 5) + s.indexOf("b") + s.lastIndexOf("a");
          return [r, a.includes(x), a.indexOf(x), Math.min(x, -0), Object.is(x, NaN)];
        }
        for (let i = 0; i < 100; i++) f([1, 2, 3], "abcab", i);
        console.log(f([1, 2], "abcab", 7), f([1.5], "", 9), f(["x"], "a", 2), f([], "b", NaN));
        Array.prototype[1] = 7;
        console.log(f([0, , 2], "x", 7));
        """)
    }

    /// The inlined search reads holes as undefined behind a guard that no prototype of the
    /// array has indexed properties; when one gets some, the guard deoptimizes and the
    /// builtin consults the chain. (An array given another prototype already fails the
    /// receiver's shape check of the lowered method load, so the function is warmed up again
    /// before Object.prototype gets an element.)
    func testArraySearchIsGuardedByNoPrototypeElements() throws {
        let (g, _) = try inlined("f", """
        function f(a) { return a.includes(2) || a.indexOf(3) > 0; }
        for (let i = 0; i < 10; i++) f([1, , 3]);
        """)
        let searches = g.liveNodes.filter { if case .arraySearch = $0.opcode { return true }; return false }
        XCTAssertEqual(searches.count, 2)
        for s in searches {
            XCTAssertEqual("\(s.inputs[0].opcode)", "CheckNoPrototypeElements")
            XCTAssertTrue(s.effect === s.inputs[0], "the guard runs just before the search")
        }
        let out = assertSameOutput("""
        function has(a, v) { return a.includes(v) + ":" + a.indexOf(v); }
        var holey = [1, , 3], tail = [7, 8];
        tail.length = 4;
        for (let i = 0; i < 100; i++) has(holey, 5) + has(tail, undefined);
        console.log(has(holey, undefined), has(tail, undefined), has(tail, 8));
        var proto = [0, 6];
        var child = [4, , 5];
        Object.setPrototypeOf(child, proto);
        console.log(has(child, 6));
        for (let i = 0; i < 100; i++) has(holey, 5) + has(tail, undefined);
        Object.prototype[1] = 9;
        console.log(has(holey, 9), has(holey, undefined));
        """)
        let deopts = out.split(separator: "\n").filter { $0.hasPrefix("[deoptimizing") }
        XCTAssertEqual(deopts.count, 2, out)
        XCTAssertTrue(deopts.first?.contains("wrong shape") == true, "the child's prototype is in its shape: \(out)")
        XCTAssertTrue(deopts.last?.contains("elements on the prototype chain") == true, out)
    }

    /// A reduced Math function stands for the function the call-target guard pinned: after
    /// `Math.abs` is reassigned the guard deoptimizes and the new function runs.
    func testReassignedBuiltinIsNotRunAfterItsGuardFails() {
        let out = assertSameOutput("""
        function f(x) { return Math.abs(x) + Math.max(x, 1); }
        for (let i = 0; i < 100; i++) f(-i);
        Math.abs = function (v) { return 1000 + v; };
        console.log(f(-3));
        """)
        XCTAssertTrue(out.contains("wrong call target"), out)
    }

    func testHolesSeeElementsOnThePrototypeChain() {
        _ = assertSameOutput("""
        function has(a, v) { return a.includes(v) + ":" + a.indexOf(v); }
        var holey = [1, , 3];
        for (let i = 0; i < 100; i++) has(holey, 5);
        Array.prototype[1] = 5;
        console.log(has(holey, 5), has([5], 5));
        """)
    }
}
