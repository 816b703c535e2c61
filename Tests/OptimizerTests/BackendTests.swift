import XCTest
@testable import JSEngine
@testable import Optimizer

/// The back end: scheduling (global code motion), linear-scan register allocation,
/// instruction selection and the executor, each against its reference implementation,
/// compared with the interpreter's results.
final class BackendTests: XCTestCase {
    /// The back-end configurations every program is checked under.
    static let variants: [(String, [String])] = [
        ("all on", []), ("no scheduling", ["scheduling"]), ("no register-allocation", ["register-allocation"]),
        ("no instruction-selection", ["instruction-selection"]),
        ("all reference", ["scheduling", "register-allocation", "instruction-selection"]),
    ]

    struct Program {
        let realm: Realm
        let function: JSFunction
        let graph: Graph
    }

    /// Runs `source` (so feedback exists), then builds the graph of global function `name`.
    func program(_ name: String, _ source: String) throws -> Program {
        let c = try OptimizerTestSupport.compiled(name, in: source)
        return Program(realm: c.realm, function: c.function, graph: c.graph)
    }

    func compile(_ g: Graph, off: [String], registers: Int = 8) throws -> CompiledFunction {
        var o = EngineOptions()
        o.disabledPhases = off
        return try Backend.compile(graph: g, options: o, registerCount: registers)
    }

    func same(_ a: JSValue, _ b: JSValue) -> Bool {
        if case .number(let x) = a, case .number(let y) = b { return (x.isNaN && y.isNaN) || (x == y && x.sign == y.sign) }
        return Realm.strictEquals(a, b)
    }

    /// Compiles under every variant and checks each argument set returns what the interpreter returns.
    func checkAgainstInterpreter(_ p: Program, _ argSets: [[JSValue]], this: JSValue = .undefined,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(IRVerifier.check(p.graph), [], file: file, line: line)
        for (label, off) in BackendTests.variants {
            let c = try compile(p.graph, off: off)
            for args in argSets {
                let expected = try p.realm.call(.object(p.function), this: this, args)
                let got = try c.run(realm: p.realm, this: this, arguments: args)
                guard case .returned(let v) = got else {
                    XCTFail("\(label) \(args): \(got)\n\(c.listing)", file: file, line: line)
                    continue
                }
                XCTAssertTrue(same(v, expected), "\(label) \(args): got \(v), expected \(expected)\n\(c.listing)", file: file, line: line)
            }
        }
    }

    func n(_ d: Double) -> JSValue { .number(d) }

    // MARK: - End to end against the interpreter

    func testArithmeticMatchesInterpreter() throws {
        let p = try program("f", """
        function f(a, b) { return (a * b + a - b) % 7 + (a | b) - (a >>> 1) + (a ^ b) * (b << 2) - (a >> 1) / 3; }
        for (var i = 0; i < 10; i++) f(i, 3);
        """)
        try checkAgainstInterpreter(p, [[n(1), n(2)], [n(5), n(3)], [n(1000), n(-77)], [n(0), n(0)]])
    }

    /// Int32 add/sub/mul overflow into doubles, and 0 * negative is -0, as in the interpreter.
    func testInt32OverflowAndMinusZero() throws {
        let p = try program("f", "function f(a, b) { return a * b; } function g(a, b) { return a + b - 1; } f(2, 3); g(2, 3);")
        try checkAgainstInterpreter(p, [[n(2147483647), n(2)], [n(0), n(-4)], [n(-4), n(0)], [n(46341), n(46341)], [n(-7), n(6)]])
        let q = try program("g", "function g(a, b) { return a + b; } g(2, 3);")
        try checkAgainstInterpreter(q, [[n(2147483647), n(1)], [n(-2147483648), n(-1)], [n(5), n(6)]])
        let r = try program("h", "function h(a, b) { return a - b; } h(2, 3);")
        try checkAgainstInterpreter(r, [[n(2147483647), n(-1)], [n(-2147483648), n(1)], [n(0), n(0)]])
        // Beyond the feedback, the next operation's guard deoptimizes instead of computing wrongly.
        let d = try program("g", "function g(a, b) { return a + b - 1; } g(2, 3);")
        guard case .deoptimize = try compile(d.graph, off: []).run(realm: d.realm, this: .undefined, arguments: [n(2147483647), n(1)]) else {
            return XCTFail("expected a deopt")
        }
    }

