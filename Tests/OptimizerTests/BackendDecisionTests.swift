import XCTest
@testable import JSEngine
@testable import Optimizer

/// Back-end decisions the fault catalog deviates from: where loads are scheduled, when a
/// spill slot is free again, how a uint32 word becomes a float64, when a modulus is a
/// mask, and what an element access checks — each correct, and with its fault.
final class BackendDecisionTests: XCTestCase {
    func faults(_ ids: [FaultID], _ log: RewriteLog) -> FaultSwitch {
        var o = EngineOptions()
        o.injectedFaults = ids.map(\.rawValue)
        return FaultSwitch(options: o, log: log)
    }

    func position(_ s: Schedule, _ n: Node) -> Int? { s.linearNodes.firstIndex { $0 === n } }

    // MARK: - Scheduling

    let storeBetweenLoads = """
    function f(o, p, v) { const a = o.x; p.x = v; return a + o.x; }
    f({x: 1}, {x: 2}, 3); f({x: 1}, {x: 2}, 3);
    """

    /// The second load of o.x reads through the first shape check (the store changes no
    /// shape) and may go early, but never above the store before it on the effect chain.
    func testLoadsGoEarlyButAfterTheStoreBeforeThem() throws {
        let (_, _, g, _) = try OptimizerTestSupport.optimized("f", in: storeBetweenLoads)
        let loads = g.liveNodes.filter { if case .loadField = $0.opcode { return true }; return false }
        let store = try XCTUnwrap(g.liveNodes.first { if case .storeField = $0.opcode { return true }; return false })
        XCTAssertEqual(loads.count, 2)
        XCTAssertTrue(loads[1].inputs[0] === loads[0].inputs[0], "one shape check for both loads")
        let log = RewriteLog(options: EngineOptions())
        let s = SchedulingPhase.schedule(g, faults: faults([], log))
        XCTAssertGreaterThan(try XCTUnwrap(position(s, loads[1])), try XCTUnwrap(position(s, store)), s.description)
        XCTAssertEqual(log.firedFaults, [])
        let faulty = SchedulingPhase.schedule(g, faults: faults([.schedulingIgnoresEffectOrder], log))
        XCTAssertLessThan(try XCTUnwrap(position(faulty, loads[1])), try XCTUnwrap(position(faulty, store)), faulty.description)
        XCTAssertEqual(log.firedFaults, [.schedulingIgnoresEffectOrder])
    }

    /// A load whose only inputs are a parameter's guards goes right after them (before
    /// unrelated fixed nodes), and keeps its value correct.
    func testLoadIsPlacedRightAfterItsInputs() throws {
        let source = "function f(o, x) { const y = x | 0; return o.a + y; } f({a: 1}, 2); f({a: 3}, 4);"
        let (realm, _, g, _) = try OptimizerTestSupport.optimized("f", in: source)
        let load = try XCTUnwrap(g.liveNodes.first { if case .loadField = $0.opcode { return true }; return false })
        let s = SchedulingPhase.schedule(g)
        let check = load.inputs[0]
        XCTAssertEqual(position(s, load), try XCTUnwrap(position(s, check)) + 1, s.description)
        let o = try realm.construct(try realm.get(realm.global, "Object"), [])
        try realm.setValue(o, PropertyKey("a"), .number(5), strict: true)
        let c = try Backend.compile(graph: g, options: EngineOptions())
        guard case .returned(let v) = try c.run(realm: realm, this: .undefined, arguments: [o, .number(6)]) else {
            return XCTFail(c.listing)
        }
        XCTAssertTrue(Realm.sameValue(v, .number(11)), "\(v)")
    }

    /// A do-while loop whose first iteration is peeled: in the loop header the element load
    /// is the effect phi's back-edge input. The phi's inputs come from the ends of the
    /// predecessors, so the load must not be emitted ahead of the effect phi, nor ahead of
    /// the bounds check it reads through (that let `f([])` read a[0] before any check).
    func testLoopCarriedLoadStaysAfterItsBoundsCheck() throws {
        let source = """
        function f(a) { let i = 0, s = 0; do { s += a[i] | 0; i++; } while (i < a.length); return s; }
        f([1, 2]); f([1, 2]);
        """
        let (_, _, g, _) = try OptimizerTestSupport.optimized("f", in: source)
        let loads = g.liveNodes.filter { if case .loadElement = $0.opcode { return true }; return false }
        XCTAssertEqual(loads.count, 2, "the peeled iteration's load and the loop's")
        let s = SchedulingPhase.schedule(g)
        for block in s.blocks {
            for (k, n) in block.nodes.enumerated() where !BackendFacts.isValueOrEffectPhi(n) {
                for d in n.inputs + (n.effect.map { [$0] } ?? []) {
                    if let j = block.nodes.firstIndex(where: { $0 === d }) {
                        XCTAssertLessThan(j, k, "n\(d.id) used by n\(n.id) before it is computed\n\(s.description)")
                    }
                }
            }
        }
        for load in loads {
            let check = load.inputs[1]
            XCTAssertEqual("\(check.opcode)", "CheckBounds")
            XCTAssertLessThan(try XCTUnwrap(position(s, check)), try XCTUnwrap(position(s, load)), s.description)
        }
        let program = source + "\nprint(f([1, 2]), f([]), f([4]));"
        for flags in [["--jit-threshold=2", "--verify-ir"], ["--eager", "--verify-ir"]] {
            let run = try OptimizerTestSupport.run(program, flags: flags)
            XCTAssertEqual("\(run.ending)", "normal", "\(flags)")
            XCTAssertEqual(run.output, "3 0 4\n", "\(flags)")
        }
    }

