import XCTest
@testable import JSEngine
@testable import Optimizer

/// The graph builder's object literals: an allocation of the final shape plus field
/// stores, descriptions of the object under construction in frame states, and the generic
/// fallback where the plan stops.
final class ObjectLiteralLoweringTests: XCTestCase {
    func ops(_ g: Graph) -> [String] { g.liveNodes.map { "\($0.opcode)" } }

    func first(_ g: Graph, _ matches: (Opcode) -> Bool) throws -> Node {
        try XCTUnwrap(g.liveNodes.first { matches($0.opcode) })
    }

    func testLiteralBecomesAllocationOfItsFinalShapeAndFieldStores() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: "function f(a, b) { return {x: a, y: b}; } f(1, 2);")
        let allocation = try first(g) { if case .allocateObject = $0 { return true }; return false }
        guard case .allocateObject(let shape) = allocation.opcode else { return XCTFail() }
        XCTAssertEqual(shape.shape.keys.map(\.string), ["x", "y"])
        XCTAssertTrue(allocation.inputs.isEmpty)
        let stores = g.liveNodes.filter { if case .storeField = $0.opcode { return true }; return false }
        XCTAssertEqual(stores.map { "\($0.opcode)" }, ["StoreField[0]", "StoreField[1]"])
        XCTAssertTrue(stores.allSatisfy { $0.inputs[0] === allocation })
        XCTAssertEqual(stores.map { "\($0.inputs[1].opcode)" }, ["Parameter[1]", "Parameter[2]"])
        XCTAssertTrue(stores[0].effect === allocation && stores[1].effect === stores[0])
        XCTAssertFalse(ops(g).contains { $0.hasPrefix("JSGeneric") })
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    func testFrameStatesInsideTheLiteralDescribeTheObjectBuiltSoFar() throws {
        let source = "function f(a, b) { var o = {x: a, y: b + 1}; return o; } f(1, 2); f(3, 4);"
        let g = try OptimizerTestSupport.graph(of: "f", in: source)
        let code = g.code
        let literalRegister = try XCTUnwrap(code.instructions.compactMap { i -> Int? in
            if case .createObject(let r) = i { return Int(r) }
            return nil
        }.first)
        // The speculative `b + 1` deoptimizes while only x is defined.
        let guardOnB = try first(g) { if case .speculativeNumberAdd = $0 { return true }; return false }
        let described = try XCTUnwrap(guardOnB.frameState?.registers[literalRegister])
        guard case .objectState(let shape, let id) = described.opcode else { return XCTFail("\(described)") }
        XCTAssertEqual(shape.shape.keys.map(\.string), ["x"])
        XCTAssertEqual(described.inputs.map { "\($0.opcode)" }, ["Parameter[1]"])
        // The empty object before it shares the identity.
        let empty = try first(g) { if case .objectState(_, let o) = $0 { return o == id }; return false }
        XCTAssertEqual(empty.inputs.count, 0)
        XCTAssertEqual(id, empty.id)
        XCTAssertEqual(IRVerifier.check(g), [])
    }

    func testPlanStopsAtAComputedKeyAndTheRestRunsGenerically() throws {
        let source = "function f(a, k) { return {x: a, [k]: 1, y: 2}; } f(1, 'q'); f(2, 'q');"
        let g = try OptimizerTestSupport.graph(of: "f", in: source)
        let allocation = try first(g) { if case .allocateObject = $0 { return true }; return false }
        guard case .allocateObject(let shape) = allocation.opcode else { return XCTFail() }
        XCTAssertEqual(shape.shape.keys.map(\.string), ["x"])
        let generic = ops(g).filter { $0.hasPrefix("JSGeneric[define") }
        XCTAssertEqual(generic, ["JSGeneric[defineKeyed]", "JSGeneric[defineNamed]"])
    }

    func testLiteralWhoseTransitionsDoNotExistStaysGenericAfterTheAllocation() throws {
        // The literal never ran: its shape transition was never made, so none is created.
        let source = "function f(c) { if (c) return {neverSeenBefore: 1}; return 0; } f(false);"
        let g = try OptimizerTestSupport.graph(of: "f", in: source)
        let allocation = try first(g) { if case .allocateObject = $0 { return true }; return false }
        guard case .allocateObject(let shape) = allocation.opcode else { return XCTFail() }
        XCTAssertEqual(shape.shape.count, 0)
        XCTAssertTrue(ops(g).contains("JSGeneric[defineNamed]"))
        XCTAssertNil(shape.shape.existingTransition(adding: JSString("neverSeenBefore"), .default))
    }

    func testGenericLiteralRunsInOptimizedCode() throws {
        let c = try OptimizerTestSupport.compiled("f", in: "function f(a) { return {x: a, y: 2}; } f(1);")
        // Without a root shape the builder keeps the literal generic; the executor still runs it.
        var builder = GraphBuilder(code: c.graph.code, name: "f")
        let g = try builder.build()
        XCTAssertTrue(ops(g).contains("JSGeneric[createObject]"))
        let compiled = try Backend.compile(graph: g, options: EngineOptions())
        guard case .returned(.object(let o)) = try compiled.run(realm: c.realm, this: .undefined, arguments: [.number(5)]) else {
            return XCTFail("expected an object")
        }
        XCTAssertEqual(o.shape.keys.map(\.string), ["x", "y"])
        XCTAssertTrue(Realm.strictEquals(o.slots[0], .number(5)) && Realm.strictEquals(o.slots[1], .number(2)))
        // Lowered, the allocation gets the same shape the interpreter gives the literal.
        let lowered = try Backend.compile(graph: c.graph, options: EngineOptions())
        guard case .returned(.object(let p)) = try lowered.run(realm: c.realm, this: .undefined, arguments: [.number(5)]) else {
            return XCTFail("expected an object")
        }
        XCTAssertTrue(p.shape === o.shape)
        XCTAssertEqual(p.slots.count, 2)
    }

    func testDeadRegistersGetNoPhiAtALoopHeader() throws {
        let source = """
        function f(n) { var s = 0; for (var i = 0; i < n; i++) { var p = {x: i}; s += p.x; } return s; }
        f(3); f(4);
        """
        let g = try OptimizerTestSupport.graph(of: "f", in: source)
        let allocation = try first(g) { if case .allocateObject = $0 { return true }; return false }
        XCTAssertFalse(allocation.uses.contains { if case .phi = $0.opcode { return true }; return false },
                       "p is written before it is read in every iteration")
        let header = try XCTUnwrap(g.blocks.first { $0.isLoopHeader })
        XCTAssertEqual(header.phis.filter { if case .phi = $0.opcode { return true }; return false }.count, 2, "s and i")
    }
}