    func testLoopWithPhisMatchesInterpreter() throws {
        let p = try program("sum", """
        function sum(n) { let s = 0; for (let i = 0; i < n; i++) { s = s + i * 2; if (s > 50) s = s - 7; } return s; }
        sum(10); sum(20);
        """)
        try checkAgainstInterpreter(p, [[n(0)], [n(1)], [n(10)], [n(100)]])
    }

    func testSwappingPhisNeedParallelMoveCycles() throws {
        let p = try program("swp", """
        function swp(n) { let a = 1, b = 2, c = 3; for (let i = 0; i < n; i++) { let t = a; a = b; b = c; c = t; } return a * 100 + b * 10 + c; }
        swp(3); swp(4);
        """)
        try checkAgainstInterpreter(p, [[n(0)], [n(1)], [n(2)], [n(5)]])
    }

    func testPropertyLoadsWithShapeChecks() throws {
        let p = try program("getX", """
        function P(x) { this.y = 0; this.x = x; }
        function getX(p) { return p.x + p.y; }
        for (var i = 0; i < 5; i++) getX(new P(i));
        """)
        XCTAssertTrue(p.graph.liveNodes.contains { if case .loadField = $0.opcode { return true }; return false })
        let P = try p.realm.get(p.realm.global, "P")
        let objs = try [3.0, -1, 1e9].map { try p.realm.construct(P, [n($0)]) }
        try checkAgainstInterpreter(p, objs.map { [$0] })
        // Another shape deoptimizes at the property load.
        let c = try compile(p.graph, off: [])
        let other = p.realm.newObject()
        guard case .deoptimize(let reason, let fs, _, _) = try c.run(realm: p.realm, this: .undefined, arguments: [.object(other)]) else {
            return XCTFail("expected a deopt")
        }
        XCTAssertEqual(reason, "wrong shape")
        XCTAssertTrue("\(p.function.codeBlock?.instructions[fs.pc] as Any)".contains("getNamed"))
    }

    func testCallsThroughTheEngine() throws {
        let p = try program("f", """
        function g(x) { return x * 3; }
        function f(x) { return g(x) + g(x + 1); }
        f(1); f(2);
        """)
        try checkAgainstInterpreter(p, [[n(1)], [n(10)], [n(-4)]])
    }

    // MARK: - Deoptimization

    func testGuardFailureDeoptimizesWithFrameStateAndRegisters() throws {
        let p = try program("add", "function add(a, b) { return a + b; } for (var i = 0; i < 5; i++) add(i, 2);")
        let code = try XCTUnwrap(p.function.codeBlock)
        let addPC = try XCTUnwrap(code.instructions.firstIndex { if case .add = $0 { return true }; return false })
        for (label, off) in BackendTests.variants {
            let c = try compile(p.graph, off: off)
            guard case .returned(let v) = try c.run(realm: p.realm, this: .undefined, arguments: [n(3), n(4)]) else {
                XCTFail(label); continue
            }
            XCTAssertTrue(same(v, n(7)), label)
            guard case .deoptimize(let reason, let fs, let values, _) = try c.run(realm: p.realm, this: .undefined, arguments: [n(1.5), n(2)]) else {
                XCTFail("\(label): expected deopt"); continue
            }
            XCTAssertEqual(reason, "not an int32", label)
            XCTAssertEqual(fs.pc, addPC, label)
            XCTAssertEqual(values.count, code.registerCount, label)
            XCTAssertTrue(same(values[1] ?? .undefined, n(1.5)), "\(label): \(values)")
            XCTAssertTrue(same(values[2] ?? .undefined, n(2)), "\(label): \(values)")
        }
    }