    // MARK: - Register allocation

    let manyLiveValues = """
    function mix(a, b) {
      const v0 = a + 1, v1 = a + 2, v2 = a + 3, v3 = a + 4, v4 = a + 5;
      const v5 = b + 6, v6 = b + 7, v7 = b + 8, v8 = b + 9, v9 = b + 10;
      const w0 = v0 * v9, w1 = v1 * v8, w2 = v2 * v7, w3 = v3 * v6, w4 = v4 * v5;
      return w0 - v0 + 2 * (w1 - v1) + 3 * (w2 - v2) + v5 + v6 + v7 + v8 + v9 + w0 + w1 + w2 + w3 + w4;
    }
    mix(1, 2); mix(3, 4);
    """

    /// Spilled intervals sharing a slot, by pairs.
    func sharedSlotOverlaps(_ a: Allocation) -> Int {
        let spilled = a.intervals.filter { if case .slot = a.locations[$0.node.id] { return true }; return false }
        var overlaps = 0
        for (i, x) in spilled.enumerated() {
            for y in spilled[(i + 1)...] where a.locations[x.node.id] == a.locations[y.node.id] {
                if x.start <= y.end && y.start <= x.end { overlaps += 1 }
            }
        }
        return overlaps
    }

    func testSpillSlotIsTakenUntilTheEndOfItsValuesRange() throws {
        let (realm, f, g, _) = try OptimizerTestSupport.optimized("mix", in: manyLiveValues)
        let s = SchedulingPhase.schedule(g)
        let log = RewriteLog(options: EngineOptions())
        let correct = RegisterAllocationPhase.allocate(s, faults: faults([], log))
        XCTAssertGreaterThan(correct.spilledCount, 1)
        XCTAssertEqual(sharedSlotOverlaps(correct), 0)
        let faulty = RegisterAllocationPhase.allocate(s, faults: faults([.registerAllocationSpillSlotReuse], log))
        XCTAssertGreaterThan(sharedSlotOverlaps(faulty), 0, "a slot is handed out again while its value is live")
        XCTAssertEqual(log.firedFaults, [.registerAllocationSpillSlotReuse])
        let args: [JSValue] = [.number(5), .number(6)]
        let expected = try realm.call(.object(f), this: .undefined, args)
        guard case .returned(let v) = try Backend.compile(graph: g, options: EngineOptions()).run(realm: realm, this: .undefined,
                                                                                                  arguments: args) else {
            return XCTFail()
        }
        XCTAssertTrue(Realm.sameValue(v, expected))
    }

    // MARK: - Instruction selection

    func compile(_ source: String, _ name: String, inject: [FaultID] = []) throws -> (Realm, CompiledFunction, RewriteLog) {
        let (realm, _, g, _) = try OptimizerTestSupport.optimized(name, in: source)
        var o = EngineOptions()
        o.injectedFaults = inject.map(\.rawValue)
        let log = RewriteLog(options: o)
        return (realm, try Backend.compile(graph: g, options: o, log: log), log)
    }

    func call(_ c: CompiledFunction, _ realm: Realm, _ args: [Double]) throws -> JSValue? {
        if case .returned(let v) = try c.run(realm: realm, this: .undefined, arguments: args.map { .number($0) }) { return v }
        return nil
    }

    func testUint32WordIsConvertedUnsigned() throws {
        let source = "function f(x) { return x >>> 0; } f(1); f(2);"
        let (realm, c, log) = try compile(source, "f")
        XCTAssertTrue(c.listing.contains("uint32.tofloat64"), c.listing)
        XCTAssertTrue(Realm.sameValue(try XCTUnwrap(try call(c, realm, [-1])), .number(4294967295)))
        XCTAssertEqual(log.firedFaults, [])
        let (_, faulty, faultyLog) = try compile(source, "f", inject: [.instructionSelectionUint32ToFloat64Signed])
        XCTAssertTrue(faulty.listing.contains(" int32.tofloat64"), faulty.listing)
        XCTAssertFalse(faulty.listing.contains("uint32.tofloat64"), faulty.listing)
        XCTAssertTrue(Realm.sameValue(try XCTUnwrap(try call(faulty, realm, [-1])), .number(-1)))
        XCTAssertEqual(faultyLog.firedFaults, [.instructionSelectionUint32ToFloat64Signed])
        // A shift by 28 or more leaves a small word: both conversions agree, the fault does not apply.
        let (_, small, smallLog) = try compile("function g(x) { return x >>> 28; } g(1); g(2);", "g",
                                               inject: [.instructionSelectionUint32ToFloat64Signed])
        XCTAssertTrue(Realm.sameValue(try XCTUnwrap(try call(small, realm, [-1])), .number(15)))
        XCTAssertEqual(smallLog.firedFaults, [])
    }

