import XCTest
@testable import JSEngine
@testable import Optimizer

/// `--assert-types`: instruction selection checks every typed value at run time; a value
/// outside its node's type ends the run with a report naming the node, its type, the phase
/// that typed it, the value and the source position. (The corpus runs clean under it:
/// `OptimizedCorpusTests.testAssertTypes`.)
final class TypeAssertionTests: XCTestCase {
    func compile(_ g: Graph, assertTypes: Bool) throws -> CompiledFunction {
        var o = EngineOptions()
        o.assertTypes = assertTypes
        return try Backend.compile(graph: g, options: o)
    }

    func n(_ d: Double) -> JSValue { .number(d) }

    /// The node computing `op` in the graph.
    func node(_ g: Graph, _ op: BinaryOperator) throws -> Node {
        try XCTUnwrap(g.liveNodes.first { if case .jsBinary(op) = $0.opcode { return true }; return false })
    }

    /// The graph's SpeculativeNumberAdd (what `+` with number feedback is built as).
    func speculativeAdd(_ g: Graph) throws -> Node {
        try XCTUnwrap(g.liveNodes.first { if case .speculativeNumberAdd = $0.opcode { return true }; return false })
    }

    func testAssertionCatchesADeliberatelyWrongRange() throws {
        let c = try OptimizerTestSupport.compiled("f", in: "function f(a, b) { return a + b; } f(1, 2);")
        let add = try speculativeAdd(c.graph)
        add.type = .range(0, 3)
        add.typedBy = "typer"
        let checked = try compile(c.graph, assertTypes: true)
        XCTAssertTrue(checked.listing.contains("assert.type"), checked.listing)
        // Values in the type pass.
        guard case .returned(let v) = try checked.run(realm: c.realm, this: .undefined, arguments: [n(1), n(2)]) else {
            return XCTFail("expected a value")
        }
        XCTAssertEqual(v.asNumber, 3)
        // 5 is outside Range(0, 3): the run ends with the report.
        XCTAssertThrowsError(try checked.run(realm: c.realm, this: .undefined, arguments: [n(2), n(3)])) { error in
            XCTAssertEqual(error as? EngineTermination,
                           .typeAssertion("n\(add.id) SpeculativeNumberAdd[int32] typed Range(0, 3) by typer, got 5 at 1:27"),
                           "\(error)")
        }
        // Without --assert-types the wrong type goes unnoticed.
        guard case .returned(let w) = try compile(c.graph, assertTypes: false).run(realm: c.realm, this: .undefined,
                                                                                 arguments: [n(2), n(3)]) else {
            return XCTFail("expected a value")
        }
        XCTAssertEqual(w.asNumber, 5)
    }

    func testIntegralityMinusZeroNaNAndKindAreChecked() throws {
        // Number feedback: the operands are only checked to be numbers.
        let c = try OptimizerTestSupport.compiled("f", in: "function f(a, b) { return a * b; } f(1.5, 2);")
        let mul = try node(c.graph, .mul)
        func violation(_ type: IRType, _ a: JSValue, _ b: JSValue) throws -> String? {
            mul.type = type
            mul.typedBy = "test"
            do {
                _ = try compile(c.graph, assertTypes: true).run(realm: c.realm, this: .undefined, arguments: [a, b])
                return nil
            } catch EngineTermination.typeAssertion(let m) {
                return m
            }
        }
        let anyNumber = IRType(kinds: .number)
        let noMinusZero = IRType(kinds: .number, maybeMinusZero: false)
        let noNaN = IRType(kinds: .number, maybeNaN: false)
        XCTAssertNil(try violation(anyNumber, n(0), n(-1)))
        XCTAssertEqual(try violation(noMinusZero, n(0), n(-1)), "n\(mul.id) JS[*] typed Number|NaN by test, got -0 at 1:27")
        XCTAssertNil(try violation(noMinusZero, n(0), n(1)))
        XCTAssertEqual(try violation(noNaN, n(0), .number(.nan)), "n\(mul.id) JS[*] typed Number|MinusZero by test, got NaN at 1:27")
        XCTAssertEqual(try violation(.range(-10, 10), n(0.5), n(3)), "n\(mul.id) JS[*] typed Range(-10, 10) by test, got 1.5 at 1:27")
        XCTAssertNil(try violation(.range(-10, 10), n(2), n(-3)))
        // A value of another kind than the type's is caught too.
        XCTAssertEqual(try violation(.boolean, n(2), n(2)), "n\(mul.id) JS[*] typed Boolean by test, got 4 at 1:27")
    }