    /// Object literals with getters, setters and methods run their member definitions in
    /// optimized code, and methods that do not use `super` do not load their home object
    /// (both deoptimized on every call before, and the functions were recompiled again and
    /// again); a computed key that is an object is the interpreter's.
    func testMemberDefinitionsRunInOptimizedCode() throws {
        let source = """
        function f(x) {
          var o = { get a() { return x + 1; }, set a(v) { x = v; }, m() { return x * 2; } };
          o.a = x + 10;
          return o.a + o.m();
        }
        var s = 0;
        for (var i = 0; i < 30; i++) s += f(i);
        console.log(s);
        var key = { toString() { return "k"; } };
        function g() { return { b: 1, get [key]() { return 2; } }; }
        for (var j = 0; j < 5; j++) g();
        console.log(Object.keys(g()).join());
        """
        let (reference, _) = try OptimizerTestSupport.run(source, flags: ["--no-opt"])
        let (optimized, ending, compiler) = OptimizerTestSupport.run(source, ["--jit-threshold=2", "--trace-deopt"])
        XCTAssertEqual(ending, .normal)
        XCTAssertEqual(reference, "2235\nb,k\n")
        XCTAssertFalse(optimized.contains("not compiled"), optimized)
        let printed = optimized.split(separator: "\n").filter { !$0.hasPrefix("[") }.joined(separator: "\n") + "\n"
        XCTAssertEqual(printed, reference)
        XCTAssertTrue(optimized.contains("[deoptimizing g: property key of an object"), "g's object key is the interpreter's: \(optimized)")
        XCTAssertNotNil(compiler)
    }

    func testUnimplementedGenericBytecodeDeoptimizesInsteadOfRunning() throws {
        let p = try program("f", "function f(a) { return Math.max(...a); } f([1]);")
        let c = try compile(p.graph, off: [])
        guard case .deoptimize(let reason, _, _, _) = try c.run(realm: p.realm, this: .undefined, arguments: [.object(p.realm.newArray([.number(1)]))]) else {
            return XCTFail("expected deopt")
        }
        XCTAssertTrue(reason.contains("not compiled"), reason)
    }

    // MARK: - Register allocation

    func testMoreThanEightLiveValuesSpillAndStillComputeTheRightResult() throws {
        let p = try program("many", """
        function many(a) {
          let x1 = a + 1, x2 = a + 2, x3 = a + 3, x4 = a + 4, x5 = a + 5, x6 = a + 6;
          let x7 = a + 7, x8 = a + 8, x9 = a + 9, x10 = a + 10, x11 = a + 11, x12 = a + 12;
          return ((x1 - x2) * (x3 - x4) + (x5 - x6) * (x7 - x8)) * 1000 + x9 * x10 - x11 + x12 + a;
        }
        for (var i = 0; i < 5; i++) many(i);
        """)
        let c = try compile(p.graph, off: [])
        XCTAssertGreaterThan(c.allocation.spilledCount, 0, c.listing)
        XCTAssertGreaterThan(c.allocation.slotCount, 0)
        // At no point do two simultaneously live intervals share a location, whatever the register count.
        for registers in [1, 2, 3, 8] {
            let a = try compile(p.graph, off: [], registers: registers).allocation
            let ivs = a.intervals
            for i in ivs.indices {
                for j in ivs.indices where j > i && ivs[i].start <= ivs[j].end && ivs[j].start <= ivs[i].end {
                    XCTAssertNotEqual(a.locations[ivs[i].node.id], a.locations[ivs[j].node.id],
                                      "\(registers) registers: \(ivs[i].node) and \(ivs[j].node)")
                }
            }
            XCTAssertFalse(a.locations.values.contains { if case .register(let r) = $0 { return r >= registers }; return false })
        }
        try checkAgainstInterpreter(p, [[n(0)], [n(7)], [n(-3)]])
        // One to three registers only: still right.
        for registers in [1, 2, 3] {
            let tight = try compile(p.graph, off: [], registers: registers)
            guard case .returned(let v) = try tight.run(realm: p.realm, this: .undefined, arguments: [n(7)]) else { return XCTFail() }
            XCTAssertTrue(same(v, try p.realm.call(.object(p.function), this: .undefined, [n(7)])), "\(registers)")
        }
    }

