import XCTest
@testable import JSEngine
@testable import Optimizer

/// What the graph builder records for deoptimization (only live registers; the entry state
/// of loops) and the property reads it lowers beyond own data slots (prototype methods,
/// array lengths), plus the generic operations optimized code keeps free of user code.
final class FrameStateAndPropertyLoweringTests: XCTestCase {
    func ops(_ g: Graph) -> [String] { g.liveNodes.map { "\($0.opcode)" } }

    func testLivenessFollowsReadsWritesAndJumps() {
        // r0 = this, r1 = a; r2 written then read; r3 written and never read.
        let code = CodeBlock(name: "t")
        code.registerCount = 4
        code.parameterCount = 1
        code.instructions = [.loadNumber(2, 1), .loadNumber(3, 2), .add(2, 1, 2, fb: 0), .return(2)]
        let live = BytecodeLiveness(code)
        XCTAssertTrue(live.isLive(1, at: 3), "parameters stay live")
        XCTAssertTrue(live.isLive(2, at: 2))
        XCTAssertTrue(live.isLive(2, at: 3))
        XCTAssertFalse(live.isLive(2, at: 0), "written before it is read")
        XCTAssertFalse(live.isLive(3, at: 2), "never read")
        // A loop: the counter is live around the back edge.
        let loop = CodeBlock(name: "l")
        loop.registerCount = 3
        loop.parameterCount = 0
        loop.instructions = [.loadNumber(1, 0), .loadNumber(2, 10),
                             .jumpUnlessCompare(.less, 1, 2, 5, fb: 0), .increment(1, 1, fb: 1), .jump(2), .return(1)]
        let loopLive = BytecodeLiveness(loop)
        XCTAssertTrue(loopLive.isLive(1, at: 4) && loopLive.isLive(2, at: 4))
        XCTAssertFalse(loopLive.isLive(2, at: 5))
    }

    /// The result of `o.x;` is never read: frame states after it do not keep it.
    func testFrameStatesOmitDeadRegisters() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: """
        function g() { return 1; }
        function f(o) { o.x; g(); return o.y; }
        f({x: 1, y: 2}); f({x: 3, y: 4});
        """)
        let first = try XCTUnwrap(g.liveNodes.first { if case .loadField = $0.opcode { return true }; return false })
        for n in g.liveNodes where n.bytecodeOffset > first.bytecodeOffset {
            XCTAssertFalse(n.frameState?.referencedNodes.contains { $0 === first } ?? false, "\(n) keeps the unused o.x")
        }
    }

    func testLoopHeaderRecordsItsEntryState() throws {
        let g = try OptimizerTestSupport.graph(of: "sum", in: "function sum(n) { let s = 0; for (let i = 0; i < n; i++) s = s + i; return s; } sum(3);")
        let header = try XCTUnwrap(g.blocks.first { $0.isLoopHeader })
        let state = try XCTUnwrap(header.entryFrameState)
        let phis = header.phis.filter { if case .phi = $0.opcode { return true }; return false }
        XCTAssertEqual(phis.count, 2)
        for phi in phis { XCTAssertTrue(state.registers.contains { $0 === phi }, "\(phi) is a register on entry") }
        XCTAssertTrue(g.liveNodes.contains { $0.frameState?.pc == state.pc && $0.block === header })
    }

    func testPrototypeMethodLoadIsTwoShapeChecksAndAFieldLoad() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: """
        class P { m() { return 1; } }
        function f(p) { return p.m; }
        f(new P()); f(new P());
        """)
        let o = ops(g)
        XCTAssertEqual(o.filter { $0.hasPrefix("CheckShape") }.count, 2, "\(o)")
        XCTAssertFalse(o.contains { $0.hasPrefix("JSGetNamed") }, "\(o)")
        let load = try XCTUnwrap(g.liveNodes.first { if case .loadField = $0.opcode { return true }; return false })
        guard case .checkShape = load.inputs[0].opcode, case .constant(.object) = load.inputs[0].inputs[0].opcode else {
            return XCTFail("\(load.inputs[0])")
        }
        // A string's methods, a getter and several prototypes stay generic.
        let str = try OptimizerTestSupport.graph(of: "f", in: "function f(s) { return s.charAt; } f('a'); f('b');")
        XCTAssertTrue(ops(str).contains { $0.hasPrefix("JSGetNamed") }, "\(ops(str))")
        let getter = try OptimizerTestSupport.graph(of: "f", in: "class Q { get v() { return 1; } } function f(q) { return q.v; } f(new Q());")
        XCTAssertTrue(ops(getter).contains { $0.hasPrefix("JSGetNamed") }, "\(ops(getter))")
    }

    func testArrayLengthLoadBecomesArrayLength() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: "function f(a) { return a.length; } f([1]); f([1, 2]);")
        XCTAssertTrue(ops(g).contains("ArrayLength"), "\(ops(g))")
        XCTAssertFalse(ops(g).contains { $0.hasPrefix("JSGetNamed") })
        let strings = try OptimizerTestSupport.graph(of: "f", in: "function f(a) { return a.length; } f([1]); f('ab');")
        XCTAssertTrue(ops(strings).contains { $0.hasPrefix("JSGetNamed") }, "\(ops(strings))")
    }

    func testElementAccessesRecordTheirKinds() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: "function f(a, b) { b[0] = a[1]; } f([1, 2], [3]); f([1.5, 2], [4]);")
        let load = try XCTUnwrap(g.liveNodes.first { if case .loadElement = $0.opcode { return true }; return false })
        let store = try XCTUnwrap(g.liveNodes.first { if case .storeElement = $0.opcode { return true }; return false })
        XCTAssertEqual(Set(load.accessKinds), [.packedSmi, .packedDouble])
        XCTAssertEqual(store.accessKinds, [.packedSmi])
    }

    /// Optimized code reads global data properties and converts primitive keys without
    /// running user code; a global getter or an object key runs in the interpreter.
    func testGlobalAccessorsAndObjectKeysRunInTheInterpreter() {
        let source = """
        let reads = 0;
        globalThis.plain = 1;
        function f(a, k) { a[k] = plain + 1; return a[0]; }
        for (let i = 0; i < 10; i++) f([0], 0);
        Object.defineProperty(globalThis, 'plain', { get() { reads++; return 5; } });
        const key = { toString() { reads++; return '0'; } };
        console.log(f([0], 0), f([0], key), reads);
        """
        for flags in [["--jit-threshold=2", "--verify-ir"], ["--eager"], ["--no-opt"]] {
            let (out, ending, _) = OptimizerTestSupport.run(source, flags)
            XCTAssertEqual(ending, .normal, "\(flags)")
            XCTAssertEqual(out, "6 6 3\n", "\(flags)")
        }
    }
}
