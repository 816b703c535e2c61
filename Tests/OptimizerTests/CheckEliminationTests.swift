import XCTest
@testable import JSEngine
@testable import Optimizer

final class CheckEliminationTests: XCTestCase {
    let shapeA = Shape.root(proto: nil)
    lazy var shapeB = shapeA.adding(JSString("x"), .default)

    func testDominatedValueCheckIsRemoved() {
        let h = HandGraph()
        let a = h.param(1)
        let c1 = h.add(.checkInt32, [a])
        let c2 = h.add(.checkInt32, [a])
        let s1 = h.add(.checkString, [h.param(2)])
        let sum = h.add(.int32Add, [c1, c2])
        h.ret(h.add(.stringConcat, [sum, s1]))
        let log = h.run(CheckElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dominated-check"])
        XCTAssertTrue(c2.isDead)
        XCTAssertTrue(sum.inputs.allSatisfy { $0 === c1 })
        XCTAssertEqual(h.problems, [])
    }

    func testNestedAndImpliedChecks() {
        let h = HandGraph()
        let a = h.param(1), b = h.param(2)
        let inner = h.add(.checkInt32, [a])
        let outer = h.add(.checkInt32, [inner])
        let number = h.add(.checkNumber, [a])          // implied by checkInt32(a)
        let numB = h.add(.checkNumber, [b])
        let intB = h.add(.checkInt32, [b])             // stronger than checkNumber: stays
        h.ret(h.add(.float64Add, [h.add(.float64Add, [outer, number]), h.add(.float64Add, [numB, intB])]))
        let log = h.run(CheckElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["merge-nested-check", "remove-implied-check"])
        XCTAssertTrue(outer.isDead && number.isDead)
        XCTAssertFalse(numB.isDead || intB.isDead)
        XCTAssertEqual(h.problems, [])
    }

    /// Removing guards makes `a * b` and `b * a` over copies of the guards equal: they are merged.
    func testValueNumberingRerunsAfterRemovingGuards() {
        let h = HandGraph()
        let a = h.param(1), b = h.param(2)
        let mul1 = h.add(.int32Mul, [h.add(.checkInt32, [a]), h.add(.checkInt32, [b])])
        let mul2 = h.add(.int32Mul, [h.add(.checkInt32, [b]), h.add(.checkInt32, [a])])
        let sub1 = h.add(.int32Sub, [mul1, a])
        let sub2 = h.add(.int32Sub, [a, mul2])
        h.ret(h.add(.int32BitXor, [sub1, sub2]))
        let log = h.run(CheckElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dominated-check", "remove-dominated-check", "merge-equivalent-value"])
        XCTAssertEqual(log.rewrites.map(\.phase), ["check-elimination", "check-elimination", "gvn"], "value numbering is gvn's")
        XCTAssertTrue(mul2.isDead)
        XCTAssertFalse(sub1.isDead || sub2.isDead, "a - b and b - a stay distinct")
        XCTAssertEqual(h.problems, [])
    }

    /// With gvn switched off, check elimination does not rerun value numbering.
    func testValueNumberingRerunIsOffWithGVN() {
        let h = HandGraph()
        let a = h.param(1), b = h.param(2)
        let mul1 = h.add(.int32Mul, [h.add(.checkInt32, [a]), h.add(.checkInt32, [b])])
        let mul2 = h.add(.int32Mul, [h.add(.checkInt32, [b]), h.add(.checkInt32, [a])])
        h.ret(h.add(.int32BitXor, [mul1, mul2]))
        var options = EngineOptions()
        options.disabledPhases = ["gvn"]
        let log = h.run(CheckElimination(), options: options)
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dominated-check", "remove-dominated-check"])
        XCTAssertFalse(mul2.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func testBoundsAndCallTargetChecks() {
        let h = HandGraph()
        let i = h.param(1), len = h.param(2)
        let b1 = h.add(.checkBounds, [i, len])
        let b2 = h.add(.checkBounds, [i, len])
        let b3 = h.add(.checkBounds, [len, i])
        let f = JSObject(proto: nil), f2 = JSObject(proto: nil)
        let t1 = h.add(.checkCallTarget(ObjectRef(f)), [i])
        let t2 = h.add(.checkCallTarget(ObjectRef(f)), [i])
        let t3 = h.add(.checkCallTarget(ObjectRef(f2)), [i])
        h.ret(h.add(.float64Add, [h.add(.float64Add, [b1, b2]), h.add(.float64Add, [b3, h.add(.float64Add, [t1, h.add(.float64Add, [t2, t3])])])]))
        let log = h.run(CheckElimination())
        XCTAssertEqual(log.rewrites.count, 2)
        XCTAssertTrue(b2.isDead && t2.isDead)
        XCTAssertFalse(b3.isDead || t3.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func testShapeCheckWithoutInterveningEffectIsRemoved() {
        let h = HandGraph()
        let o = h.param(1)
        let s1 = h.add(.checkShape([ShapeRef(shapeA)]), [o])
        let l1 = h.add(.loadField(slot: 0), [s1])
        let s2 = h.add(.checkShape([ShapeRef(shapeA), ShapeRef(shapeB)]), [o])   // implied: A is in {A, B}
        let l2 = h.add(.loadField(slot: 1), [s2])
        let s3 = h.add(.checkShape([ShapeRef(shapeB)]), [o])                      // not implied
        h.ret(h.add(.float64Add, [h.add(.float64Add, [l1, l2]), s3]))
        let log = h.run(CheckElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dominated-map-check"])
        XCTAssertTrue(s2.isDead)
        XCTAssertTrue(l2.inputs[0] === s1)
        XCTAssertTrue(l2.effect === l1, "the effect chain bypasses the removed check")
        XCTAssertFalse(s3.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func callBetweenChecks() -> (HandGraph, s2: Node, k2: Node) {
        let h = HandGraph()
        let o = h.param(1)
        let s1 = h.add(.checkShape([ShapeRef(shapeA)]), [o])
        let k1 = h.add(.checkElementsKind([.packedSmi]), [o])
        h.add(.jsCall(argc: 0), [o, o])
        let s2 = h.add(.checkShape([ShapeRef(shapeA)]), [o])
        let k2 = h.add(.checkElementsKind([.packedSmi]), [o])
        h.ret(h.add(.float64Add, [h.add(.float64Add, [s1, k1]), h.add(.float64Add, [k2, s2])]))
        return (h, s2, k2)
    }

    func testShapeCheckAfterCallIsKept() {
        let (h, _, _) = callBetweenChecks()
        let log = h.run(CheckElimination())
        XCTAssertEqual(log.rewrites.count, 0)
        XCTAssertEqual(log.firedFaults, [])
        XCTAssertEqual(h.problems, [])
    }

    /// The fault keeps shape facts (not kind facts) across the call.
    func testShapeCheckAcrossCallFault() {
        let (h, s2, k2) = callBetweenChecks()
        var options = EngineOptions()
        options.injectedFaults = [FaultID.checkEliminationShapeCheckAcrossCall.rawValue]
        let log = h.run(CheckElimination(), options: options)
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dominated-map-check"])
        XCTAssertTrue(s2.isDead)
        XCTAssertFalse(k2.isDead)
        XCTAssertEqual(log.firedFaults, [.checkEliminationShapeCheckAcrossCall])
        XCTAssertEqual(h.problems, [])
    }

    /// Field stores, global loads and pops change no shape or kind; an element store may
    /// change the kind of an array that may alias its own, by the stored value's type.
    func elementStores() -> (HandGraph, kept: [Node], removed: [Node]) {
        let h = HandGraph()
        let o = h.param(1), a = h.param(2), index = h.param(3)
        let int = h.param(4), double = h.param(5)
        int.type = .int32
        double.type = .number
        let s1 = h.add(.checkShape([ShapeRef(shapeA)]), [o])
        h.add(.storeField(slot: 0), [s1, o])
        h.add(.jsLoadGlobal(JSString("g")))
        h.add(.arrayPop, [a])
        let s2 = h.add(.checkShape([ShapeRef(shapeA)]), [o])            // removed
        let k1 = h.add(.checkElementsKind([.packedSmi]), [a])
        h.add(.storeElement, [k1, index, int])                           // an int32 keeps smi elements
        let k2 = h.add(.checkElementsKind([.packedSmi]), [a])            // removed
        h.add(.storeElement, [k2, index, double])                        // a double may not
        let k3 = h.add(.checkElementsKind([.packedSmi]), [a])            // kept
        let s3 = h.add(.checkShape([ShapeRef(shapeA)]), [o])            // element stores change no shape: removed
        h.ret(h.add(.float64Add, [h.add(.float64Add, [s2, k3]), s3]))
        return (h, [k3], [s2, k2, s3])
    }

    func testMapFactsSurviveEffectsThatCannotChangeThem() {
        let (h, kept, removed) = elementStores()
        let log = h.run(CheckElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dominated-map-check", "remove-dominated-map-check",
                                                  "remove-dominated-map-check"])
        XCTAssertTrue(removed.allSatisfy(\.isDead))
        XCTAssertFalse(kept.contains(where: \.isDead))
        XCTAssertEqual(h.problems, [])
    }

    func testElementsKindAfterStoreFault() {
        let (h, kept, _) = elementStores()
        var options = EngineOptions()
        options.injectedFaults = [FaultID.checkEliminationElementsKindAfterStore.rawValue]
        let log = h.run(CheckElimination(), options: options)
        XCTAssertTrue(kept.allSatisfy(\.isDead), "the check after the transitioning store is removed")
        XCTAssertEqual(log.firedFaults, [.checkEliminationElementsKindAfterStore])
        XCTAssertEqual(h.problems, [])
    }

    func testElementsKindCheckRemovedAndValueChecksSurviveCalls() {
        let h = HandGraph()
        let o = h.param(1)
        let k1 = h.add(.checkElementsKind([.packedSmi]), [o])
        let k2 = h.add(.checkElementsKind([.packedSmi, .packedDouble]), [o])
        let c1 = h.add(.checkInt32, [o])
        h.add(.jsCall(argc: 0), [o, o])
        let c2 = h.add(.checkInt32, [o])
        h.ret(h.add(.float64Add, [h.add(.float64Add, [k1, k2]), h.add(.float64Add, [c1, c2])]))
        let log = h.run(CheckElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dominated-map-check", "remove-dominated-check"])
        XCTAssertTrue(k2.isDead && c2.isDead)
        XCTAssertEqual(h.problems, [])
    }

    /// Across a single-predecessor edge a shape fact survives; at a merge it is dropped.
    /// Value checks of sibling blocks are not shared.
    func testControlFlow() {
        let h = HandGraph()
        let o = h.param(1), cond = h.param(2)
        let s0 = h.add(.checkShape([ShapeRef(shapeA)]), [o])
        let left = h.block(), right = h.block(), join = h.block()
        h.branch(cond, from: h.entry, left, right)
        let sl = h.add(.checkShape([ShapeRef(shapeA)]), [o], in: left)       // single predecessor: removed
        let cl = h.add(.checkInt32, [cond], in: left)
        let effLeft = h.effect
        h.goto(left, join)
        h.effect = s0
        let cr = h.add(.checkInt32, [cond], in: right)                        // sibling: kept
        h.goto(right, join)
        let ephi = h.g.addPhi([effLeft, s0], in: join)
        h.g.changeOpcode(ephi, to: .effectPhi)
        h.effect = ephi
        let sj = h.add(.checkShape([ShapeRef(shapeA)]), [o], in: join)      // after a merge: kept
        let phi = h.g.addPhi([cl, cr], in: join)
        let phi2 = h.g.addPhi([sl, s0], in: join)
        h.ret(h.add(.float64Add, [h.add(.float64Add, [phi2, sj], in: join), phi], in: join), in: join)
        XCTAssertEqual(h.problems, [])
        let log = h.run(CheckElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["remove-dominated-map-check"])
        XCTAssertTrue(sl.isDead)
        XCTAssertFalse(cl.isDead || cr.isDead || sj.isDead)
        XCTAssertTrue(ephi.inputs[0] === s0, "the effect phi follows the removed check's effect")
        XCTAssertEqual(h.problems, [])
    }

    func makeRedundant() -> HandGraph {
        let h = HandGraph()
        let o = h.param(1)
        let s1 = h.add(.checkShape([ShapeRef(shapeA)]), [o])
        let s2 = h.add(.checkShape([ShapeRef(shapeA)]), [o])
        let c1 = h.add(.checkNumber, [s1])
        let c2 = h.add(.checkNumber, [s2])
        h.ret(h.add(.float64Add, [c1, c2]))
        return h
    }

    func testBisectLimitZeroLeavesGraphUnchanged() {
        let h = makeRedundant()
        let before = h.liveOps
        let log = h.run(CheckElimination(), options: HandGraph.noRewrites)
        XCTAssertEqual(h.liveOps, before)
        XCTAssertGreaterThan(log.total, 0)
        XCTAssertEqual(log.appliedCount, 0)
        XCTAssertEqual(h.problems, [])
    }

    func testDeterministicRewrites() {
        let a = makeRedundant().run(CheckElimination())
        let b = makeRedundant().run(CheckElimination())
        XCTAssertEqual(a.rewrites, b.rewrites)
        XCTAssertEqual(a.rewrites.map(\.rule), ["remove-dominated-map-check", "remove-dominated-check"])
    }
}
