import XCTest
@testable import JSEngine

/// Shapes and transitions, elements-kind transitions, feedback recording and limits.
final class RuntimeTests: XCTestCase {
    private func realm() -> Realm { Realm(options: EngineOptions(), output: CapturedOutput()) }

    /// Runs `source` in a fresh realm and returns the realm for inspection.
    private func run(_ source: String, options: EngineOptions = EngineOptions()) throws -> Realm {
        let r = Realm(options: options, output: CapturedOutput())
        var p = Parser(source: source, options: ParserOptions(allowNativesSyntax: true))
        let code = try BytecodeCompiler.compile(try p.parseProgram(), realm: r)
        _ = try r.interpreter.runScript(code)
        return r
    }

    /// The operand types recorded at each binary-operation slot of `code`, in slot order.
    private func binaryTypes(_ code: CodeBlock) -> [TypeFeedback] {
        code.feedback.slots.indices.compactMap { i in
            if case .binary = code.feedback.slots[i] { return code.feedback.types[i] }
            return nil
        }
    }

    private func global(_ r: Realm, _ name: String) throws -> JSValue { try r.get(r.global, name) }

    func testObjectsWithSamePropertyOrderShareShapes() throws {
        let r = try run("var a = {}; a.x = 1; a.y = 2; var b = {}; b.x = 3; b.y = 4; var c = {}; c.y = 1; c.x = 2;")
        let a = try XCTUnwrap(try global(r, "a").asObject)
        let b = try XCTUnwrap(try global(r, "b").asObject)
        let c = try XCTUnwrap(try global(r, "c").asObject)
        XCTAssertTrue(a.shape === b.shape)
        XCTAssertFalse(a.shape === c.shape)
        XCTAssertEqual(a.shape.keys.map(\.string), ["x", "y"])
    }

    func testDeleteMovesObjectToDictionaryShape() throws {
        let r = try run("var a = {x: 1, y: 2, z: 3}; delete a.y; var k = Object.keys(a).join();")
        let a = try XCTUnwrap(try global(r, "a").asObject)
        XCTAssertTrue(a.shape.isDictionary)
        XCTAssertEqual(a.shape.keys.map(\.string), ["x", "z"])
        XCTAssertEqual(try r.get(a, "z").asNumber, 3)
    }

    func testElementsKindTransitionsOnlyGeneralize() {
        let r = realm()
        let a = r.newArray([.number(1), .number(2)])
        XCTAssertEqual(a.elementsKind, .packedSmi)
        a.append(.number(1.5))
        XCTAssertEqual(a.elementsKind, .packedDouble)
        a.append(.number(3))
        XCTAssertEqual(a.elementsKind, .packedDouble)
        a.append(.string(JSString("s")))
        XCTAssertEqual(a.elementsKind, .packedElements)
        a.setLength(10)
        XCTAssertEqual(a.elementsKind, .holeyElements)
        let h = r.newArray([.number(1)])
        h.putOwn(.index(5), .number(2), .default)
        XCTAssertEqual(h.elementsKind, .holeySmi)
        h.putOwn(.index(5_000_000), .number(2), .default)
        XCTAssertEqual(h.elementsKind, .dictionary)
        XCTAssertEqual(h.length, 5_000_001)
    }

    func testMinusZeroIsNotSmi() {
        let r = realm()
        let a = r.newArray([.number(-0.0)])
        XCTAssertEqual(a.elementsKind, .packedDouble)
    }

    func testBinaryFeedbackRecordsOperandTypes() throws {
        let r = try run("""
        function add(a, b) { return a + b; }
        for (var i = 0; i < 10; i++) add(i, 1);
        add(0.5, 1);
        function cat(a, b) { return a + b; }
        cat("x", "y");
        """)
        let add = try XCTUnwrap(try global(r, "add").asFunction?.codeBlock)
        let addFeedback = binaryTypes(add)
        XCTAssertEqual(addFeedback.first, [.int32, .double])
        let cat = try XCTUnwrap(try global(r, "cat").asFunction?.codeBlock)
        let catFeedback = binaryTypes(cat)
        XCTAssertEqual(catFeedback.first, .string)
    }

    func testOverflowIsRecorded() throws {
        let r = try run("function add(a, b) { return a + b; } add(2147483647, 1);")
        let add = try XCTUnwrap(try global(r, "add").asFunction?.codeBlock)
        guard let f = binaryTypes(add).first else { return XCTFail("no binary slot") }
        XCTAssertTrue(f.contains(.overflowed))
        XCTAssertEqual(f.hint, "number")
    }

