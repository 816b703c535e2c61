import XCTest
@testable import JSEngine
@testable import Optimizer

/// The back end's fewer, fused instructions: guards that share their value's location
/// (and copy nothing), int32 arithmetic fused with its overflow guard, jump threading into
/// branches, and loop values that share their phi's register (no back-edge move). Each is
/// checked in the selected code and against the interpreter's answers.
final class BackEndCoalescingTests: XCTestCase {
    /// Global function `name` of `source`, optimized and compiled with back-end phases `off`.
    func compile(_ name: String, _ source: String, off: [String] = []) throws -> (CompiledFunction, Realm) {
        let c = try OptimizerTestSupport.optimized(name, in: source, flags: ["--no-inlining"])
        var o = EngineOptions()
        o.disabledPhases = off
        return (try Backend.compile(graph: c.graph, options: o), c.realm)
    }

    /// The destinations of the guards the code copies values to (nil: the guard only checks).
    func guardDestinations(_ c: CompiledFunction) -> [Location?] {
        c.instructions.compactMap { i -> Location?? in
            switch i {
            case .check(_, let d, _, _), .checkShape(_, let d, _, _), .checkBounds(let d, _, _, _): return .some(d)
            default: return nil
            }
        }
    }

    func testGuardsShareTheirValuesLocationAndCopyNothing() throws {
        let source = "function f(o, i, a) { return o.x + o.y + a[i]; } for (var k = 0; k < 50; k++) f({x: 1, y: 2}, 1, [4, 5, 6]);"
        let (c, _) = try compile("f", source)
        let destinations = guardDestinations(c)
        XCTAssertGreaterThanOrEqual(destinations.count, 3, c.listing)   // shape, int32 index, bounds
        XCTAssertTrue(destinations.allSatisfy { $0 == nil }, c.listing)
        // The elements-kind guard has its own instruction too (no generic evaluation).
        XCTAssertTrue(c.instructions.contains { if case .checkElementsKind(_, nil, _, _) = $0 { return true }; return false },
                      c.listing)
        // The reference allocator (one slot per value) keeps the copies: the guards are still right.
        let (reference, _) = try compile("f", source, off: ["register-allocation"])
        XCTAssertTrue(guardDestinations(reference).contains { $0 != nil }, reference.listing)
        let calls = " print(f({x: 1, y: 2}, 2, [4, 5, 6]), f({x: 1.5, y: 2}, 0, [4]), f({x: 1, y: 2}, 0, [0.5]), f({y: 1, x: 2}, 0, {0: 1}));"
        let out = OptimizerTestSupport.run(source + calls, ["--jit-threshold=5"])
        XCTAssertEqual(out.output, "9 7.5 3.5 4\n")
    }

    func testOverflowGuardFusedWithTheAdditionDeoptimizesAndTheSumIsExact() throws {
        let source = "function f(a, b) { return a + b; } for (var k = 0; k < 50; k++) f(k, 1);"
        let (c, realm) = try compile("f", source)
        XCTAssertTrue(c.instructions.contains { if case .checkedInt32Arith(.add, _, _, _, _) = $0 { return true }; return false },
                      c.listing)
        XCTAssertFalse(c.instructions.contains { if case .check(.int32NoOverflow, _, _, _) = $0 { return true }; return false },
                       c.listing)
        guard case .returned(.number(let small)) = try c.run(realm: realm, this: .undefined, arguments: [.number(2), .number(3)])
        else { return XCTFail(c.listing) }
        XCTAssertEqual(small, 5)
        let result = try c.run(realm: realm, this: .undefined, arguments: [.number(2147483647), .number(1)])
        guard case .deoptimize(let reason, _, _, _) = result else { return XCTFail("expected a deoptimization: \(c.listing)") }
        XCTAssertEqual(reason, "int32 overflow")
        let out = OptimizerTestSupport.run(source + " print(f(2147483647, 1), f(-2147483648, -1), f(3, 4));", ["--jit-threshold=5"])
        XCTAssertEqual(out.output, "2147483648 -2147483649 7\n")
    }

    func testNoFusionUnderAssertTypesWhereTheSumIsCheckedBeforeItsGuard() throws {
        let c = try OptimizerTestSupport.optimized("f", in: "function f(a, b) { return a + b; } for (var k = 0; k < 50; k++) f(k, 1);",
                                                   flags: ["--no-inlining"])
        var o = EngineOptions()
        o.assertTypes = true
        let compiled = try Backend.compile(graph: c.graph, options: o)
        XCTAssertFalse(compiled.instructions.contains { if case .checkedInt32Arith = $0 { return true }; return false },
                       compiled.listing)
    }