    func testReferenceAllocationGivesEveryValueItsOwnSlot() throws {
        let p = try program("sum", "function sum(n) { let s = 0; for (let i = 0; i < n; i++) s = s + i; return s; } sum(5);")
        let c = try compile(p.graph, off: ["register-allocation"])
        let locs = c.allocation.intervals.isEmpty ? Array(c.allocation.locations.values) : []
        XCTAssertEqual(Set(locs.map(\.description)).count, locs.count)
        XCTAssertFalse(locs.contains { if case .register = $0 { return true }; return false })
    }

    func testParallelMoveBreaksCyclesWithScratch() {
        let moves: [(dst: Location, src: Operand)] = [(.register(0), .location(.register(1))), (.register(1), .location(.register(0))),
                                                      (.register(2), .constant(.number(5)))]
        let seq = ParallelMove.sequentialize(moves, scratch: .register(8))
        var regs: [Int: Double] = [0: 10, 1: 11, 2: 12, 8: 0]
        for m in seq {
            guard case .register(let d) = m.dst else { return XCTFail() }
            switch m.src {
            case .constant(let v): regs[d] = v.asNumber
            case .location(.register(let s)): regs[d] = regs[s]
            default: XCTFail()
            }
        }
        XCTAssertEqual(regs[0], 11); XCTAssertEqual(regs[1], 10); XCTAssertEqual(regs[2], 5)
    }

    // MARK: - Scheduling

    /// i = 0; while (i < n) i = i + k * k; return i — with `k * k` built inside the loop.
    func loopGraph() -> (Graph, Node, Block) {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b0 = g.newBlock(), b1 = g.newBlock(), b2 = g.newBlock(), b3 = g.newBlock()
        let start = g.add(.start, in: b0)
        let nParam = g.add(.parameter(1), in: b0)
        let k = g.add(.parameter(2), in: b0)
        let zero = g.add(.constant(.number(0)), in: b0)
        g.add(.goto, in: b0)
        g.connect(b0, b1); g.connect(b1, b2); g.connect(b1, b3); g.connect(b2, b1)
        b1.isLoopHeader = true
        let phi = g.addPhi([zero], in: b1)
        let cmp = g.add(.numberLessThan, [phi, nParam], in: b1)
        g.add(.branch, [cmp], in: b1)
        let square = g.add(.int32Mul, [k, k], in: b2)
        let next = g.add(.int32Add, [phi, square], in: b2)
        g.add(.goto, in: b2)
        g.appendInput(phi, next)
        g.add(.return, [phi], effect: start, in: b3)
        return (g, square, b0)
    }

    func testLoopInvariantPureNodeIsHoistedOutOfTheLoop() throws {
        let (g, square, b0) = loopGraph()
        XCTAssertEqual(IRVerifier.check(g), [])
        let s = SchedulingPhase.schedule(g)
        let home = try XCTUnwrap(s.blocks.first { $0.nodes.contains { $0 === square } })
        XCTAssertTrue(home.block === b0, s.description)
        XCTAssertEqual(home.loopDepth, 0)
        XCTAssertEqual(s.blocks.map(\.loopDepth), [0, 1, 1, 0], s.description)
        // The graph is untouched, and the reference keeps program order.
        XCTAssertTrue(square.block?.id == 2)
        let r = ReferenceScheduler.schedule(g)
        XCTAssertEqual(r.blocks.map { $0.nodes.map(\.id) }, g.blocks.map { $0.nodes.map(\.id) })
        // Every input is computed before it is used in the linear order (phis: by their predecessor's end).
        var seen: Set<Int> = []
        for b in s.blocks {
            for node in b.nodes {
                if !BackendFacts.isPhi(node) { for i in node.inputs { XCTAssertTrue(seen.contains(i.id), "\(i) before \(node)") } }
                seen.insert(node.id)
            }
        }
        for (label, off) in BackendTests.variants {
            let c = try compile(g, off: off)
            let realm = Realm(options: EngineOptions(), output: CapturedOutput())
            guard case .returned(let v) = try c.run(realm: realm, this: .undefined, arguments: [n(10), n(2)]) else { XCTFail(label); continue }
            XCTAssertTrue(same(v, n(12)), "\(label): \(v)\n\(c.listing)")
        }
    }