    func testPropertyFeedbackMonoPolyMegamorphic() throws {
        let r = try run("""
        function getX(o) { return o.x; }
        getX({x: 1}); getX({x: 2});
        function getY(o) { return o.y; }
        getY({y: 1}); getY({a: 1, y: 2});
        function getZ(o) { return o.z; }
        getZ({z: 1}); getZ({a: 1, z: 1}); getZ({b: 1, z: 1}); getZ({c: 1, z: 1}); getZ({d: 1, z: 1});
        """)
        func state(_ name: String) throws -> String {
            let code = try XCTUnwrap(try global(r, name).asFunction?.codeBlock)
            for (i, slot) in code.feedback.slots.enumerated() where slot == .property { return code.feedback.property(i).state }
            return "none"
        }
        XCTAssertEqual(try state("getX"), "monomorphic")
        XCTAssertEqual(try state("getY"), "polymorphic")
        XCTAssertEqual(try state("getZ"), "megamorphic")
    }

    func testElementAndCallFeedback() throws {
        let r = try run("""
        function at(a, i) { return a[i]; }
        at([1, 2], 0); at([1.5], 0);
        function callIt(f) { return f(); }
        function one() { return 1; }
        callIt(one); callIt(one);
        """)
        let at = try XCTUnwrap(try global(r, "at").asFunction?.codeBlock)
        let kinds = at.feedback.slots.indices.first { at.feedback.slots[$0] == .element }.map { at.feedback.element($0).kinds }
        XCTAssertEqual(kinds, [.packedSmi, .packedDouble])
        let callIt = try XCTUnwrap(try global(r, "callIt").asFunction?.codeBlock)
        let one = try XCTUnwrap(try global(r, "one").asObject)
        let target = callIt.feedback.slots.indices.first { callIt.feedback.slots[$0] == .call }.flatMap { callIt.feedback.call($0).target }
        XCTAssertTrue(target === one)
        XCTAssertEqual(callIt.invocationCount, 2)
    }

    func testBackEdgesAreCounted() throws {
        let r = try run("function loop() { for (let i = 0; i < 100; i++) {} } loop();")
        let code = try XCTUnwrap(try global(r, "loop").asFunction?.codeBlock)
        XCTAssertEqual(code.backEdgeCount, 100)
    }

    func testNativesSyntaxIsRecorded() throws {
        let r = try run("function f() {} %PrepareFunctionForOptimization(f); f(); %OptimizeFunctionOnNextCall(f); function g() {} %NeverOptimizeFunction(g);")
        let f = try XCTUnwrap(try global(r, "f").asFunction?.codeBlock)
        XCTAssertTrue(f.optimizationState.preparedForOptimization)
        XCTAssertTrue(f.optimizationState.optimizeOnNextCall)
        let g = try XCTUnwrap(try global(r, "g").asFunction?.codeBlock)
        XCTAssertTrue(g.optimizationState.neverOptimize)
    }

    /// Records what the tier-up hook is told.
    final class RecordingHook: TierUpHook {
        var events: [(String, TierUpReason)] = []
        func optimize(_ function: JSFunction, realm: Realm, reason: TierUpReason) throws -> Bool {
            events.append((function.debugName, reason))
            return false
        }
        func optimizeOsr(_ code: CodeBlock, function: JSFunction?, loopHeader: Int, entryValues: [JSValue], realm: Realm,
                         reason: TierUpReason) throws -> Bool {
            events.append((function?.debugName ?? "script", reason))
            return false
        }
        func deoptimize(_ function: JSFunction, realm: Realm) { events.append((function.debugName, .nativesSyntax)) }
    }

    func testTierUpHookIsCalledForHotFunctionsAndLoops() throws {
        var options = EngineOptions()
        options.jitThreshold = 10
        options.osrThreshold = 100
        options.allowNativesSyntax = true
        let hook = RecordingHook()
        let out = CapturedOutput()
        let ending = Engine.run(sources: [(name: "t.js", text: """
        function hot() { return 1; }
        for (var i = 0; i < 20; i++) hot();
        function loop() { var s = 0; for (var j = 0; j < 500; j++) s += j; return s; }
        loop();
        function never() {}
        %NeverOptimizeFunction(never);
        for (var k = 0; k < 20; k++) never();
        function forced() {}
        %OptimizeFunctionOnNextCall(forced);
        """)], options: options, output: out, setup: { $0.tierUp = hook })
        XCTAssertEqual(ending, .normal)
        XCTAssertEqual(hook.events.map(\.0), ["hot", "loop", "forced"])
        XCTAssertEqual(hook.events.map(\.1), [.hotFunction, .hotLoop, .nativesSyntax])
        // --no-opt keeps the interpreter from asking at all.
        options.optimize = false
        let quiet = RecordingHook()
        _ = Engine.run(sources: [(name: "t.js", text: "function hot() {} for (var i = 0; i < 20; i++) hot();")],
                       options: options, output: out, setup: { $0.tierUp = quiet })
        XCTAssertTrue(quiet.events.isEmpty)
    }

    // MARK: - Inline-cache invalidation

    func testPrototypeChainCacheSeesShadowingMethod() {
        let (out, _) = CorpusSupport.run("""
        class A { m() { return 'A'; } }
        class B extends A {}
        class C extends B {}
        const c = new C();
        function call(o) { return o.m(); }
        for (let i = 0; i < 50; i++) call(c);
        B.prototype.m = function () { return 'B'; };
        print(call(c));
        C.prototype.m = function () { return 'C'; };
        print(call(c));
        delete C.prototype.m;
        print(call(c));
        """)
        XCTAssertEqual(out, "B\nC\nB\n")
    }

