import XCTest
@testable import JSEngine
@testable import Optimizer

/// The executable form the executor runs (`ExecutableCode`: pre-decoded steps over one
/// frame with preloaded constants), its fast paths for generic operations, the direct call
/// path between optimized functions, and the step accounting of optimized code.
final class ExecutableFormTests: XCTestCase {
    /// Global function `name` of `source`, optimized without inlining (so that calls stay
    /// calls) and compiled with back-end phases `off`.
    func compile(_ name: String, _ source: String, off: [String] = []) throws -> (CompiledFunction, Realm, JSFunction) {
        let c = try OptimizerTestSupport.optimized(name, in: source, flags: ["--no-inlining"])
        var o = EngineOptions()
        o.disabledPhases = off
        return (try Backend.compile(graph: c.graph, options: o), c.realm, c.function)
    }

    func kinds(_ c: CompiledFunction) -> [ExecutableStep.Kind] {
        Array(c.executable.steps.map(\.kind))
    }

    // MARK: - Encoding

    func testImmediatesArePreloadedFrameSlotsAndTheCodeEndsInTheSentinel() throws {
        let (c, _, _) = try compile("f", "function f(a) { return (a | 0) + 7; } f(1); f(2);")
        let code = c.executable
        XCTAssertEqual(kinds(c).last, .endOfCode)
        XCTAssertEqual(code.steps.count, c.instructions.count + 1)
        XCTAssertTrue(code.constants.contains { if case .number(7) = $0 { return true }; return false }, c.listing)
        XCTAssertEqual(code.frameSize, code.constantBase + code.constants.count)
        XCTAssertEqual(code.constantBase, c.registerCount + 1 + c.slotCount + 2)
        // Every operand of the int32 add (fused with its overflow check) is a frame index below
        // the frame's end; its immediate operand is a constant slot.
        let add = try XCTUnwrap(code.steps.first { $0.kind == .int32Add || $0.kind == .checkedInt32Add }, c.listing)
        XCTAssertTrue([add.a, add.b].contains { Int($0) >= code.constantBase && Int($0) < code.frameSize })
        XCTAssertLessThan(Int(add.d), c.registerCount + 1 + c.slotCount)
    }

    func testLocationsOutsideTheAllocationReadUndefinedAndWritesAreDiscarded() throws {
        let (c, _, _) = try compile("f", "function f(a) { return a; } f(1); f(2);")
        let code = ExecutableCode(instructions: [.move(.register(99), .location(.slot(7))), .ret(.location(.register(99)))],
                                  registerCount: c.registerCount, slotCount: 0, code: c.code, inlinedCode: [:])
        XCTAssertEqual(code.steps[0].d, code.discardIndex)
        XCTAssertEqual(code.steps[0].a, code.undefinedIndex)
        XCTAssertEqual(code.steps[1].a, code.undefinedIndex)
        XCTAssertEqual(code.index(of: .slot(3)), Int(code.undefinedIndex))
    }

    func testJumpsOutsideTheCodeGoToTheSentinel() throws {
        let (c, _, _) = try compile("f", "function f(a) { return a; } f(1); f(2);")
        let code = ExecutableCode(instructions: [.jump(40), .jump(-2)], registerCount: 1, slotCount: 0, code: c.code, inlinedCode: [:])
        XCTAssertEqual(code.steps[0].c, 2)
        XCTAssertEqual(code.steps[1].c, 2)
        XCTAssertEqual(code.steps[2].kind, .endOfCode)
    }

    func testGenericOperationsWithAFastPathGetTheirOwnSteps() throws {
        let source = """
        var o = { k: 3 };
        function h(x) { return x; }
        function f(a, b) { return h(o.k) + (a < b ? 1 : 2) + a[0]; }
        f([1], 2); f([1], 2);
        """
        let (c, _, _) = try compile("f", source)
        let k = kinds(c)
        XCTAssertTrue(k.contains(.call), c.listing)
        XCTAssertTrue(k.contains(.loadGlobal), c.listing)
        XCTAssertTrue(k.contains(.checkCallTarget), c.listing)
        // The reference instruction selection keeps every operation generic; the fast paths
        // still apply to the generic calls and global loads.
        let (r, _, _) = try compile("f", source, off: ["instruction-selection"])
        XCTAssertFalse(kinds(r).contains(.int32Add), r.listing)
        XCTAssertTrue(kinds(r).contains(.call), r.listing)
    }