    func testEffectfulNodesKeepTheirOrder() throws {
        let p = try program("f", "function mk() { return {}; } function f(o) { o.a = 1; o.b = o.a + 1; return o.b; } f(mk()); f(mk());")
        let s = SchedulingPhase.schedule(p.graph)
        let order = s.linearNodes.filter { $0.opcode.isEffectful }.map(\.id)
        XCTAssertEqual(order, p.graph.liveNodes.filter { $0.opcode.isEffectful }.map(\.id))
        let mk = try p.realm.get(p.realm.global, "mk")
        for (label, off) in BackendTests.variants {
            let c = try compile(p.graph, off: off)
            let expectedObject = try p.realm.call(mk, this: .undefined, [])
            let expected = try p.realm.call(.object(p.function), this: .undefined, [expectedObject])
            let o = try p.realm.call(mk, this: .undefined, [])
            guard case .returned(let v) = try c.run(realm: p.realm, this: .undefined, arguments: [o]) else { XCTFail(label); continue }
            XCTAssertTrue(same(v, expected), label)
            XCTAssertTrue(same(try p.realm.getValue(o, PropertyKey("a")), n(1)), label)
            XCTAssertTrue(same(try p.realm.getValue(o, PropertyKey("b")), n(2)), label)
        }
    }

    // MARK: - Instruction selection and memory safety

    func testSpecialisedOperationsAreChosenOnlyWhenEnabled() throws {
        let p = try program("f", "function f(a, b) { let s = 0; while (s < a) s = s - b; return s; } f(5, -1);")
        let c = try compile(p.graph, off: [])
        XCTAssertTrue(c.listing.contains("int32.sub"), c.listing)
        XCTAssertTrue(c.listing.contains("int32.bless"), c.listing)
        XCTAssertTrue(c.listing.contains("check.int32"), c.listing)
        let r = try compile(p.graph, off: ["instruction-selection"])
        XCTAssertFalse(r.listing.contains("int32."), r.listing)
        XCTAssertFalse(r.listing.contains("check."), r.listing)
    }

    func testPowerOfTwoModulusOfNonNegativeIsAMask() throws {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b0 = g.newBlock()
        let start = g.add(.start, in: b0)
        let a = g.add(.parameter(1), in: b0)
        a.type = .range(0, 1000)
        let m = g.add(.int32Mod, [a, g.add(.constant(.number(8)), in: b0)], in: b0)
        g.add(.return, [m], effect: start, in: b0)
        let c = try compile(g, off: [])
        XCTAssertTrue(c.listing.contains("int32.and"), c.listing)
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        for x in [0.0, 7, 8, 13, 999] {
            guard case .returned(let v) = try c.run(realm: realm, this: .undefined, arguments: [n(x)]) else { return XCTFail() }
            XCTAssertTrue(same(v, n(x.truncatingRemainder(dividingBy: 8))))
        }
    }

    func uncheckedLoadGraph(_ op: Opcode) -> Graph {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b0 = g.newBlock()
        let start = g.add(.start, in: b0)
        let o = g.add(.parameter(1), in: b0)
        let i = g.add(.parameter(2), in: b0)
        let load: Node
        if case .loadField = op { load = g.add(op, [o], effect: start, in: b0) } else { load = g.add(op, [o, i], effect: start, in: b0) }
        g.add(.return, [load], effect: load, in: b0)
        return g
    }