    func testStoreTransitionCacheSeesNewPrototypeSetter() {
        let (out, _) = CorpusSupport.run("""
        function P() {}
        function mk() { const o = new P(); o.x = 1; return o; }
        for (let i = 0; i < 50; i++) mk();
        Object.defineProperty(P.prototype, 'x', { set(v) { print('setter', v); }, configurable: true });
        const o = mk();
        print(Object.keys(o).length);
        """)
        XCTAssertEqual(out, "setter 1\n0\n")
    }

    func testStringMethodCacheSeesReplacedMethod() {
        let (out, _) = CorpusSupport.run("""
        function f(s) { return s.charAt(0); }
        for (let i = 0; i < 50; i++) f('abc');
        String.prototype.charAt = function () { return 'patched'; };
        print(f('abc'));
        """)
        XCTAssertEqual(out, "patched\n")
    }

    // MARK: - Limits

    func testDeepRecursionIsARangeError() {
        let (out, ending) = CorpusSupport.run("function f(n) { return f(n + 1) + 1; } try { f(0) } catch (e) { print(e instanceof RangeError, e.message) }")
        XCTAssertEqual(out, "true Maximum call stack size exceeded\n")
        XCTAssertEqual(ending, .normal)
    }

    func testDeepNativeReentryIsARangeError() {
        let (out, _) = CorpusSupport.run("var o = { valueOf() { return o + 1; } }; try { o + 1 } catch (e) { print(e.name) }")
        XCTAssertEqual(out, "RangeError\n")
    }

    func testUncaughtRecursionExitCode() {
        let (_, ending) = CorpusSupport.run("function f() { f(); } f();")
        XCTAssertEqual(ending, .exception(name: "RangeError", message: "Maximum call stack size exceeded"))
    }

    func testInfiniteLoopStopsAtTimeout() {
        let (_, ending) = CorpusSupport.run("while (true) {}", extraFlags: ["--timeout=0.3"])
        guard case .resourceLimit(let m) = ending else { return XCTFail("expected a resource limit, got \(ending)") }
        XCTAssertTrue(m.contains("timeout"))
    }

    func testStepBudget() {
        let (_, ending) = CorpusSupport.run("for (;;) {}", extraFlags: ["--max-steps=100000"])
        guard case .resourceLimit(let m) = ending else { return XCTFail("expected a resource limit, got \(ending)") }
        XCTAssertTrue(m.contains("step"))
    }

    func testBuiltinOverAHugeSparseLengthStopsAtTheStepBudget() {
        let (_, ending) = CorpusSupport.run("var a = [1, 2]; a[4000000000] = 3; print(a.join().length);", extraFlags: ["--max-steps=100000"])
        guard case .resourceLimit(let m) = ending else { return XCTFail("expected a resource limit, got \(ending)") }
        XCTAssertTrue(m.contains("step"))
    }

    func testHugeArrayLengthIsRangeError() {
        let (out, _) = CorpusSupport.run("var a = []; try { a.length = 4294967296 } catch (e) { print(e.name, e.message) } a.length = 4294967295; print(a.length)")
        XCTAssertEqual(out, "RangeError Invalid array length\n4294967295\n")
    }

    func testHeapBudget() {
        let (_, ending) = CorpusSupport.run("var keep = []; for (;;) keep.push(new Array(10000).fill(1.5));", extraFlags: ["--max-heap-mb=64", "--timeout=60"])
        guard case .resourceLimit(let m) = ending else { return XCTFail("expected a resource limit, got \(ending)") }
        XCTAssertTrue(m.contains("heap"))
    }

    func testDeeplyNestedInputIsASyntaxErrorNotACrash() {
        let parens = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let (_, e1) = CorpusSupport.run(parens)
        guard case .syntaxError = e1 else { return XCTFail("expected SyntaxError, got \(e1)") }
        let blocks = String(repeating: "{", count: 10_000) + String(repeating: "}", count: 10_000)
        let (_, e2) = CorpusSupport.run(blocks)
        guard case .syntaxError = e2 else { return XCTFail("expected SyntaxError, got \(e2)") }
    }

    func testTDZAndConstErrors() {
        let (out, _) = CorpusSupport.run("""
        try { x; let x = 1; } catch (e) { print(e.name, e.message) }
        const c = 1; try { c = 2 } catch (e) { print(e.name, e.message) }
        try { undefinedName } catch (e) { print(e.name, e.message) }
        try { (void 0)() } catch (e) { print(e.message) }
        let o = {}; try { o.f() } catch (e) { print(e.message) }
        """)
        XCTAssertEqual(out, """
        ReferenceError Cannot access 'x' before initialization
        TypeError Assignment to constant variable.
        ReferenceError undefinedName is not defined
        (void 0) is not a function
        o.f is not a function

        """)
    }
}