    func testMonomorphicFieldAccessesAndShapeChecksKeepTheirShapesAddress() throws {
        let source = "function f(o) { return o.x + o.y; } for (var i = 0; i < 3; i++) f({ x: i, y: 2 });"
        let (c, realm, _) = try compile("f", source)
        let code = c.executable
        XCTAssertTrue(kinds(c).contains(.checkShape) && kinds(c).contains(.loadField), c.listing)
        for (k, info) in code.fieldAccesses.enumerated() {
            XCTAssertEqual(code.fieldShapeAddresses[k] != nil, info.shapes.count == 1)
        }
        for (k, shapes) in code.shapeSets.enumerated() {
            XCTAssertEqual(code.checkShapeAddresses[k], shapes.count == 1 ? UnsafeRawPointer(Unmanaged.passUnretained(shapes[0]).toOpaque()) : nil)
        }
        // The same shape reads the fields; another shape fails the check.
        let same = realm.newObject()
        _ = realm.createDataProperty(same, PropertyKey(JSString("x")), .number(40))
        _ = realm.createDataProperty(same, PropertyKey(JSString("y")), .number(2))
        guard case .returned(let v) = try c.run(realm: realm, this: .undefined, arguments: [.object(same)]) else { return XCTFail(c.listing) }
        XCTAssertEqual(v.asNumber, 42)
        let other = realm.newObject()
        _ = realm.createDataProperty(other, PropertyKey(JSString("y")), .number(2))
        _ = realm.createDataProperty(other, PropertyKey(JSString("x")), .number(40))
        guard case .deoptimize(let reason, _, _, _) = try c.run(realm: realm, this: .undefined, arguments: [.object(other)]) else {
            return XCTFail(c.listing)
        }
        XCTAssertEqual(reason, "wrong shape")
    }

    // MARK: - Running

    func testFramesAreReusedWithTheirConstantsAndNoValueOfTheLastRun() throws {
        let (c, realm, _) = try compile("f", "function f(a) { var b = a * 2; return b + 100; } f(1); f(2);")
        for x in [3.0, 4.0, 5.0] {
            guard case .returned(let v) = try c.run(realm: realm, this: .undefined, arguments: [.number(x)]) else {
                return XCTFail(c.listing)
            }
            XCTAssertEqual(v.asNumber, x * 2 + 100)
        }
        // A run with a missing argument finds the parameter undefined (not the value the
        // previous run left in the reused frame) and deoptimizes at its check.
        guard case .deoptimize(let reason, _, let values, _) = try c.run(realm: realm, this: .undefined, arguments: []) else {
            return XCTFail(c.listing)
        }
        XCTAssertEqual(reason, "not an int32")
        XCTAssertTrue(values.count > 1 && (values[1] ?? .undefined).isUndefined, "\(values)")
    }

    func testGlobalLoadCacheFollowsAReplacedGlobal() throws {
        let source = "var g = 1; function f() { return g; } f(); f();"
        let (c, realm, _) = try compile("f", source)
        XCTAssertTrue(kinds(c).contains(.loadGlobal), c.listing)
        guard case .returned(let a) = try c.run(realm: realm, this: .undefined, arguments: []) else { return XCTFail() }
        XCTAssertEqual(a.asNumber, 1)
        // The same shape, another value: read from the cached slot.
        try realm.setValue(.object(realm.global), PropertyKey(JSString("g")), .number(2), strict: false)
        guard case .returned(let b) = try c.run(realm: realm, this: .undefined, arguments: []) else { return XCTFail() }
        XCTAssertEqual(b.asNumber, 2)
        // Another shape (a new global): the cache is refilled, the value is still right.
        try realm.setValue(.object(realm.global), PropertyKey(JSString("other")), .number(0), strict: false)
        try realm.setValue(.object(realm.global), PropertyKey(JSString("g")), .number(3), strict: false)
        guard case .returned(let d) = try c.run(realm: realm, this: .undefined, arguments: []) else { return XCTFail() }
        XCTAssertEqual(d.asNumber, 3)
    }