    func testOutOfBoundsUncheckedElementLoadIsAMemorySafetyViolation() throws {
        let g = uncheckedLoadGraph(.loadElement)
        XCTAssertEqual(IRVerifier.check(g), [])
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        let array = JSValue.object(realm.newArray([n(1), n(2), n(3)]))
        for (label, off) in BackendTests.variants {
            let c = try compile(g, off: off)
            guard case .returned(let v) = try c.run(realm: realm, this: .undefined, arguments: [array, n(1)]) else { XCTFail(label); continue }
            XCTAssertTrue(same(v, n(2)))
            for bad in [n(3), n(-1), n(1e10), n(0.5)] {
                XCTAssertThrowsError(try c.run(realm: realm, this: .undefined, arguments: [array, bad]), label) { e in
                    guard case EngineTermination.memorySafetyViolation(let m) = e else { return XCTFail("\(e)") }
                    XCTAssertTrue(m.contains("element load out of bounds"), m)
                }
            }
            XCTAssertThrowsError(try c.run(realm: realm, this: .undefined, arguments: [.undefined, n(0)])) { e in
                guard case EngineTermination.memorySafetyViolation = e else { return XCTFail("\(e)") }
            }
        }
    }

    func testTypedArrayAccessOutOfBoundsOrWrongRepresentationIsAMemorySafetyViolation() throws {
        let g = uncheckedLoadGraph(.loadTypedElement(.int32))
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        let ctor = try realm.get(realm.global, "Int32Array")
        let ints = try realm.construct(ctor, [n(4)])
        try realm.setValue(ints, .index(2), n(-9), strict: true)
        let bytes = try realm.construct(try realm.get(realm.global, "Uint8Array"), [n(64)])
        for (label, off) in BackendTests.variants {
            let c = try compile(g, off: off)
            guard case .returned(let v) = try c.run(realm: realm, this: .undefined, arguments: [ints, n(2)]) else { XCTFail(label); continue }
            XCTAssertTrue(same(v, n(-9)), label)
            for (array, index, kind) in [(ints, n(4), "out of bounds"), (ints, n(-1), "out of bounds"), (bytes, n(0), "wrong representation"),
                                         (JSValue.object(realm.newArray([n(1)])), n(0), "another object")] {
                XCTAssertThrowsError(try c.run(realm: realm, this: .undefined, arguments: [array, index]), label) { e in
                    guard case EngineTermination.memorySafetyViolation(let m) = e else { return XCTFail("\(e)") }
                    XCTAssertTrue(m.contains(kind), "\(label): \(m)")
                }
            }
        }
    }

    func testFloat64AndGenericPathsMatchInterpreter() throws {
        let p = try program("f", "function f(a, b) { return a * b + a / b - 0.25; } f(1.5, 2.5); f(0.5, 3);")
        XCTAssertTrue(try compile(p.graph, off: []).listing.contains("float64.mul"))
        try checkAgainstInterpreter(p, [[n(1.5), n(2.5)], [n(-0.0), n(3)], [n(1), n(0)], [n(.nan), n(1)]])
        let q = try program("g", "function g(x) { let y = x ?? 5; if (y === undefined) return 1; return typeof y + (!y); } g(null); g(3); g('s');")
        try checkAgainstInterpreter(q, [[.null], [.undefined], [n(3)], [.string("s")], [n(0)]])
    }

