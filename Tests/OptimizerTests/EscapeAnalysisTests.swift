import XCTest
@testable import JSEngine
@testable import Optimizer

/// Escape analysis on graphs built from JS and by hand: which allocations are replaced by
/// their field values, what is left afterwards, and what frame states describe.
final class EscapeAnalysisTests: XCTestCase {
    /// A function's graph straight from the builder, then after escape analysis alone.
    func analysed(_ name: String, _ source: String, options: EngineOptions = EngineOptions()) throws
        -> (before: [String], graph: Graph, log: RewriteLog) {
        let g = try OptimizerTestSupport.graph(of: name, in: source)
        let before = g.liveNodes.map { "\($0.opcode)" }
        let log = RewriteLog(options: options)
        g.currentPhase = "escape-analysis"
        EscapeAnalysis().run(PhaseContext(graph: g, log: log, options: options, phase: "escape-analysis"))
        return (before, g, log)
    }

    func count(_ prefix: String, in ops: [String]) -> Int { ops.filter { $0.hasPrefix(prefix) }.count }
    func ops(_ g: Graph) -> [String] { g.liveNodes.map { "\($0.opcode)" } }
    func rules(_ log: RewriteLog) -> [String: Int] { Dictionary(log.rewrites.map { ($0.rule, 1) }, uniquingKeysWith: +) }

    func classification(_ name: String, _ source: String) throws -> EscapeClassification {
        let g = try OptimizerTestSupport.graph(of: name, in: source)
        let tree = DominatorTree(g)
        var c = EscapeClassification(graph: g, tree: tree)
        let fields = VirtualObjectFields(graph: g, tree: tree, allocations: c.allocations.map { ($0.node, $0.shape, $0.stores) })
        c.propagateEscapes(fields: fields, faults: FaultSwitch(options: EngineOptions(), log: nil))
        return c
    }

    func reasons(_ c: EscapeClassification) -> [String] { c.allocations.map { $0.escapeReason ?? "virtual" } }

    // MARK: - From JS