    /// The index of the loop's threaded back edge (a branch whose taken target is behind it)
    /// and that target.
    func backEdge(_ c: CompiledFunction) -> (at: Int, target: Int)? {
        for (k, i) in c.instructions.enumerated().reversed() {
            if case .compareAndBranch(_, _, _, let t, _) = i, t <= k { return (k, t) }
        }
        return nil
    }

    func testJumpsToABranchBecomeThatBranch() throws {
        let (c, _) = try compile("f", "function f(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + i) | 0; return s; } f(10); f(20);")
        for (k, i) in c.instructions.enumerated() {
            guard case .jump(let t) = i, t >= 0, t < c.instructions.count else { continue }
            switch c.instructions[t] {
            case .branch, .compareAndBranch, .jump: XCTFail("jump at \(k) to a jump or branch at \(t):\n\(c.listing)")
            default: break
            }
        }
        XCTAssertNotNil(backEdge(c), c.listing)
    }

    func testLoopValuesTakeTheirPhisRegisterAndTheBackEdgeHasNoMove() throws {
        let source = """
        function f(n) { var s = 0.5; for (var i = 0; i < n; i = (i + 1) | 0) { s = s * 0.75 + i; } return s; }
        for (var k = 0; k < 20; k++) f(30);
        """
        let (c, _) = try compile("f", source)
        let edge = try XCTUnwrap(backEdge(c), c.listing)
        let body = c.instructions[edge.target...edge.at]
        XCTAssertFalse(body.contains { if case .move = $0 { return true }; return false }, c.listing)
        // Without the allocator (one slot per value) the moves are there.
        let (reference, _) = try compile("f", source, off: ["register-allocation"])
        let referenceEdge = try XCTUnwrap(backEdge(reference), reference.listing)
        XCTAssertTrue(reference.instructions[referenceEdge.target...referenceEdge.at].contains {
            if case .move = $0 { return true }; return false
        }, reference.listing)
    }

    func testACountedLoopsCounterIsIncrementedInPlace() throws {
        // The fused overflow guard deoptimizes before it writes, so the counter's phi, which
        // its frame state reads, is dead once the sum is written: one register, no move.
        let source = """
        function f(a, n) { var s = 0; for (var i = 0; i < n; i++) s = (s + a[i]) | 0; return s; }
        var a = [1, 2, 3, 4, 5, 6, 7, 8]; for (var k = 0; k < 20; k++) f(a, 8);
        """
        let (c, _) = try compile("f", source)
        let edge = try XCTUnwrap(backEdge(c), c.listing)
        let body = c.instructions[edge.target...edge.at]
        XCTAssertFalse(body.contains { if case .move = $0 { return true }; return false }, c.listing)
        XCTAssertTrue(body.contains { i in
            if case .checkedInt32Arith(.add, let d, .location(let x), _, _) = i { return d == x }
            return false
        }, c.listing)
        let out = OptimizerTestSupport.run(source + " print(f(a, 8), f([2147483647, 1], 2));", ["--jit-threshold=5"])
        XCTAssertEqual(out.output, "36 -2147483648\n")
    }

    func testLoopsWhosePhisStayLiveKeepTheirValues() {
        // A phi read after the value that replaces it is computed (the swap, the exit after
        // the increment, a deoptimization that resumes before the increment) must keep its
        // own register.
        let source = """
        function swap(n) { var a = 1, b = 2; for (var i = 0; i < n; i++) { var t = a; a = b; b = (t + a) % 1000; } return a * 1000 + b; }
        function exitAfter(n) { var i = 0; for (;;) { var j = i + 1; if (j > n) break; i = j; } return i; }
        function overflow(n) { var x = 2147483600; for (var i = 0; i < n; i++) x = x + 1; return x; }
        var r = [];
        for (var k = 0; k < 40; k++) r.push(swap(k), exitAfter(k), overflow(k % 10));
        r.push(overflow(100));
        print(r.join(","));
        """
        let interpreted = OptimizerTestSupport.run(source, ["--no-opt"])
        for flags in [["--jit-threshold=3"], ["--eager"], ["--eager", "--osr-threshold=2"]] {
            let out = OptimizerTestSupport.run(source, flags)
            XCTAssertEqual(out.output, interpreted.output, "\(flags)")
        }
        XCTAssertTrue(interpreted.output.hasSuffix("2147483700\n"), interpreted.output)
    }
}