    /// A typed operation whose operand is not a number (a missing guard let a string through)
    /// reads the wrong representation, specialised or generic.
    func testTypedArithmeticOnANonNumberIsAMemorySafetyViolation() throws {
        for op in [Opcode.int32Add, .float64Add, .numberLessThan] {
            let g = Graph(code: CodeBlock(name: "t"), name: "t")
            let b0 = g.newBlock()
            let start = g.add(.start, in: b0)
            let sum = g.add(op, [g.add(.parameter(1), in: b0), g.add(.parameter(2), in: b0)], in: b0)
            g.add(.return, [sum], effect: start, in: b0)
            let realm = Realm(options: EngineOptions(), output: CapturedOutput())
            for (label, off) in BackendTests.variants {
                let c = try compile(g, off: off)
                guard case .returned = try c.run(realm: realm, this: .undefined, arguments: [n(1), n(2)]) else { XCTFail(label); continue }
                XCTAssertThrowsError(try c.run(realm: realm, this: .undefined, arguments: [n(1), .string("x")]), "\(op) \(label)") { e in
                    guard case EngineTermination.memorySafetyViolation(let m) = e else { return XCTFail("\(e)") }
                    XCTAssertTrue(m.contains("wrong representation"), m)
                }
            }
        }
    }

    func testFieldLoadOutsideTheShapeIsAMemorySafetyViolation() throws {
        let g = uncheckedLoadGraph(.loadField(slot: 3))
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        let c = try compile(g, off: [])
        XCTAssertThrowsError(try c.run(realm: realm, this: .undefined, arguments: [.object(realm.newObject()), n(0)])) { e in
            guard case EngineTermination.memorySafetyViolation(let m) = e else { return XCTFail("\(e)") }
            XCTAssertTrue(m.contains("field load"), m)
        }
        XCTAssertThrowsError(try c.run(realm: realm, this: .undefined, arguments: [.null, n(0)]))
    }
}

/// The back end after the whole middle end (whatever phases are registered), on the same
/// programs: the lowered, typed IR must compute what the interpreter computes.
final class BackendAfterPipelineTests: XCTestCase {
    func testOptimizedPipelineThenBackEndMatchesInterpreter() throws {
        let cases: [(String, String, [[JSValue]])] = [
            ("f", "function f(a, b) { return (a * b + a - b) % 8 + (a | b) - (a >> 1); } for (var i = 0; i < 10; i++) f(i, 3);",
             [[.number(1), .number(2)], [.number(7), .number(3)], [.number(1000), .number(-77)]]),
            ("sum", "function sum(n) { let s = 0; for (let i = 0; i < n; i++) { s = s + i * 2; if (s > 50) s = s - 7; } return s; } sum(10); sum(20);",
             [[.number(0)], [.number(10)], [.number(100)]]),
            ("getX", "function P(x) { this.y = 0; this.x = x; } function getX(p) { return p.x + p.y; } for (var i = 0; i < 5; i++) getX(new P(i));", []),
            ("g", "function h(x) { return x * 3; } function g(x) { return h(x) + h(x + 1); } g(1); g(2);",
             [[.number(1)], [.number(10)]]),
            ("m", "function m(a) { let s = 0; for (let i = 0; i < a; i++) s = (s + i) % 16; return s; } m(30); m(40);",
             [[.number(5)], [.number(100)]]),
        ]
        for (name, source, args) in cases {
            let (realm, f, g) = try OptimizerTestSupport.compiled(name, in: source)
            var options = EngineOptions()
            options.verifyIR = true
            let log = RewriteLog(options: options)
            try Pipeline(options: options, phases: PhaseRegistry.all).runOptimizations(on: g, log: log, output: nil)
            let compiled = try Backend.compile(graph: g, options: options)
            var argSets = args
            if name == "getX" {
                let P = try realm.get(realm.global, "P")
                argSets = try [[realm.construct(P, [.number(4)])], [realm.construct(P, [.number(100)])]]
            }
            for a in argSets {
                let expected = try realm.call(.object(f), this: .undefined, a)
                switch try compiled.run(realm: realm, this: .undefined, arguments: a) {
                case .returned(let v):
                    XCTAssertTrue(Realm.sameValue(v, expected), "\(name)\(a): \(v) vs \(expected)\n\(IRPrinter.print(g, after: "all"))\n\(compiled.listing)")
                case .deoptimize(let reason, _, _, _):
                    // Allowed (speculation beyond the feedback), but not for these in-feedback arguments.
                    XCTFail("\(name)\(a) deoptimized: \(reason)\n\(compiled.listing)")
                }
            }
        }
    }
}