    func testNonEscapingLiteralLosesAllocationLoadsAndStores() throws {
        let source = "function f(a, b) { var o = {x: a, y: b}; return o.x + o.y; } for (var i = 0; i < 5; i++) f(i, i);"
        let (before, g, log) = try analysed("f", source)
        XCTAssertEqual(count("AllocateObject", in: before), 1)
        XCTAssertEqual(count("StoreField", in: before), 2)
        XCTAssertEqual(count("LoadField", in: before), 2)
        XCTAssertEqual(count("CheckShape", in: before), 2)
        let after = ops(g)
        XCTAssertEqual(count("AllocateObject", in: after), 0)
        XCTAssertEqual(count("StoreField", in: after), 0)
        XCTAssertEqual(count("LoadField", in: after), 0)
        XCTAssertEqual(count("CheckShape", in: after), 0)
        let r = rules(log)
        XCTAssertEqual(r["replace-load-with-field-value"], 2)
        XCTAssertEqual(r["remove-shape-check-of-virtual-object"], 2)
        XCTAssertEqual(r["remove-store-to-virtual-object"], 2)
        XCTAssertEqual(r["scalar-replace-allocation"], 1)
        // o.x + o.y now adds the parameters themselves.
        let add = try XCTUnwrap(g.liveNodes.first { if case .speculativeNumberAdd = $0.opcode { return true }; return false })
        XCTAssertEqual(add.inputs.map { guardedRoot($0).map { "\($0.opcode)" } ?? "" }, ["Parameter[1]", "Parameter[2]"])
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    func testReturnedObjectKeepsItsAllocation() throws {
        let source = "function f(a) { var o = {x: a}; o.x; return o; } for (var i = 0; i < 5; i++) f(i);"
        let (_, g, log) = try analysed("f", source)
        XCTAssertEqual(log.total, 0)
        XCTAssertEqual(count("AllocateObject", in: ops(g)), 1)
        XCTAssertEqual(count("StoreField", in: ops(g)), 1)
        XCTAssertEqual(reasons(try classification("f", source)), ["returned"])
    }

    func testGloballyStoredObjectKeepsItsAllocation() throws {
        let source = "var g; function f(a) { var o = {x: a}; g = o; return o.x; } for (var i = 0; i < 5; i++) f(i);"
        let (_, g, log) = try analysed("f", source)
        XCTAssertEqual(log.total, 0)
        XCTAssertEqual(count("AllocateObject", in: ops(g)), 1)
        XCTAssertEqual(count("LoadField", in: ops(g)), 1)
        XCTAssertEqual(reasons(try classification("f", source)), ["stored into a global"])
    }

    func testObjectUsedAfterItsStoreIntoAnEscapingObjectEscapes() throws {
        let source = "function f(a) { var o = {x: a}; var p = {inner: o}; o.x = 7; return p; } for (var i = 0; i < 5; i++) f(i);"
        XCTAssertEqual(reasons(try classification("f", source)), ["stored into an escaping object", "returned"])
        let (_, g, log) = try analysed("f", source)
        XCTAssertEqual(log.total, 0)
        XCTAssertEqual(count("AllocateObject", in: ops(g)), 2)
    }

    func testObjectStoredIntoAParameterAndUsedAfterwardsEscapes() throws {
        let source = "function f(p, a) { var o = {x: a}; p.inner = o; o.x = 7; } for (var i = 0; i < 5; i++) f({inner: null}, i);"
        XCTAssertEqual(reasons(try classification("f", source)), ["stored into an object that is not a local allocation"])
    }

    /// An object whose last use is its store into an escaping object is allocated at that
    /// store, with the field values it has there (its earlier stores and loads are gone).
    func testAllocationSinksIntoItsOnlyStoreIntoAnEscapingObject() throws {
        let source = "function f(p, a) { var o = {x: a}; o.x = o.x + 1; p.inner = o; } for (var i = 0; i < 5; i++) f({inner: null}, i);"
        XCTAssertEqual(reasons(try classification("f", source)), ["virtual"])
        let (_, g, log) = try analysed("f", source)
        XCTAssertEqual(rules(log)["materialize-at-escaping-store"], 1)
        XCTAssertEqual(rules(log)["scalar-replace-allocation"], 1)
        let allocations = g.liveNodes.filter { if case .allocateObject = $0.opcode { return true }; return false }
        XCTAssertEqual(allocations.count, 1)
        let copy = try XCTUnwrap(allocations.first)
        XCTAssertEqual(copy.inputs.map { "\($0.opcode)" }, ["SpeculativeNumberAdd[int32]"], "x as of the store")
        let store = try XCTUnwrap(g.liveNodes.first { if case .storeField = $0.opcode { return true }; return false })
        XCTAssertTrue(store.inputs[1] === copy)
        XCTAssertTrue(store.effect === copy, "allocated on the effect chain just before the store")
        XCTAssertEqual(IRVerifier.check(g), [])
        let run = OptimizerTestSupport.run(source + " var q = {inner: null}; f(q, 4); console.log(q.inner.x);", ["--jit-threshold=2"])
        XCTAssertEqual(run.0, "5\n")
    }

    func testObjectsStoredInEachOtherAreDescribedNested() throws {
        let source = """
        function f(a) { var o = {x: a}; var p = {inner: o, k: a}; return p.k + o.x + p.k; }
        for (var i = 0; i < 5; i++) f(i);
        """
        XCTAssertEqual(reasons(try classification("f", source)), ["virtual", "virtual"])
        let (_, g, log) = try analysed("f", source)
        XCTAssertEqual(count("AllocateObject", in: ops(g)), 0)
        XCTAssertEqual(rules(log)["scalar-replace-allocation"], 2)
        // Some frame state after both literals describes p with o described inside it (p is
        // read again at the end, so it is live in the first addition's frame state; frame
        // states keep only live registers).
        let nested = g.liveNodes.compactMap(\.frameState).flatMap { $0.registers.compactMap { $0 } }.contains { r in
            guard case .objectState = r.opcode, let first = r.inputs.first, case .objectState = first.opcode else { return false }
            return true
        }
        XCTAssertTrue(nested)
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    func testObjectLoadedBackOutOfAContainerStaysAllocated() throws {
        let source = "function f(a) { var o = {x: a}; var p = {inner: o}; return p.inner.x; } for (var i = 0; i < 5; i++) f(i);"
        XCTAssertEqual(reasons(try classification("f", source)), ["loaded back out of the object it is stored in", "virtual"])
        let (_, g, _) = try analysed("f", source)
        let allocations = g.liveNodes.filter { if case .allocateObject = $0.opcode { return true }; return false }
        XCTAssertEqual(allocations.count, 1)
        // The load of p.inner became o itself, which the remaining shape check reads.
        let check = try XCTUnwrap(g.liveNodes.first { if case .checkShape = $0.opcode { return true }; return false })
        XCTAssertTrue(check.inputs.first === allocations.first)
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    func testEveryUseKindIsClassified() {
        let h = HandGraph()
        let shape = ShapeRef(Shape.root(proto: nil).adding(JSString("x"), .default))
        let other = ShapeRef(Shape.root(proto: nil).adding(JSString("y"), .default))
        let a = h.add(.allocateObject(shape))
        let v = h.param(1)
        func use(_ op: Opcode, _ inputs: [Node], _ index: Int) -> AllocationUse {
            EscapeClassification.classify(h.add(op, inputs), inputIndex: index, shape: shape)
        }
        XCTAssertEqual(use(.checkShape([shape]), [a], 0), .passingShapeCheck)
        XCTAssertEqual(use(.checkShape([other]), [a], 0), .escape("checked for another shape"))
        XCTAssertEqual(use(.loadField(slot: 0), [a], 0), .fieldLoad(slot: 0))
        XCTAssertEqual(use(.loadField(slot: 1), [a], 0), .escape("loaded outside its fields"))
        XCTAssertEqual(use(.storeField(slot: 0), [a, v], 0), .fieldStore(slot: 0))
        XCTAssertEqual(use(.storeField(slot: 0), [v, a], 1), .storedInto(container: v, slot: 0))
        XCTAssertEqual(use(.jsCall(argc: 1), [v, v, a], 2), .escape("passed to a call"))
        XCTAssertEqual(use(.jsSetNamed(JSString("p")), [v, a], 1), .escape("stored into another object"))
        XCTAssertEqual(use(.storeElement, [v, v, a], 2), .escape("stored into another object"))
        XCTAssertEqual(use(.jsStoreContext(depth: 0, slot: 0), [a], 0), .escape("stored into a context"))
        XCTAssertEqual(use(.jsBinary(.strictEqual), [a, v], 0), .escape("compared or converted"))
        XCTAssertEqual(use(.phi, [a], 0), .escape("merged into a phi"))
        XCTAssertEqual(use(.objectState(shape, object: 0), [a], 0), .describedForDeoptimization)
        XCTAssertEqual(use(.throw, [a], 0), .escape("thrown"))
        XCTAssertEqual(use(.return, [a], 0), .escape("returned"))
    }

    // MARK: - Field values over control flow (hand-built graphs)

    /// One slot (`x`).
    let shape = ShapeRef(Shape.root(proto: nil).adding(JSString("x"), .default))

    func testLoadAtAJoinBecomesAPhiOfTheStoredValues() {
        let h = HandGraph()
        let cond = h.param(1), c1 = h.const(1), c2 = h.const(2)
        let a = h.add(.allocateObject(shape))
        h.add(.storeField(slot: 0), [a, c1])
        let entryEffect = h.effect
        let left = h.block(), right = h.block(), join = h.block()
        h.branch(cond, from: h.entry, left, right)
        let store = h.add(.storeField(slot: 0), [a, c2], in: left)
        h.goto(left, join)
        h.goto(right, join)
        let ephi = h.g.addPhi([store, entryEffect], in: join)
        h.g.changeOpcode(ephi, to: .effectPhi)
        h.effect = ephi
        let load = h.add(.loadField(slot: 0), [a], in: join)
        let ret = h.ret(load, in: join)
        XCTAssertEqual(h.problems, [])
        let log = h.run(EscapeAnalysis())
        XCTAssertEqual(log.rewrites.map(\.rule), ["replace-load-with-field-value", "remove-store-to-virtual-object",
                                                  "remove-store-to-virtual-object", "scalar-replace-allocation"])
        let phi = ret.inputs[0]
        guard case .phi = phi.opcode else { return XCTFail("\(phi)") }
        XCTAssertTrue(phi.block === join)
        XCTAssertTrue(phi.inputs[0] === c2 && phi.inputs[1] === c1, "\(phi.inputs)")
        XCTAssertTrue(a.isDead && load.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func testLoopCarriedFieldGetsAHeaderPhi() {
        let h = HandGraph()
        let c0 = h.const(0), one = h.const(1)
        let a = h.add(.allocateObject(shape))
        h.add(.storeField(slot: 0), [a, c0])
        let header = h.block(), body = h.block(), exit = h.block()
        h.goto(h.entry, header)
        let ephi = h.g.addPhi([h.effect], in: header)
        h.g.changeOpcode(ephi, to: .effectPhi)
        h.effect = ephi
        let lh = h.add(.loadField(slot: 0), [a], in: header)
        let test = h.add(.numberLessThan, [lh, h.const(10, in: header)], in: header)
        h.branch(test, from: header, body, exit)
        let next = h.add(.float64Add, [lh, one], in: body)
        let st = h.add(.storeField(slot: 0), [a, next], in: body)
        h.goto(body, header)
        h.g.appendInput(ephi, st)
        h.effect = lh
        let le = h.add(.loadField(slot: 0), [a], in: exit)
        let ret = h.ret(le, in: exit)
        XCTAssertEqual(h.problems, [])
        h.run(EscapeAnalysis())
        let phi = test.inputs[0]
        guard case .phi = phi.opcode else { return XCTFail("\(phi)") }
        XCTAssertTrue(phi.block === header)
        XCTAssertTrue(phi.inputs[0] === c0 && phi.inputs[1] === next)
        XCTAssertTrue(ret.inputs[0] === phi)
        XCTAssertTrue(a.isDead && lh.isDead && le.isDead && st.isDead)
        XCTAssertTrue(ephi.inputs.allSatisfy { $0 === h.g.entry.nodes[0] || $0 === ephi }, "\(ephi.inputs)")
        XCTAssertEqual(h.problems, [])
    }

    /// Frame states describe the object with the field values of their own program point,
    /// one description for every register that holds the object.
    func describedAtTwoPoints() -> (HandGraph, Node, Node, Node, Node) {
        let h = HandGraph()
        let p1 = h.param(1), p2 = h.param(2), c1 = h.const(1), c2 = h.const(2)
        let a = h.add(.allocateObject(shape))
        h.add(.storeField(slot: 0), [a, c1])
        let g1 = h.add(.checkInt32, [p1], registers: [a, a])
        h.add(.storeField(slot: 0), [a, c2])
        let g2 = h.add(.checkInt32, [p2], registers: [a, nil])
        h.ret(h.add(.float64Add, [g1, g2]))
        return (h, a, g1, g2, c1)
    }

    func testFrameStatesDescribeFieldValuesAtTheirOwnProgramPoint() {
        let (h, a, g1, g2, c1) = describedAtTwoPoints()
        let log = h.run(EscapeAnalysis())
        XCTAssertEqual(log.rewrites.filter { $0.rule == "describe-virtual-object-in-frame-state" }.count, 2)
        XCTAssertTrue(a.isDead)
        let s1 = g1.frameState?.registers[0], s2 = g2.frameState?.registers[0]
        XCTAssertEqual(s1.map { "\($0.opcode)" }, "ObjectState[#\(shape.shape.id),o\(a.id)]")
        XCTAssertTrue(g1.frameState?.registers[1] === s1, "both registers share one description")
        XCTAssertTrue(s1?.inputs.first === c1)
        XCTAssertEqual(s2?.inputs.first.map { "\($0.opcode)" }, "Constant[2]")
        XCTAssertNil(g2.frameState?.registers[1] ?? nil)
        XCTAssertEqual(h.problems, [])
    }

    func testDeoptimizationMaterializesTheObjectAsOfItsFrameState() throws {
        let (h, _, _, _, _) = describedAtTwoPoints()
        h.run(EscapeAnalysis())
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        let compiled = try Backend.compile(graph: h.g, options: EngineOptions())
        guard case .deoptimize(_, _, let first, _) = try compiled.run(realm: realm, this: .undefined, arguments: [.number(0.5), .number(1)]),
              case .object(let o1)? = first[0], case .object(let o1again)? = first[1] else { return XCTFail("expected a deopt with objects") }
        XCTAssertTrue(o1 === o1again, "one materialized object for both registers")
        XCTAssertTrue(o1.shape === shape.shape)
        XCTAssertEqual(o1.slots.count, 1)
        XCTAssertTrue(Realm.strictEquals(o1.slots[0], .number(1)))
        guard case .deoptimize(_, _, let second, _) = try compiled.run(realm: realm, this: .undefined, arguments: [.number(1), .number(0.5)]),
              case .object(let o2)? = second[0] else { return XCTFail("expected a deopt at the second guard") }
        XCTAssertTrue(Realm.strictEquals(o2.slots[0], .number(2)), "the value stored before the deopt point")
        XCTAssertFalse(o1 === o2)
    }

    func testNestedDescriptionsMaterializeOneSharedInnerObject() throws {
        let h = HandGraph()
        let p = h.param(1), c7 = h.const(7)
        let inner = h.g.add(.objectState(shape, object: 90), [c7], in: h.entry)
        let outer = h.g.add(.objectState(shape, object: 91), [inner], in: h.entry)
        let check = h.add(.checkInt32, [p], registers: [outer, inner])
        h.ret(check)
        XCTAssertEqual(h.problems, [])
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        let compiled = try Backend.compile(graph: h.g, options: EngineOptions())
        XCTAssertEqual(compiled.deopts.first?.registers.first??.description, "materialize o91 #\(shape.shape.id) {materialize o90 #\(shape.shape.id) {#7}}")
        guard case .deoptimize(_, _, let values, _) = try compiled.run(realm: realm, this: .undefined, arguments: [.string(JSString("s"))]),
              case .object(let o)? = values[0], case .object(let i)? = values[1], case .object(let field) = o.slots[0] else {
            return XCTFail("expected nested objects")
        }
        XCTAssertTrue(field === i)
        XCTAssertTrue(Realm.strictEquals(i.slots[0], .number(7)))
    }

    func testVerifierRejectsAnObjectDescriptionUsedAsAValue() {
        let h = HandGraph()
        let state = h.g.add(.objectState(shape, object: 1), [h.const(1)], in: h.entry)
        h.ret(state)
        XCTAssertTrue(IRVerifier.check(h.g).contains { $0.contains("uses the object description") })
        let wrongArity = HandGraph()
        let bad = wrongArity.g.add(.objectState(shape, object: 1), [], in: wrongArity.entry)
        wrongArity.ret(wrongArity.const(0))
        XCTAssertTrue(IRVerifier.check(wrongArity.g).contains { $0.contains("\(bad) describes 0 fields") })
    }

    // MARK: - Rewrite limits

    func testEachRewriteLimitLeavesAVerifiableGraph() throws {
        let source = """
        function f(a) { var o = {x: a}; var p = {inner: o, k: a + 1}; return p.k + o.x; }
        for (var i = 0; i < 5; i++) f(i);
        """
        let total = try analysed("f", source).log.total
        XCTAssertGreaterThan(total, 6)
        for limit in 0...total {
            var options = EngineOptions()
            options.optBisectLimit = limit
            let (_, g, log) = try analysed("f", source, options: options)
            XCTAssertEqual(log.appliedCount, min(limit, log.total), "limit \(limit)")
            XCTAssertEqual(IRVerifier.check(g), [], "limit \(limit)")
        }
    }
}

/// `allocateObject` with inputs: an object materialized with its field values at one point.
final class MaterializationNodeTests: XCTestCase {
    let shape = ShapeRef(Shape.root(proto: nil).adding(JSString("x"), .default).adding(JSString("y"), .default))

    func testInitialValuesAreFieldValuesForEscapeAnalysisAndTheExecutor() throws {
        let h = HandGraph()
        let c5 = h.const(5)
        let a = h.add(.allocateObject(shape), [c5])
        let load = h.add(.loadField(slot: 0), [a])
        let missing = h.add(.loadField(slot: 1), [a])
        let ret = h.ret(h.add(.sameValue, [load, missing]))
        // Run as it is: slots sized for the shape, the missing input undefined.
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        let allocated = try Backend.compile(graph: h.g, options: EngineOptions())
        guard case .returned(let same) = try allocated.run(realm: realm, this: .undefined, arguments: []) else { return XCTFail() }
        guard case .bool(false) = same else { return XCTFail("5 and undefined are not the same value: \(same)") }
        h.run(EscapeAnalysis())
        XCTAssertTrue(a.isDead)
        XCTAssertTrue(ret.inputs[0].inputs[0] === c5)
        XCTAssertEqual(ret.inputs[0].inputs[1].opcode.description, "Constant[undefined]")
        XCTAssertEqual(IRVerifier.check(h.g), [])
    }
}
