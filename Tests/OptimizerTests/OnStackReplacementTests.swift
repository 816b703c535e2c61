import XCTest
@testable import JSEngine
@testable import Optimizer

/// On-stack replacement: hot loops (of functions, constructors and top-level code) switch
/// from the interpreter to code compiled for entry at their header, print exactly what
/// the interpreter prints, deoptimize back into the same frame, and stop being compiled
/// after repeated deoptimizations.
final class OnStackReplacementTests: XCTestCase {
    func run(_ source: String, _ flags: [String]) -> (output: String, ending: RunResult.Ending, compiler: OptimizingCompiler?) {
        OptimizerTestSupport.run(source, flags)
    }

    func lines(_ text: String, containing s: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains(s) }
    }

    /// The OSR graphs the run built (name, graph), in order.
    func osrGraphs(_ c: OptimizingCompiler?) -> [(String, Graph)] {
        (c?.graphs ?? []).filter { $0.1.osrEntry != nil }
    }

    func testTopLevelLoopIsCompiledAndEnteredAtItsHeader() throws {
        let source = """
        let sum = 0;
        for (let i = 0; i < 1000; i++) { sum = (sum + i * 3) % 1009; }
        print(sum);
        """
        let plain = run(source, ["--no-opt"])
        XCTAssertEqual(plain.output, "135\n")
        let (out, ending, compiler) = run(source, ["--osr-threshold=100", "--trace-opt", "--trace-deopt"])
        XCTAssertEqual(ending, .normal)
        let graphs = osrGraphs(compiler)
        XCTAssertEqual(graphs.map(\.0), ["script"])
        let graph = try XCTUnwrap(graphs.first?.1)
        let header = try XCTUnwrap(OptimizerTestSupport.loopHeader(graph.code))
        XCTAssertEqual(graph.osrEntry, header)
        let traced = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(traced.count, 3, out)
        XCTAssertTrue(traced[0].hasPrefix("[optimizing script (osr at bytecode \(header)): "), out)
        XCTAssertEqual(traced[1], "[completed optimizing script (osr at bytecode \(header))]")
        // The OSR code ran the rest of the script: no deoptimization, the interpreter's result.
        XCTAssertEqual(traced[2], "135")
        // Entered from the frame's registers, not from parameters.
        XCTAssertFalse(graph.liveNodes.contains { if case .parameter = $0.opcode { return true }; return false })
        XCTAssertTrue(graph.liveNodes.contains { if case .osrValue = $0.opcode { return true }; return false })
    }

    func testOsrGraphTakesTheLiveRegistersAndSkipsCodeBeforeTheLoop() throws {
        let c = try OptimizerTestSupport.compiled("f", in: """
        function f(a, n) { let unused = a * 2; let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
        f(1, 3);
        """)
        let code = try XCTUnwrap(c.function.codeBlock)
        let header = try XCTUnwrap(OptimizerTestSupport.loopHeader(code))
        var builder = GraphBuilder(code: code, name: "f", osrEntry: header)
        let g = try builder.build()
        XCTAssertEqual(IRVerifier.check(g), [])
        // Registers: r0 this, r1 a, r2 n, r3 unused, r4 s, r5 a temporary, r6 i. At the loop
        // header only this and the parameters (always: the frame owns them), s and i are live.
        let taken = g.entry.nodes.compactMap { n -> Int? in if case .osrValue(let r) = n.opcode { return r }; return nil }
        XCTAssertEqual(taken, [0, 1, 2, 4, 6])
        XCTAssertTrue(g.entry.successors.first?.isLoopHeader ?? false)
        // `unused = a * 2` is before the loop and not reachable from it: not compiled.
        XCTAssertFalse(g.liveNodes.contains { if case .jsBinary(.mul) = $0.opcode { return true }; return false })
        // Entries other than loop headers are refused: the function's first block (in no
        // loop), and an index inside a block.
        for pc in [0, header + 2] {
            var bad = GraphBuilder(code: code, name: "f", osrEntry: pc)
            XCTAssertThrowsError(try bad.build())
        }
    }

    func testDeoptimizationMidLoopContinuesInTheSameFrame() throws {
        let source = """
        function mixed(n) {
          let acc = 0;
          for (let i = 0; i < n; i++) {
            acc = acc + (i < 300 ? i : 0.5);
          }
          return acc;
        }
        print(mixed(400));
        """
        let (out, ending, compiler) = run(source, ["--osr-threshold=100", "--trace-deopt"])
        XCTAssertEqual(ending, .normal)
        let code = try XCTUnwrap(osrGraphs(compiler).first?.1.code)
        let header = try XCTUnwrap(OptimizerTestSupport.loopHeader(code))
        // The first OSR code speculated on int32 and deoptimized when 0.5 arrived; the loop
        // went on in the interpreter from the registers the OSR code handed back, and was
        // compiled again (with number feedback) --osr-threshold back edges later.
        let deopts = lines(out, containing: "[deoptimizing")
        XCTAssertEqual(deopts.count, 1, out)
        XCTAssertTrue(deopts.first?.hasPrefix("[deoptimizing mixed (osr at bytecode \(header)): not an int32 at 4:") ?? false, out)
        XCTAssertEqual(osrGraphs(compiler).count, 2)
        XCTAssertEqual(out.split(separator: "\n").last, "44900")
    }

    func testOptimizeOsrCompilesTheRunningLoopAtItsNextBackEdge() throws {
        let source = """
        // Flags: --allow-natives-syntax
        function f(n) {
          let s = 0;
          for (let i = 0; i < n; i++) {
            if (i == 3) %OptimizeOsr();
            s += i;
          }
          return s;
        }
        function g(n) { let s = 0; for (let i = 0; i < n; i++) { %OptimizeOsr(); s += i; } return s; }
        %PrepareFunctionForOptimization(f);
        print(f(10), g(10));
        """
        let (out, ending, compiler) = run(source, ["--trace-opt", "--trace-deopt"])
        XCTAssertEqual(ending, .normal)
        // Far below --osr-threshold: only the natives request compiles, once per function;
        // `%OptimizeOsr()` inside OSR code is a no-op, not a deoptimization.
        XCTAssertEqual(osrGraphs(compiler).map(\.0), ["f", "g"])
        XCTAssertEqual(lines(out, containing: "[completed optimizing").count, 2, out)
        XCTAssertTrue(lines(out, containing: "[deoptimizing").isEmpty, out)
        XCTAssertEqual(out.split(separator: "\n").last, "45 45")
        XCTAssertEqual(run(source, ["--no-opt"]).output, "45 45\n")
    }

    func testNestedLoopsEnterAtTheInnerLoop() throws {
        let source = """
        function nested(n) {
          let t = 0;
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < i; j++) { t += j; }
            if (i % 7 == 3) t -= i;
          }
          return t;
        }
        print(nested(60), nested(5));
        """
        let plain = run(source, ["--no-opt"])
        let (out, ending, compiler) = run(source, ["--osr-threshold=100", "--verify-ir"])
        XCTAssertEqual(ending, .normal)
        XCTAssertEqual(out, plain.output)
        let graph = try XCTUnwrap(osrGraphs(compiler).first?.1)
        // The inner loop got hot first: the graph is entered at its header (the second loop
        // header in bytecode order). The rest of the outer loop's iteration follows it (peeled),
        // then the whole outer loop with a second copy of the inner one.
        XCTAssertEqual(graph.osrEntry, OptimizerTestSupport.loopHeader(graph.code, loop: 0))
        assertReducible(graph)
        let loops = LoopAnalysis(graph).loops
        XCTAssertEqual(loops.count, 3)
        XCTAssertEqual(loops.filter { outer in loops.contains { $0.header !== outer.header && outer.contains($0.header) } }.count, 1)
    }

    /// Entered at a loop inside two others, with a `break` out of the middle one: the rest
    /// of the current iterations is peeled, then each enclosing loop is compiled whole from
    /// its header, so every loop is entered at its header only. (Without peeling, the outer
    /// loop's cycle would be entered both at the middle loop's header and after the break.)
    /// Temporaries the break path writes hold values at the outer header from the peeled
    /// iteration but not from the middle loop's copy: they are dead there and get no phi
    /// (whose input would not dominate the other predecessor).
    func testEnclosingLoopsArePeeledIntoReducibleLoops() throws {
        let source = """
        function g(n) {
          let s = 0;
          for (let k = 0; k < n; k++) {
            for (let m = 0; m < 3; m++) {
              let i = 0;
              while (i < 40) { i++; s = (s + i) | 0; }
              if ((s & 7) == 3) { s = (s - (2 - -m)) | 0; break; }
            }
            s = (s ^ k) | 0;
          }
          return s;
        }
        print(g(30));
        """
        XCTAssertEqual(run(source, ["--no-opt"]).output, "71380\n")
        let (out, ending, compiler) = run(source, ["--osr-threshold=100", "--verify-ir", "--assert-types"])
        XCTAssertEqual(ending, .normal, out)
        XCTAssertEqual(out, "71380\n")
        // The first OSR graphs end at sites that have not run yet, such as the break path
        // (soft deoptimizations); the last one has feedback for the whole nest.
        let graphs = osrGraphs(compiler).map(\.1)
        let graph = try XCTUnwrap(graphs.last)
        XCTAssertEqual(graph.osrEntry, OptimizerTestSupport.loopHeader(graph.code, loop: 0))
        graphs.forEach { assertReducible($0) }
        // The peeled innermost loop, then the middle loop (with a copy of the innermost), then
        // the outer loop (with copies of both).
        XCTAssertEqual(graph.blocks.filter(\.isLoopHeader).count, 6)
    }

    /// Every edge that closes a cycle (found by a depth-first walk from the entry) goes back
    /// to a block that dominates its source: each loop is entered at its header only.
    func assertReducible(_ g: Graph, file: StaticString = #filePath, line: UInt = #line) {
        let dom = DominatorTree(g)
        var onStack: Set<Int> = [], done: Set<Int> = []
        var stack: [(Block, Int)] = [(g.entry, 0)]
        onStack.insert(g.entry.id)
        while let (b, i) = stack.last {
            guard i < b.successors.count else {
                stack.removeLast()
                onStack.remove(b.id)
                done.insert(b.id)
                continue
            }
            stack[stack.count - 1].1 = i + 1
            let s = b.successors[i]
            if onStack.contains(s.id) {
                XCTAssertTrue(dom.dominates(s, b), "B\(b.id) -> B\(s.id) enters a loop not at its header", file: file, line: line)
            } else if !done.contains(s.id) {
                onStack.insert(s.id)
                stack.append((s, 0))
            }
        }
    }

    func testLoopsInConstructorsFinishTheConstructFrame() throws {
        let source = """
        function Acc(n) { this.v = 0; for (let i = 0; i < n; i++) this.v += i; }
        function Boxed(n) { let o = {k: 1}; for (let i = 0; i < n; i++) o.k += i; return o; }
        function Primitive(n) { this.p = 1; let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
        class Base { constructor(n) { this.s = 0; for (let i = 0; i < n; i++) this.s += 2; } }
        class Derived extends Base {
          constructor(n) { super(n); let q = 0; for (let i = 0; i < n; i++) q += i; this.q = q; }
        }
        const d = new Derived(400);
        print(new Acc(500).v, new Boxed(500).k, JSON.stringify(new Primitive(500)), d.s, d.q, d instanceof Derived);
        """
        let plain = run(source, ["--no-opt"])
        XCTAssertEqual(plain.output, "124750 124751 {\"p\":1} 800 79800 true\n")
        let (out, ending, compiler) = run(source, ["--osr-threshold=100"])
        XCTAssertEqual(ending, .normal)
        XCTAssertEqual(out, plain.output)
        XCTAssertEqual(Set(osrGraphs(compiler).map(\.0)), ["Acc", "Boxed", "Primitive", "Base", "Derived"])
    }

    func testLoopShapesMatchTheInterpreter() throws {
        let source = """
        function doWhile(n) { let i = 0, s = 0; do { s += i; i++; if (i == 250) continue; } while (i < n); return s; }
        function labels(n) {
          let c = 0;
          outer: for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) { if (j > i) continue outer; if (i * j > 2000) break outer; c++; }
          }
          return c;
        }
        function thrower(n) { let o = {x: 1}; for (let i = 0; i < n; i++) { if (i == 400) o = null; o.x; } return 1; }
        function find(a, x) { for (let i = 0; i < a.length; i++) { if (a[i] === x) return i; } return -1; }
        function untilBreak() { let k = 0; while (true) { k++; if (k > 700) break; } return k; }
        const a = [];
        for (let i = 0; i < 1000; i++) a.push(i * 2);
        let caught = '';
        try { thrower(500); } catch (e) { caught = e.constructor.name; }
        print(doWhile(500), labels(100), caught, find(a, 1600), find(a, 7), untilBreak());
        """
        let plain = run(source, ["--no-opt"])
        XCTAssertEqual(plain.output, "124750 1080 TypeError 800 -1 701\n")
        let (out, ending, compiler) = run(source, ["--osr-threshold=50", "--verify-ir"])
        XCTAssertEqual(ending, .normal)
        XCTAssertEqual(out, plain.output)
        XCTAssertEqual(Set(osrGraphs(compiler).map(\.0)), ["doWhile", "labels", "thrower", "find", "untilBreak"])
    }

    func testRepeatedDeoptimizationsStopReOsr() throws {
        let source = """
        // Flags: --allow-natives-syntax
        function churn(n) {
          let c = 0;
          for (let i = 0; i < n; i++) { if (i % 40 == 39) %DeoptimizeNow(); c++; }
          return c;
        }
        print(churn(2000));
        """
        let (out, ending, _) = run(source, ["--osr-threshold=10", "--trace-opt", "--trace-deopt"])
        XCTAssertEqual(ending, .normal)
        // Natives calls always deoptimize optimized code: the loop is compiled again after
        // each deoptimization until OsrState.maxDeopts, then stays interpreted.
        XCTAssertEqual(lines(out, containing: "[completed optimizing churn (osr").count, OsrState.maxDeopts, out)
        XCTAssertEqual(lines(out, containing: "[deoptimizing churn (osr").count, OsrState.maxDeopts, out)
        XCTAssertEqual(out.split(separator: "\n").last, "2000")
    }
}