    /// Range-based selections are numbered rewrites: a limit that stops them leaves the nodes
    /// their generic operations, which is how bisection reaches a wrong selection (here the
    /// injected mask for a signed dividend).
    func testRangeBasedSelectionsAreNumberedRewrites() throws {
        let source = "function f(x) { return x % 8 + (x >>> 1); } f(13); f(-3);"
        var faulty = EngineOptions()
        faulty.injectedFaults = [FaultID.instructionSelectionPow2ModIgnoresSign.rawValue]
        func compiled(_ options: EngineOptions) throws -> (Realm, CompiledFunction, RewriteLog) {
            let (realm, _, g, _) = try OptimizerTestSupport.optimized("f", in: source)
            let log = RewriteLog(options: options)
            return (realm, try Backend.compile(graph: g, options: options, log: log), log)
        }
        let (realm, c, log) = try compiled(faulty)
        let selections = log.rewrites.filter { $0.phase == "instruction-selection" }
        XCTAssertEqual(selections.map(\.rule), ["select-mask-modulus", "select-uint32-word"])
        XCTAssertTrue(c.listing.contains("int32.and") && c.listing.contains("uint32.tofloat64"), c.listing)
        XCTAssertTrue(Realm.sameValue(try XCTUnwrap(try call(c, realm, [-13])), .number(3 + 2147483641)), "the fault shows")
        var limited = faulty
        limited.phaseRewriteLimits = ["instruction-selection": 0]
        let (_, generic, limitedLog) = try compiled(limited)
        XCTAssertEqual(limitedLog.rewrites.filter { $0.phase == "instruction-selection" }.map(\.applied), [false, false])
        XCTAssertFalse(generic.listing.contains("int32.and") || generic.listing.contains("uint32.tofloat64"), generic.listing)
        for x in [-13.0, 13, 255] {
            let expected = JSValue.number(x.truncatingRemainder(dividingBy: 8) + Double(UInt32(bitPattern: Int32(x)) >> 1))
            XCTAssertTrue(Realm.sameValue(try XCTUnwrap(try call(generic, realm, [x])), expected), "\(x)")
        }
    }

    /// x % 8 is a mask only for a non-negative int32 x.
    func testPowerOfTwoModulusIsAMaskOnlyForNonNegativeDividends() throws {
        let signed = "function f(x) { return x % 8; } f(13); f(-3);"
        let (realm, c, log) = try compile(signed, "f")
        XCTAssertFalse(c.listing.contains("int32.and"), c.listing)
        for x in [-13.0, -8, 13] {
            XCTAssertTrue(Realm.sameValue(try XCTUnwrap(try call(c, realm, [x])), .number(x.truncatingRemainder(dividingBy: 8))))
        }
        XCTAssertEqual(log.firedFaults, [])
        let (_, faulty, faultyLog) = try compile(signed, "f", inject: [.instructionSelectionPow2ModIgnoresSign])
        XCTAssertTrue(faulty.listing.contains("int32.and"), faulty.listing)
        XCTAssertTrue(Realm.sameValue(try XCTUnwrap(try call(faulty, realm, [-13])), .number(3)))
        XCTAssertEqual(faultyLog.firedFaults, [.instructionSelectionPow2ModIgnoresSign])
    }

    // MARK: - Memory safety of element accesses

    func testElementAccessOnAnotherElementsKindIsAMemorySafetyViolation() throws {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b0 = g.newBlock()
        let start = g.add(.start, in: b0)
        let a = g.add(.parameter(1), in: b0)
        let zero = g.add(.constant(.number(0)), in: b0)
        let load = g.add(.loadElement, [a, zero], effect: start, in: b0)
        load.accessKinds = [.packedSmi]
        g.add(.return, [load], effect: load, in: b0)
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        let c = try Backend.compile(graph: g, options: EngineOptions())
        guard case .returned(let v) = try c.run(realm: realm, this: .undefined, arguments: [.object(realm.newArray([.number(4)]))]) else {
            return XCTFail()
        }
        XCTAssertTrue(Realm.sameValue(v, .number(4)))
        for other in [JSValue.object(realm.newArray([.number(0.5)])), .object(realm.newObject())] {
            XCTAssertThrowsError(try c.run(realm: realm, this: .undefined, arguments: [other])) { e in
                guard case EngineTermination.memorySafetyViolation(let m) = e else { return XCTFail("\(e)") }
                XCTAssertTrue(m.contains("unexpected elements kind"), m)
            }
        }
    }
}