    /// Only values with a type narrower than "any" are checked: not parameters (Any), not
    /// effect-only nodes, not constants.
    func testOnlyNarrowlyTypedValuesAreChecked() throws {
        let c = try OptimizerTestSupport.compiled("f", in: """
        function f(a, o) { o.x = a; let s = 0; for (let i = 0; i < a; i++) s = (s + i) | 0; return s; }
        f(3, {x: 1});
        """)
        var options = EngineOptions()
        options.assertTypes = true
        try Pipeline(options: options, phases: PhaseRegistry.all)
            .runOptimizations(on: c.graph, log: RewriteLog(options: options), output: nil)
        let compiled = try Backend.compile(graph: c.graph, options: options)
        var asserted: [Int] = []
        for case .assertType(let a, _) in compiled.instructions { asserted.append(a.node) }
        XCTAssertFalse(asserted.isEmpty)
        let checked = asserted.compactMap { id in c.graph.liveNodes.first { $0.id == id } }
        XCTAssertEqual(checked.count, asserted.count)
        for node in checked {
            XCTAssertTrue(node.type.kinds != .any || node.type.isNarrowedNumber, "\(node) : \(node.type)")
            if case .parameter = node.opcode { XCTFail("parameter checked") }
            if case .jsSetNamed = node.opcode { XCTFail("store checked") }
            if case .storeField = node.opcode { XCTFail("store checked") }
        }
        // The loop phis of `s` (an int32 by `| 0`) and `i` are among them.
        XCTAssertTrue(checked.contains { if case .phi = $0.opcode { return true }; return false })
        // An object of the shape the store's feedback saw (`{x: 1}`), so its shape check passes.
        let o = c.realm.newObject()
        _ = c.realm.createDataProperty(o, PropertyKey(JSString("x")), n(1))
        guard case .returned(let v) = try compiled.run(realm: c.realm, this: .undefined, arguments: [n(100), .object(o)]) else {
            return XCTFail("expected a value")
        }
        XCTAssertEqual(v.asNumber, 4950)
    }

    /// A compiler that narrows the type of the value a function returns, standing in for a
    /// buggy phase: the run through `Engine.run` ends with the documented termination.
    final class NarrowingCompiler: TierUpHook {
        let options: EngineOptions
        var narrowed: Node?
        init(options: EngineOptions) { self.options = options }

        func optimize(_ function: JSFunction, realm: Realm, reason: TierUpReason) throws -> Bool {
            guard let code = function.codeBlock else { return false }
            var builder = GraphBuilder(code: code, name: function.debugName)
            let g = try builder.build()
            try Pipeline(options: options, phases: PhaseRegistry.all).runOptimizations(on: g, log: RewriteLog(options: options), output: nil)
            let ret = g.liveNodes.first { if case .return = $0.opcode { return true }; return false }
            guard let value = ret?.inputs.first else { return false }
            value.type = .range(0, 10)
            value.typedBy = "typer"
            narrowed = value
            code.optimizedCode = InstalledCode(compiled: try Backend.compile(graph: g, options: options), osrEntry: nil)
            return true
        }

        func optimizeOsr(_ code: CodeBlock, function: JSFunction?, loopHeader: Int, entryValues: [JSValue], realm: Realm,
                         reason: TierUpReason) throws -> Bool {
            false
        }

        func deoptimize(_ function: JSFunction, realm: Realm) {}
    }

    func testRunEndsWithTheTypeAssertionTerminationAndExitCodeFive() throws {
        var options = EngineOptions()
        options.assertTypes = true
        options.eagerOptimization = true
        let hook = NarrowingCompiler(options: options)
        let out = CapturedOutput()
        let ending = Engine.run(sources: [(name: "t.js", text: """
        function f(a, b) { return a + b; }
        for (let i = 0; i < 5; i++) f(i, 1);
        print(f(2, 3));
        print(f(20, 30));
        print('not reached');
        """)], options: options, output: out, setup: { $0.tierUp = hook })
        let n = try XCTUnwrap(hook.narrowed)
        XCTAssertEqual(out.text, "5\n")
        XCTAssertEqual(ending, .typeAssertion("n\(n.id) \(n.opcode) typed Range(0, 10) by typer, got 50 at \(n.position)"))
        XCTAssertEqual(RunResult(ending: ending, output: out.text).exitCode, 5)
        let report = try XCTUnwrap(ErrorReport.describe(ending, file: "t.js"))
        XCTAssertTrue(report.hasPrefix("type assertion failed: n\(n.id) "), report)
        XCTAssertTrue(report.hasSuffix("got 50 at 1:27"), report)
    }

    /// A comparison folded on a wrong range leaves its operand unused; under
    /// `--assert-types` the fold keeps the operand for the back end to check, so the typer's
    /// error shows as a violation naming the typer, not as a silently wrong answer. The
    /// fault is the typer's `x & m` rule for negative masks, on a program of its own.
    func testAFoldOnAWrongRangeKeepsItsOperandCheckable() throws {
        let source = """
        function g(v) { return (v & -16) >= 1; }
        for (let i = 0; i < 30; i++) g(i * 7);
        print(g(200));
        """
        let faulty = ["--jit-threshold=5", "--inject", "typer.and-mask-range"]
        let (wrong, normal, _) = OptimizerTestSupport.run(source, faulty)
        XCTAssertEqual(normal, .normal)
        XCTAssertEqual(wrong, "false\n", "the fault folds the comparison to false")
        let (checkedOut, ending, compiler) = OptimizerTestSupport.run(source, faulty + ["--assert-types"])
        XCTAssertEqual(checkedOut, "", "the first call after optimization (g(35)) is caught")
        guard case .typeAssertion(let report) = ending else { return XCTFail("\(ending)") }
        XCTAssertTrue(report.contains("Int32BitAnd typed Range(-16, 0) by typer, got 32 at 1:25"), report)
        XCTAssertTrue(compiler?.log.rewrites.contains { $0.rule == "fold-compare-by-range" && $0.applied } ?? false)
        // Without the fault the typed program is checked and right.
        let (right, fine, _) = OptimizerTestSupport.run(source, ["--jit-threshold=5", "--assert-types"])
        XCTAssertEqual(fine, .normal)
        XCTAssertEqual(right, "true\n")
    }
}
