import XCTest
@testable import JSEngine
@testable import Optimizer

final class LoadEliminationTests: XCTestCase {
    func testStoreIsForwardedToLoad() {
        let h = HandGraph()
        let o = h.param(1), v = h.param(2)
        let store = h.add(.storeField(slot: 1), [o, v])
        let load = h.add(.loadField(slot: 1), [o])
        let user = h.add(.float64Add, [load, load])
        let ret = h.ret(user)
        let log = h.run(LoadElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["forward-store-to-load"])
        XCTAssertTrue(load.isDead)
        XCTAssertTrue(user.inputs.allSatisfy { $0 === v })
        XCTAssertTrue(ret.effect === store)
        XCTAssertEqual(h.problems, [])
    }

    func testRepeatedLoadIsReusedThroughGuards() {
        let h = HandGraph()
        let o = h.param(1)
        let shape = Shape.root(proto: nil)
        let s1 = h.add(.checkShape([ShapeRef(shape)]), [o])
        let l1 = h.add(.loadField(slot: 0), [s1])
        let s2 = h.add(.checkShape([ShapeRef(shape)]), [o])
        let l2 = h.add(.loadField(slot: 0), [s2])
        let l3 = h.add(.loadField(slot: 1), [s2])          // other slot: a new fact
        h.add(.storeField(slot: 2), [o, l3])                // other slot: does not kill slot 0
        let l4 = h.add(.loadField(slot: 0), [o])
        h.ret(h.add(.float64Add, [h.add(.float64Add, [l1, l2]), h.add(.float64Add, [l3, l4])]))
        let log = h.run(LoadElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["reuse-earlier-load", "reuse-earlier-load"])
        XCTAssertTrue(l2.isDead && l4.isDead)
        XCTAssertFalse(l3.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func testLoadAfterCallIsKept() {
        let h = HandGraph()
        let o = h.param(1), v = h.param(2)
        h.add(.storeField(slot: 0), [o, v])
        let l1 = h.add(.loadField(slot: 1), [o])
        h.add(.jsCall(argc: 0), [v, o])
        let l2 = h.add(.loadField(slot: 0), [o])
        let l3 = h.add(.loadField(slot: 1), [o])
        h.add(.jsSetNamed(JSString("x")), [o, v])
        let l4 = h.add(.loadField(slot: 1), [o])
        h.ret(h.add(.float64Add, [h.add(.float64Add, [l1, l2]), h.add(.float64Add, [l3, l4])]))
        let log = h.run(LoadElimination())
        XCTAssertEqual(log.rewrites.count, 0)
        XCTAssertEqual(h.problems, [])
    }

    func testAliasingStoreKillsOnlyWhenObjectsMayBeTheSame() {
        let h = HandGraph()
        let o = h.param(1), p = h.param(2), v = h.param(3), w = h.param(4)
        h.add(.storeField(slot: 0), [o, v])
        h.add(.storeField(slot: 0), [p, w])                 // p may be o
        let kept = h.add(.loadField(slot: 0), [o])
        let shape = Shape.root(proto: nil)
        let a1 = h.add(.allocateObject(ShapeRef(shape)))
        let a2 = h.add(.allocateObject(ShapeRef(shape)))
        h.add(.storeField(slot: 0), [a1, v])
        h.add(.storeField(slot: 0), [a2, w])                // distinct allocations never alias
        let fwd = h.add(.loadField(slot: 0), [a1])
        h.ret(h.add(.float64Add, [kept, fwd]))
        let log = h.run(LoadElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["forward-store-to-load"])
        XCTAssertFalse(kept.isDead)
        XCTAssertTrue(fwd.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func testElementsAndLengths() {
        let h = HandGraph()
        let a = h.param(1), b = h.param(2), i = h.param(3), j = h.param(4), v = h.param(5)
        let e1 = h.add(.loadElement, [a, i])
        let e2 = h.add(.loadElement, [a, i])                // reused
        let e3 = h.add(.loadElement, [a, j])                // other index: kept
        let n1 = h.add(.arrayLength, [a])
        let n2 = h.add(.arrayLength, [a])                   // reused
        h.add(.storeElement, [b, j, v])                     // kills elements that may be b[j]
        let e4 = h.add(.loadElement, [a, i])
        let n3 = h.add(.arrayLength, [a])                   // an in-bounds store keeps the length: reused
        let e5 = h.add(.loadElement, [b, j])                // forwarded from the store
        let sum = [e2, e3, n1, n2, e4, n3, e5].reduce(e1) { h.add(.float64Add, [$0, $1]) }
        h.ret(sum)
        let log = h.run(LoadElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["reuse-earlier-load", "reuse-earlier-load", "reuse-earlier-load",
                                                  "forward-store-to-load"])
        XCTAssertTrue(e2.isDead && n2.isDead && n3.isDead && e5.isDead)
        XCTAssertFalse(e3.isDead || e4.isDead)
        XCTAssertEqual(h.problems, [])
    }

    /// a[0] and a[1] survive a store to a[2]; a store to a[i] may overwrite either.
    func elementStoreGraph() -> (HandGraph, survivors: [Node], overwritten: [Node]) {
        let h = HandGraph()
        let a = h.param(1), i = h.param(2), v = h.param(3)
        let zero = h.const(0), one = h.const(1), two = h.const(2)
        let l0 = h.add(.loadElement, [a, zero])
        let l1 = h.add(.loadElement, [a, one])
        h.add(.storeElement, [a, two, v])
        let again0 = h.add(.loadElement, [a, zero])          // reused
        h.add(.storeElement, [a, i, v])
        let after = h.add(.loadElement, [a, one])             // i may be 1: kept
        h.ret([l1, again0, after].reduce(l0) { h.add(.float64Add, [$0, $1]) })
        return (h, [again0], [after])
    }

    func testElementStoreForgetsOnlyIndicesThatMayBeEqual() {
        let (h, survivors, overwritten) = elementStoreGraph()
        let log = h.run(LoadElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["reuse-earlier-load"])
        XCTAssertTrue(survivors.allSatisfy(\.isDead))
        XCTAssertFalse(overwritten.contains(where: \.isDead))
        XCTAssertEqual(log.firedFaults, [])
        XCTAssertEqual(h.problems, [])
    }

    func testElementAliasByNodeFault() {
        let (h, _, overwritten) = elementStoreGraph()
        let log = h.run(LoadElimination(), options: Self.injecting(.loadEliminationElementAliasByNode))
        XCTAssertTrue(overwritten.allSatisfy(\.isDead), "a[1] reused across a store to a[i]")
        XCTAssertEqual(log.firedFaults, [.loadEliminationElementAliasByNode])
        XCTAssertEqual(h.problems, [])
    }

    static func injecting(_ id: FaultID) -> EngineOptions {
        var o = EngineOptions()
        o.injectedFaults = [id.rawValue]
        return o
    }

    /// Push and pop change lengths and elements, never fields; global loads and primitive
    /// key conversions change nothing; a call changes everything.
    func effectsGraph() -> (HandGraph, reused: [Node], kept: [Node], afterCall: Node) {
        let h = HandGraph()
        let o = h.param(1), a = h.param(2), v = h.param(3)
        let f1 = h.add(.loadField(slot: 0), [o])
        let n1 = h.add(.arrayLength, [a])
        h.add(.arrayPush, [a, v])
        h.add(.jsLoadGlobal(JSString("g")))
        h.add(.jsGeneric(.toPropertyKey(0, 0)), [v])
        let f2 = h.add(.loadField(slot: 0), [o])               // reused
        let n2 = h.add(.arrayLength, [a])                      // kept: the push changed it
        h.add(.jsCall(argc: 0), [v, v])
        let f3 = h.add(.loadField(slot: 0), [o])               // kept: the call may write it
        h.ret([n1, f2, n2, f3].reduce(f1) { h.add(.float64Add, [$0, $1]) })
        return (h, [f2], [n2], f3)
    }

    func testPushPopGlobalLoadsAndCalls() {
        let (h, reused, kept, afterCall) = effectsGraph()
        let log = h.run(LoadElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["reuse-earlier-load"])
        XCTAssertTrue(reused.allSatisfy(\.isDead))
        XCTAssertFalse(kept.contains(where: \.isDead) || afterCall.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func testLengthSurvivesPushFault() {
        let (h, _, kept, afterCall) = effectsGraph()
        let log = h.run(LoadElimination(), options: Self.injecting(.loadEliminationLengthSurvivesPush))
        XCTAssertTrue(kept.allSatisfy(\.isDead))
        XCTAssertFalse(afterCall.isDead)
        XCTAssertEqual(log.firedFaults, [.loadEliminationLengthSurvivesPush])
        XCTAssertEqual(h.problems, [])
    }

    func testCallDoesNotKillFault() {
        let (h, _, kept, afterCall) = effectsGraph()
        let log = h.run(LoadElimination(), options: Self.injecting(.loadEliminationCallDoesNotKill))
        XCTAssertTrue(afterCall.isDead, "the field read before the call is reused after it")
        XCTAssertFalse(kept.contains(where: \.isDead))
        XCTAssertEqual(log.firedFaults, [.loadEliminationCallDoesNotKill])
        XCTAssertEqual(h.problems, [])
    }

    /// Facts flow over single-predecessor edges and are dropped at merges.
    func testControlFlow() {
        let h = HandGraph()
        let o = h.param(1), cond = h.param(2)
        let l0 = h.add(.loadField(slot: 0), [o])
        let left = h.block(), right = h.block(), join = h.block()
        h.branch(cond, from: h.entry, left, right)
        let ll = h.add(.loadField(slot: 0), [o], in: left)  // reused
        let effLeft = h.effect
        h.goto(left, join)
        h.effect = l0
        let call = h.add(.jsCall(argc: 0), [o, o], in: right)
        h.goto(right, join)
        let ephi = h.g.addPhi([effLeft, call], in: join)
        h.g.changeOpcode(ephi, to: .effectPhi)
        h.effect = ephi
        let lj = h.add(.loadField(slot: 0), [o], in: join)  // after a merge: kept
        let phi = h.g.addPhi([ll, l0], in: join)
        h.ret(h.add(.float64Add, [phi, lj], in: join), in: join)
        XCTAssertEqual(h.problems, [])
        let log = h.run(LoadElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["reuse-earlier-load"])
        XCTAssertTrue(ll.isDead)
        XCTAssertFalse(lj.isDead)
        XCTAssertTrue(ephi.inputs[0] === l0)
        XCTAssertTrue(phi.inputs[0] === l0)
        XCTAssertEqual(h.problems, [])
    }

    /// At a merge the facts both predecessors agree on survive; a store in one branch drops its slot.
    func testMergeKeepsAgreedFacts() {
        let h = HandGraph()
        let o = h.param(1), cond = h.param(2), v = h.param(3)
        let l0 = h.add(.loadField(slot: 0), [o])
        let m0 = h.add(.loadField(slot: 1), [o])
        let left = h.block(), right = h.block(), join = h.block()
        h.branch(cond, from: h.entry, left, right)
        let store = h.add(.storeField(slot: 1), [o, v], in: left)
        h.goto(left, join)
        h.goto(right, join)
        let ephi = h.g.addPhi([store, m0], in: join)
        h.g.changeOpcode(ephi, to: .effectPhi)
        h.effect = ephi
        let lj = h.add(.loadField(slot: 0), [o], in: join)   // both branches agree: reused
        let mj = h.add(.loadField(slot: 1), [o], in: join)   // v on one side, m0 on the other: kept
        h.ret(h.add(.float64Add, [lj, mj], in: join), in: join)
        XCTAssertEqual(h.problems, [])
        let log = h.run(LoadElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["reuse-earlier-load"])
        XCTAssertTrue(lj.isDead)
        XCTAssertFalse(l0.isDead || mj.isDead)
        XCTAssertTrue(mj.effect === ephi)
        XCTAssertEqual(h.problems, [])
    }

    /// A loop header starts without facts: the back edge may have changed memory.
    func testLoopHeaderStartsEmpty() {
        let h = HandGraph()
        let o = h.param(1), v = h.param(2)
        let l0 = h.add(.loadField(slot: 0), [o])
        let header = h.block(), body = h.block(), exit = h.block()
        h.goto(h.entry, header)
        let ephi = h.g.addPhi([l0], in: header)
        h.g.changeOpcode(ephi, to: .effectPhi)
        h.effect = ephi
        let lh = h.add(.loadField(slot: 0), [o], in: header)
        h.branch(lh, from: header, body, exit)
        let st = h.add(.storeField(slot: 0), [o, v], in: body)
        h.goto(body, header)
        h.g.appendInput(ephi, st)
        h.effect = lh
        let le = h.add(.loadField(slot: 0), [o], in: exit)   // single predecessor: reuses lh
        h.ret(le, in: exit)
        XCTAssertEqual(h.problems, [])
        let log = h.run(LoadElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["reuse-earlier-load"])
        XCTAssertFalse(lh.isDead)
        XCTAssertTrue(le.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func makeRedundant() -> HandGraph {
        let h = HandGraph()
        let o = h.param(1)
        h.add(.storeField(slot: 0), [o, h.const(3)])
        let l1 = h.add(.loadField(slot: 0), [o])
        let l2 = h.add(.loadField(slot: 1), [o])
        let l3 = h.add(.loadField(slot: 1), [o])
        h.ret(h.add(.float64Add, [l1, h.add(.float64Add, [l2, l3])]))
        return h
    }

    func testBisectLimitZeroLeavesGraphUnchanged() {
        let h = makeRedundant()
        let before = h.liveOps
        let log = h.run(LoadElimination(), options: HandGraph.noRewrites)
        XCTAssertEqual(h.liveOps, before)
        XCTAssertEqual(log.total, 2)
        XCTAssertEqual(log.appliedCount, 0)
        XCTAssertEqual(h.problems, [])
    }

    func testDeterministicRewrites() {
        let a = makeRedundant().run(LoadElimination())
        let b = makeRedundant().run(LoadElimination())
        XCTAssertEqual(a.rewrites, b.rewrites)
        XCTAssertEqual(a.rewrites.map(\.rule), ["forward-store-to-load", "reuse-earlier-load"])
    }
}