    func testACallTargetChangeDeoptimizesWithItsReason() throws {
        let source = "function h(x) { return x + 1; } function f(x) { return h(x); } f(1); f(2);"
        let (c, realm, _) = try compile("f", source)
        XCTAssertTrue(kinds(c).contains(.checkCallTarget), c.listing)
        guard case .returned(let v) = try c.run(realm: realm, this: .undefined, arguments: [.number(4)]) else { return XCTFail() }
        XCTAssertEqual(v.asNumber, 5)
        try realm.setValue(.object(realm.global), PropertyKey(JSString("h")), .number(0), strict: false)
        guard case .deoptimize(let reason, _, _, _) = try c.run(realm: realm, this: .undefined, arguments: [.number(4)]) else {
            return XCTFail(c.listing)
        }
        XCTAssertEqual(reason, "wrong call target")
    }

    // MARK: - Calls between optimized functions

    func testADeoptimizingCalleeFinishesInTheInterpreterAndItsOptimizedCallerGoesOn() throws {
        let source = """
        // Flags: --allow-natives-syntax --trace-deopt
        function g(x) { return x + 1; }
        function f(x) { return g(x); }
        %PrepareFunctionForOptimization(g); %PrepareFunctionForOptimization(f);
        f(1); f(2);
        %OptimizeFunctionOnNextCall(g); g(3);
        %OptimizeFunctionOnNextCall(f); f(4);
        print(f(5));
        print(f(1.5));
        """
        // Without inlining, so that f calls g.
        let (out, ending) = try OptimizerTestSupport.run(source, flags: ["--no-inlining"])
        XCTAssertEqual(ending, .normal, out)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("6"), out)
        XCTAssertTrue(lines.contains("2.5"), out)
        // Only the callee deoptimizes: its caller called it through the direct path.
        let deopts = lines.filter { $0.hasPrefix("[deoptimizing") }
        XCTAssertFalse(deopts.isEmpty, out)
        XCTAssertTrue(deopts.allSatisfy { $0.hasPrefix("[deoptimizing g:") }, out)
    }

    func testDeepRecursionThroughOptimizedCodeEndsWithARangeError() throws {
        let source = """
        function r(n) { return n === 0 ? 0 : 1 + r(n - 1); }
        for (var i = 0; i < 3000; i++) r(5);
        try { r(1000000); print("no error"); } catch (e) { print(e instanceof RangeError); }
        """
        let (out, ending) = try OptimizerTestSupport.run(source, flags: [])
        XCTAssertEqual(ending, .normal, out)
        XCTAssertEqual(out.trimmingCharacters(in: .whitespacesAndNewlines), "true")
    }

    func testRecursionThroughOptimizedCodeThatDeoptimizesMidwayKeepsEveryLevelsValue() throws {
        // The innermost call deoptimizes (and drops r's optimized code) while fifty optimized
        // activations of that code are still running; each finishes with its own values.
        let source = """
        // Flags: --allow-natives-syntax --trace-deopt
        function r(n, d) { if (n === 0) return d ? 0.5 : 1; return r(n - 1, d) + n; }
        %PrepareFunctionForOptimization(r);
        r(3, false); r(3, false);
        %OptimizeFunctionOnNextCall(r);
        print(r(5, false));
        print(r(50, true));
        print(r(10, false));
        """
        let (out, ending) = try OptimizerTestSupport.run(source, flags: ["--no-inlining"])
        XCTAssertEqual(ending, .normal, out)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { !$0.hasPrefix("[") }, ["16", "1275.5", "56"], out)
        XCTAssertGreaterThan(lines.filter { $0.hasPrefix("[deoptimizing r:") }.count, 1, out)
    }

    /// Whether every slot a run can write (all below the constants) of `c`'s next frame is
    /// undefined, and its constants are in place.
    func nextFrameIsClean(_ c: CompiledFunction) -> Bool {
        let code = c.executable
        let frame = code.takeFrame()
        defer { code.returnFrame(frame) }
        let values = (0..<code.constantBase).allSatisfy { frame[$0].isUndefined }
        let constants = code.constants.indices.allSatisfy { k in
            switch (frame[code.constantBase + k], code.constants[k]) {
            case (.number(let x), .number(let y)): return x == y || (x.isNaN && y.isNaN)
            case (.undefined, .undefined), (.null, .null), (.hole, .hole): return true
            case (.bool(let x), .bool(let y)): return x == y
            case (.string(let x), .string(let y)): return x == y
            case (.object(let x), .object(let y)): return x === y
            default: return false
            }
        }
        return values && constants
    }

    func testAFrameReusedAfterADeoptimizationHoldsNoStaleValue() throws {
        let source = "var obj = { a: 2 }; function f(o, i) { return o.a + (i + 1); } f(obj, 1); f(obj, 2);"
        let (c, realm, _) = try compile("f", source)
        let obj = try realm.get(realm.global, "obj")
        guard case .returned(.number(4)) = try c.run(realm: realm, this: .undefined, arguments: [obj, .number(1)]) else {
            return XCTFail(c.listing)
        }
        XCTAssertTrue(nextFrameIsClean(c), c.listing)
        guard case .deoptimize = try c.run(realm: realm, this: .undefined, arguments: [obj, .number(1.5)]) else {
            return XCTFail(c.listing)
        }
        XCTAssertTrue(nextFrameIsClean(c), c.listing)
        // The pooled frame runs again as a fresh one.
        guard case .returned(.number(5)) = try c.run(realm: realm, this: .undefined, arguments: [obj, .number(2)]) else {
            return XCTFail(c.listing)
        }
    }

    func testACallThatThrowsLeavesNoArgumentInTheCallersFrame() throws {
        let source = """
        function g(x) { if (x.t) throw x; return 1; }
        function f(o) { return g(o) + 1; }
        var quiet = { t: 0 }, loud = { t: 1 };
        f(quiet); f(quiet);
        """
        let (c, realm, _) = try compile("f", source)
        XCTAssertTrue(kinds(c).contains(.call), c.listing)
        let loud = try realm.get(realm.global, "loud")
        XCTAssertThrowsError(try c.run(realm: realm, this: .undefined, arguments: [loud])) { error in
            guard let e = error as? JSException, case .object(let thrown) = e.value, case .object(let o) = loud else {
                return XCTFail("\(error)")
            }
            XCTAssertTrue(thrown === o)
        }
        XCTAssertTrue(nextFrameIsClean(c), c.listing)
    }

    // MARK: - Step accounting

    func testBackEdgesOfOptimizedLoopsAreChargedToTheStepBudget() throws {
        let loop = """
        function spin(n) { var s = 0; for (var i = 0; i < n; i++) { s = (s + i) | 0; } return s; }
        for (var k = 0; k < 5; k++) spin(10);
        print(spin(%d));
        """
        let (short, shortEnding) = try OptimizerTestSupport.run(String(format: loop, 100), flags: ["--jit-threshold=2", "--max-steps=200000"])
        XCTAssertEqual(shortEnding, .normal, short)
        XCTAssertEqual(short.trimmingCharacters(in: .whitespacesAndNewlines), "4950")
        let (_, longEnding) = try OptimizerTestSupport.run(String(format: loop, 50_000_000), flags: ["--jit-threshold=2", "--max-steps=200000"])
        guard case .resourceLimit(let m) = longEnding else { return XCTFail("\(longEnding)") }
        XCTAssertTrue(m.contains("step budget"), m)
    }
}
