import XCTest
@testable import JSEngine
@testable import Optimizer

final class DeadCodeEliminationTests: XCTestCase {
    func testUnusedPureNodesAreRemovedTransitively() {
        let h = HandGraph()
        let a = h.param(1), b = h.param(2)
        let c = h.const(7)
        let x = h.add(.int32Add, [a, c])
        let y = h.add(.int32Mul, [x, b])
        _ = h.add(.int32Sub, [y, x])
        let kept = h.add(.int32Sub, [a, b])
        h.ret(kept)
        let log = h.run(DeadCodeElimination())
        XCTAssertEqual(log.rewrites.count, 4)
        XCTAssertTrue(Set(log.rewrites.map(\.rule)) == ["remove-dead-node"])
        XCTAssertEqual(h.liveOps, ["Start", "Parameter[1]", "Parameter[2]", "Int32Sub", "Return"])
        XCTAssertEqual(h.problems, [])
    }

    func testSideEffectFreeMemoryOperationsAreRemovedButCallsStoresAndChecksStay() {
        let h = HandGraph()
        let o = h.param(1)
        let shape = Shape.root(proto: nil)
        let check = h.add(.checkShape([ShapeRef(shape)]), [o])
        let load = h.add(.loadField(slot: 0), [check])
        let alloc = h.add(.allocateObject(ShapeRef(shape)))
        let len = h.add(.arrayLength, [o])
        let call = h.add(.jsCall(argc: 0), [o, o])
        let store = h.add(.storeField(slot: 0), [o, o])
        let int = h.add(.checkInt32, [o])
        let generic = h.add(.jsBinary(.add), [o, o])
        let load2 = h.add(.loadElement, [o, o])
        let ret = h.ret(o)
        let log = h.run(DeadCodeElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dead-load", "remove-dead-load", "remove-dead-load", "remove-dead-load"])
        XCTAssertTrue(load.isDead && alloc.isDead && len.isDead && load2.isDead)
        XCTAssertFalse(check.isDead || call.isDead || store.isDead || int.isDead || generic.isDead)
        XCTAssertTrue(call.effect === check)
        XCTAssertTrue(ret.effect === generic)
        XCTAssertEqual(h.problems, [])
    }

    /// A call and a generic named load whose results nobody reads stay (they may run user
    /// code); with their faults they go.
    func unusedEffects() -> (HandGraph, call: Node, getter: Node) {
        let h = HandGraph()
        let o = h.param(1)
        let call = h.add(.jsCall(argc: 0), [o, o])
        let getter = h.add(.jsGetNamed(JSString("x")), [o])
        h.ret(o)
        return (h, call, getter)
    }

    func testUnusedCallsAndGenericLoadsStay() {
        let (h, call, getter) = unusedEffects()
        let log = h.run(DeadCodeElimination())
        XCTAssertEqual(log.rewrites.count, 0)
        XCTAssertFalse(call.isDead || getter.isDead)
        XCTAssertEqual(log.firedFaults, [])
    }

    func testDropsUnusedCallAndGetterLoadFaults() {
        for (id, dropped) in [(FaultID.dceDropsUnusedCall, 0), (.dceDropsUnusedGetterLoad, 1)] {
            let (h, call, getter) = unusedEffects()
            var options = EngineOptions()
            options.injectedFaults = [id.rawValue]
            let log = h.run(DeadCodeElimination(), options: options)
            XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dead-operation"], id.rawValue)
            XCTAssertEqual([call, getter].map(\.isDead), [dropped == 0, dropped == 1], id.rawValue)
            XCTAssertEqual(log.firedFaults, [id])
            XCTAssertEqual(h.problems, [])
        }
        // A used result, or one a frame state refers to, keeps the call.
        let h = HandGraph()
        let o = h.param(1)
        let call = h.add(.jsCall(argc: 0), [o, o])
        h.add(.checkInt32, [o], registers: [call])
        h.ret(o)
        var options = EngineOptions()
        options.injectedFaults = [FaultID.dceDropsUnusedCall.rawValue]
        let log = h.run(DeadCodeElimination(), options: options)
        XCTAssertFalse(call.isDead)
        XCTAssertEqual(log.firedFaults, [])
    }

    func testFrameStateReferencesKeepNodes() {
        let h = HandGraph()
        let a = h.param(1)
        let x = h.add(.int32Add, [a, a])
        let check = h.add(.checkInt32, [a], registers: [x])
        h.ret(check)
        let log = h.run(DeadCodeElimination())
        XCTAssertEqual(log.rewrites.count, 0)
        XCTAssertFalse(x.isDead)
        XCTAssertEqual(h.problems, [])
    }

    /// A loop whose counter is never used outside its own update: the phi cycle dies.
    func testDeadLoopCycle() {
        let h = HandGraph()
        let n = h.param(1), zero = h.const(0), one = h.const(1)
        let header = h.block(), body = h.block(), exit = h.block()
        h.goto(h.entry, header)
        let phi = h.g.addPhi([zero], in: header)
        let ephi = h.g.addPhi([h.effect], in: header)
        h.g.changeOpcode(ephi, to: .effectPhi)
        h.effect = ephi
        let load = h.add(.loadField(slot: 0), [n], in: header)
        let cond = h.add(.numberLessThan, [n, one], in: header)
        h.branch(cond, from: header, body, exit)
        let inc = h.add(.int32Add, [phi, one], in: body)
        h.goto(body, header)
        h.g.appendInput(phi, inc)
        h.g.appendInput(ephi, load)
        h.ret(n, in: exit)
        XCTAssertEqual(h.problems, [])
        let log = h.run(DeadCodeElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dead-load", "remove-dead-cycle"])
        XCTAssertTrue(phi.isDead && inc.isDead && load.isDead)
        XCTAssertTrue(ephi.inputs[1] === ephi, "the effect phi follows the removed load's effect")
        XCTAssertFalse(cond.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func testUnreachableBlocksAreDroppedWithTheirPhiInputs() {
        let h = HandGraph()
        let a = h.param(1), b = h.param(2)
        let dead = h.block(), join = h.block()
        h.goto(h.entry, join)
        let x = h.add(.int32Add, [a, b], in: dead)
        h.goto(dead, join)
        let phi = h.g.addPhi([a, x], in: join)
        h.ret(phi, in: join)
        let log = h.run(DeadCodeElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-unreachable-blocks"])
        XCTAssertEqual(h.g.blocks.count, 2)
        XCTAssertTrue(x.isDead)
        XCTAssertEqual(phi.inputs.count, 1)
        XCTAssertEqual(h.problems, [])
    }

    func testUnusedEffectPhiIsRemoved() {
        let h = HandGraph()
        let a = h.param(1)
        let left = h.block(), right = h.block(), join = h.block()
        h.branch(a, from: h.entry, left, right)
        let start = h.effect
        let l = h.add(.loadField(slot: 0), [a], in: left)
        h.goto(left, join)
        h.goto(right, join)
        let ephi = h.g.addPhi([l, start], in: join)
        h.g.changeOpcode(ephi, to: .effectPhi)
        h.g.add(.return, [a], effect: nil, in: join)
        XCTAssertEqual(h.problems, [])
        let log = h.run(DeadCodeElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dead-load", "remove-dead-effect-phi"])
        XCTAssertTrue(ephi.isDead && l.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func makeDead() -> HandGraph {
        let h = HandGraph()
        let a = h.param(1)
        let x = h.add(.float64Mul, [a, a])
        _ = h.add(.float64Add, [x, h.const(2)])
        _ = h.add(.loadField(slot: 3), [a])
        _ = h.add(.jsCall(argc: 0), [a, a])
        h.ret(a)
        return h
    }

    func testBisectLimitZeroLeavesGraphUnchanged() {
        let h = makeDead()
        let before = h.liveOps
        let log = h.run(DeadCodeElimination(), options: HandGraph.noRewrites)
        XCTAssertEqual(h.liveOps, before)
        XCTAssertGreaterThan(log.total, 0)
        XCTAssertEqual(log.appliedCount, 0)
        XCTAssertEqual(h.problems, [])
    }

    func testPartialLimitKeepsGraphValid() {
        for limit in 0...5 {
            let h = makeDead()
            var o = EngineOptions()
            o.optBisectLimit = limit
            h.run(DeadCodeElimination(), options: o)
            XCTAssertEqual(h.problems, [], "limit \(limit)")
        }
    }

    func testDeterministicRewrites() {
        let a = makeDead().run(DeadCodeElimination())
        let b = makeDead().run(DeadCodeElimination())
        XCTAssertEqual(a.rewrites, b.rewrites)
        XCTAssertEqual(a.rewrites.count, 4)
        XCTAssertEqual(makeDead().liveOps.count - 4, {
            let h = makeDead(); h.run(DeadCodeElimination()); return h.liveOps.count }())
    }
}
