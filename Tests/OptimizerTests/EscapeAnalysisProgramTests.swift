import XCTest
@testable import JSEngine
@testable import Optimizer

/// Escape analysis end to end: programs whose optimized functions scalar-replace objects and
/// then deoptimize, after which the interpreter reads the materialized objects. Each prints
/// what it prints without the optimizing tier, and without escape analysis.
final class EscapeAnalysisProgramTests: XCTestCase {
    struct Run {
        let output: String
        let ending: RunResult.Ending
        let rewrites: [RewriteLog.Rewrite]
    }

    func run(_ source: String, _ flags: [String]) -> Run {
        var options = EngineOptions()
        try? FlagParser.apply(["--allow-natives-syntax"] + flags, to: &options, strict: true)
        let out = CapturedOutput()
        let box = ResultBox<OptimizingCompiler>()
        let ending = Engine.onLargeStack {
            Engine.run(sources: [(name: "p.js", text: source)], options: options, output: out) { realm in
                box.value = OptimizingCompiler.install(on: realm)
            }
        }
        return Run(output: out.text, ending: ending, rewrites: box.value?.log.rewrites ?? [])
    }

    /// Runs `source` optimized (with deopt tracing), checks the object was scalar-replaced and
    /// the function deoptimized, and compares the output with the interpreter's and with the
    /// optimized run without escape analysis. Returns the optimized output.
    @discardableResult
    func checkMatchesInterpreter(_ source: String, expected: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let reference = run(source, ["--no-opt"])
        XCTAssertEqual(reference.output, expected, "interpreter", file: file, line: line)
        let optimized = run(source, ["--verify-ir", "--trace-deopt"])
        XCTAssertEqual(optimized.ending, .normal, file: file, line: line)
        XCTAssertTrue(optimized.rewrites.contains { $0.rule == "scalar-replace-allocation" && $0.applied },
                      "no allocation was scalar-replaced", file: file, line: line)
        XCTAssertTrue(optimized.output.contains("[deoptimizing"), "no deoptimization:\n\(optimized.output)", file: file, line: line)
        let withoutTrace = optimized.output.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("[deoptimizing") }.joined(separator: "\n")
        XCTAssertEqual(withoutTrace, expected, file: file, line: line)
        XCTAssertEqual(run(source, ["--verify-ir", "--no-escape-analysis"]).output, expected, "--no-escape-analysis", file: file, line: line)
        return optimized.output
    }

    func testDeoptAfterTheLiteralSeesTheStoredFields() {
        checkMatchesInterpreter("""
        function f(a, b, stop) {
          var o = {x: a, y: b};
          var s = o.x + o.y;
          if (stop) %DeoptimizeNow();
          return s + o.x * o.y;
        }
        %PrepareFunctionForOptimization(f);
        f(1, 2, false); f(3, 4, false);
        %OptimizeFunctionOnNextCall(f);
        print(f(5, 6, false));
        print(f(7, 8, true));
        """, expected: "41\n71\n")
    }

    func testFailedTypeGuardMaterializesTheObjectForTheInterpreter() {
        let output = checkMatchesInterpreter("""
        function f(a, b) {
          var o = {x: a, y: b};
          var s = o.x + 1;
          print("fields", o.x, o.y, s);
          return s + o.y;
        }
        %PrepareFunctionForOptimization(f);
        f(1, 2); f(3, 4);
        %OptimizeFunctionOnNextCall(f);
        print(f(5, 6));
        print(f("five", 6));
        """, expected: "fields 1 2 2\nfields 3 4 4\nfields 5 6 6\n12\nfields five 6 five1\nfive16\n")
        XCTAssertTrue(output.contains("[deoptimizing f: not an int32"), output)
    }

    func testDeoptInsideALiteralMaterializesThePartObject() {
        // The deopt happens while `y`'s value is computed: the interpreter resumes with {x}
        // (shape after one property) and defines y and z itself.
        checkMatchesInterpreter("""
        function f(a, b) {
          var o = {x: a, y: b + 1, z: 3};
          return o.x + o.y + o.z;
        }
        %PrepareFunctionForOptimization(f);
        f(1, 2); f(3, 4);
        %OptimizeFunctionOnNextCall(f);
        print(f(5, 6));
        print(f(5, "s"));
        """, expected: "15\n5s13\n")
        // The same with the object itself visible afterwards (it escapes, the literal is still lowered).
        let reference = run("""
        function g(a, b) { var o = {x: a, y: b + 1, z: 3}; return o; }
        %PrepareFunctionForOptimization(g);
        g(1, 2); g(3, 4);
        %OptimizeFunctionOnNextCall(g);
        var r = g(5, "s");
        print(Object.keys(r).join(), r.x, r.y, r.z, %HaveSameMap(r, g(1, 2)));
        """, ["--verify-ir", "--trace-deopt"])
        XCTAssertEqual(reference.output, "[deoptimizing g: not an int32 at 1:38, resuming at bytecode 3]\nx,y,z 5 s1 3 true\n")
    }

    func testNestedObjectsAreMaterializedTogether() {
        checkMatchesInterpreter("""
        function f(a, stop) {
          var inner = {v: a};
          var outer = {inner: inner, k: a + 1};
          var s = outer.k + inner.v;
          if (stop) %DeoptimizeNow();
          return s + outer.inner.v + (outer.inner === inner ? 100 : 0);
        }
        %PrepareFunctionForOptimization(f);
        f(1, false); f(2, false);
        %OptimizeFunctionOnNextCall(f);
        print(f(3, false));
        print(f(4, true));
        """, expected: "110\n113\n")
    }

    func testObjectAllocatedInALoopDeoptimizesOnALaterIteration() {
        checkMatchesInterpreter("""
        function f(n, scale) {
          var s = 0;
          for (var i = 0; i < n; i++) {
            var p = {x: i, y: i * scale};
            s = s + p.x + p.y;
          }
          return s;
        }
        %PrepareFunctionForOptimization(f);
        f(3, 2); f(4, 2);
        %OptimizeFunctionOnNextCall(f);
        print(f(10, 2));
        print(f(10, 0.5));
        """, expected: "135\n67.5\n")
    }

    func testEveryEscapeAnalysisRewriteLimitKeepsTheOutput() {
        let source = """
        function f(a, b, stop) {
          var inner = {v: a};
          var o = {x: a, y: b, inner: inner};
          var s = o.x + o.y + inner.v;
          if (stop) %DeoptimizeNow();
          return s + o.inner.v;
        }
        %PrepareFunctionForOptimization(f);
        f(1, 2, false); f(3, 4, false);
        %OptimizeFunctionOnNextCall(f);
        print(f(5, 6, false), f(7, 8, true), f("a", 1, false));
        """
        let expected = run(source, ["--no-opt"]).output
        XCTAssertEqual(expected, "21 29 a1aa\n")
        let total = run(source, []).rewrites.filter { $0.phase == "escape-analysis" }.count
        XCTAssertGreaterThan(total, 8)
        for limit in 0...total {
            let r = run(source, ["--verify-ir", "--phase-rewrite-limit", "escape-analysis=\(limit)"])
            XCTAssertEqual(r.output, expected, "limit \(limit)")
            XCTAssertEqual(r.ending, .normal, "limit \(limit)")
        }
    }
}
