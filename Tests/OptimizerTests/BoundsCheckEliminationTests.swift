import XCTest
@testable import JSEngine
@testable import Optimizer

/// Bounds-check elimination: which `CheckBounds` go (and by which rule), which must stay,
/// and that programs whose accesses go out of bounds behave as in the interpreter.
final class BoundsCheckEliminationTests: XCTestCase {
    /// Each function runs a few times on in-bounds arrays first, so the builder speculates
    /// in-bounds element accesses (CheckBounds) everywhere; the parameters that let some of
    /// them go out of bounds later (`limit`, `from`, `stop`, `shrink`, `cut`) keep them in
    /// bounds then.
    static let functions = """
    function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
    function lessOrEqual(a, limit) { let s = 0; for (let i = 0; i <= a.length && i < limit; i++) s += a[i] | 0; return s; }
    function negativeStart(a, from) { let s = 0; for (let i = -1; i < a.length; i++) if (i >= from) s += a[i]; return s; }
    function down(a) { let s = 0; for (let i = a.length - 1; i >= 0; i--) s += a[i]; return s; }
    function downNoLowerTest(a, stop) { let s = 0; for (let i = a.length - 1; i > stop; i--) s += a[i] | 0; return s; }
    function hoisted(a) { let s = 0; for (let i = 0, n = a.length; i < n; i++) s += a[i]; return s; }
    function popInLoop(a, shrink) { let s = 0; for (let i = 0, n = a.length; i < n; i++) { s += a[i] | 0; if (shrink) a.pop(); } return s; }
    function callBetween(a, g) { let s = 0; for (let i = 0; i < a.length; i++) { g(a); s += a[i] | 0; } return s; }
    function pushAfter(a) { let s = 0; for (let i = 0; i < a.length && i < 6; i++) { s += a[i]; a.push(1); } return s; }
    function lengthStore(a, cut) { let s = 0; const n = a.length; for (let i = 0; i < n; i++) { s += a[i] | 0; if (i == cut) a.length = 1; } return s; }
    function otherLength(a, b) { let s = 0; for (let i = 0; i < b.length; i++) s += a[i] | 0; return s; }
    function neighbours(a) { let s = 0; for (let i = 0; i < a.length - 1; i++) s += a[i + 1] - a[i]; return s; }
    function neighboursTooFar(a, n) { let s = 0; for (let i = 0; i < a.length; i++) if (i < n) s += a[i + 1] - a[i]; return s; }
    function bubble(a) { for (var i = 0; i < a.length; i++) for (var j = 0; j < a.length - 1 - i; j++) if (a[j] > a[j + 1]) { var t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; } return a; }
    function firstThree(a) { if (a.length > 2) return a[0] + a[1] + a[2]; return 0; }
    function firstFour(a) { if (a.length > 2) return a[0] + a[3]; return 0; }
    function fromParameter(a, from) { let s = 0; for (let i = from; i < a.length; i++) if (i >= 0) s += a[i]; return s; }
    function fromParameterUntested(a, from) { let s = 0; for (let i = from; i < a.length; i++) s += a[i]; return s; }
    let nop = (a) => {};
    for (let k = 0; k < 3; k++) {
      sum([1, 2, 3]); lessOrEqual([1, 2, 3], 3); negativeStart([1, 2, 3], 0); down([1, 2, 3]); downNoLowerTest([1, 2, 3], -1);
      hoisted([1, 2, 3]); popInLoop([1, 2, 3, 4], false); callBetween([1, 2, 3], nop); pushAfter([1, 2]);
      lengthStore([1, 2, 3, 4], -1);
      otherLength([1, 2, 3], [1, 2]); neighbours([1, 4, 9]); neighboursTooFar([1, 2, 3], 2); bubble([3, 1, 2]);
      firstThree([1, 2, 3]); firstFour([1, 2, 3, 4]);
      fromParameter([1, 2, 3], 1); fromParameterUntested([1, 2, 3], 1);
    }
    """

    /// CheckBounds left in `name` without and with the phase, and the phase's rules.
    func checks(_ name: String) throws -> (before: Int, after: Int, rules: [String]) {
        let off = try OptimizerTestSupport.optimized(name, in: Self.functions, stopAfter: "bounds-check-elimination",
                                                     flags: ["--no-bounds-check-elimination"])
        let on = try OptimizerTestSupport.optimized(name, in: Self.functions, stopAfter: "bounds-check-elimination")
        let rules = on.log.rewrites.filter { $0.phase == "bounds-check-elimination" }.map(\.rule)
        return (OptimizerTestSupport.count("CheckBounds", in: off.graph), OptimizerTestSupport.count("CheckBounds", in: on.graph),
                rules)
    }

    func testUpwardLoopBoundedByItsExitTestLosesItsCheck() throws {
        let r = try checks("sum")
        XCTAssertEqual(r.before, 1)
        XCTAssertEqual(r.after, 0)
        XCTAssertEqual(r.rules, ["induction-variable-in-bounds"])
    }

    func testLessOrEqualExitTestKeepsTheCheck() throws {
        let r = try checks("lessOrEqual")
        XCTAssertEqual(r.before, 1)
        XCTAssertEqual(r.after, 1, "i == a.length is out of bounds")
    }

    /// A loop starting at a parameter has an untyped phi; the comparisons see it through
    /// `CheckInt32`, which makes it an integer there.
    func testLoopFromAParameterIsBoundedThroughItsCheckedComparisons() throws {
        let tested = try checks("fromParameter")
        XCTAssertEqual(tested.before, 1)
        XCTAssertEqual(tested.after, 0)
        XCTAssertEqual(tested.rules, ["induction-variable-in-bounds"])
        let untested = try checks("fromParameterUntested")
        XCTAssertEqual(untested.after, 1, "a negative start is out of bounds")
    }

    func testNegativeStartKeepsTheCheck() throws {
        let r = try checks("negativeStart")
        XCTAssertEqual(r.before, 1)
        XCTAssertEqual(r.after, 1)
    }

    func testDownwardLoopNeedsItsLowerBoundTest() throws {
        let down = try checks("down")
        XCTAssertEqual(down.before, 1)
        XCTAssertEqual(down.after, 0)
        XCTAssertEqual(down.rules, ["induction-variable-in-bounds"])
        let unbounded = try checks("downNoLowerTest")
        XCTAssertEqual(unbounded.before, 1)
        XCTAssertEqual(unbounded.after, 1, "i > stop lets i go below 0")
    }

    func testLengthReadBeforeTheLoopHoldsOnlyWithoutLengthChanges() throws {
        XCTAssertEqual(try checks("hoisted").after, 0)
        let pop = try checks("popInLoop")
        XCTAssertEqual(pop.before, 1)
        XCTAssertEqual(pop.after, 1, "pop() in the loop may shrink the array")
        let store = try checks("lengthStore")
        XCTAssertEqual(store.before, 1)
        XCTAssertEqual(store.after, 1, "a.length = 1 in the loop shrinks the array")
    }

    func testCallBetweenTheTestAndTheAccessKeepsTheCheck() throws {
        let r = try checks("callBetween")
        XCTAssertEqual(r.before, 1)
        XCTAssertEqual(r.after, 1)
    }

    func testLengthReadAgainAfterAPushIsEnough() throws {
        let r = try checks("pushAfter")
        XCTAssertEqual(r.before, 1)
        XCTAssertEqual(r.after, 0, "the exit test reads the length again after each push")
    }

    func testAnotherArraysLengthDoesNotBoundTheAccess() throws {
        let r = try checks("otherLength")
        XCTAssertEqual(r.before, 1)
        XCTAssertEqual(r.after, 1)
    }

    func testConstantOffsetsAndChainedTests() throws {
        let near = try checks("neighbours")
        XCTAssertEqual(near.before, 2)
        XCTAssertEqual(near.after, 0, "i < a.length - 1 bounds a[i + 1] too")
        let far = try checks("neighboursTooFar")
        XCTAssertEqual(far.before, 2)
        XCTAssertEqual(far.after, 1, "i < a.length lets a[i + 1] be a[a.length]")
        let sort = try checks("bubble")
        // a[j] and a[j + 1]: the reloads in the swap are reused by load elimination, and the
        // two stores index with the same int32 nodes (number keys need no property-key
        // conversion), so check elimination lets them share the loads' checks.
        XCTAssertEqual(sort.before, 2)
        XCTAssertEqual(sort.after, 0, "j < a.length - 1 - i with i >= 0 bounds a[j] and a[j + 1]")
    }

    func testConstantIndicesBelowATestedLength() throws {
        let three = try checks("firstThree")
        XCTAssertEqual(three.before, 3)
        XCTAssertEqual(three.after, 0)
        XCTAssertEqual(three.rules.filter { $0 == "range-in-bounds" }.count, 2)
        let four = try checks("firstFour")
        XCTAssertEqual(four.before, 2)
        XCTAssertEqual(four.after, 1, "a.length > 2 does not cover a[3]")
    }

    // MARK: - Hand-built graphs

    /// `if (i < L) return checkBounds(i, len)` with i in [0, 100]: whether the check goes
    /// depends on how L and len (made in the guarded block) read the length.
    func guardedAccess(lengthRead: (HandGraph, Node) -> Node,
                       checkLength: (HandGraph, Node, Block) -> Node) -> (HandGraph, Node) {
        let h = HandGraph()
        let object = h.param(1)
        let i = h.param(2)
        i.type = .range(0, 100)
        let l = lengthRead(h, object)
        l.type = .range(0, 4294967295)
        let then = h.block(), otherwise = h.block()
        h.branch(h.add(.numberLessThan, [i, l]), from: h.entry, then, otherwise)
        h.ret(i, in: otherwise)
        let check = h.add(.checkBounds, [i, checkLength(h, object, then)], in: then)
        h.ret(check, in: then)
        return (h, check)
    }

    func testTypedArrayLengthLoadsBoundAnAccess() {
        let (h, check) = guardedAccess(lengthRead: { h, o in h.add(.typedArrayLength, [o]) },
                                       checkLength: { h, o, b in h.add(.typedArrayLength, [o], in: b) })
        XCTAssertEqual(h.problems, [])
        let log = h.run(BoundsCheckElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["dominating-test-in-bounds"])
        XCTAssertTrue(check.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func testGenericLengthOfAnObjectNotProvenAnArrayIsNotTrusted() {
        // A typed array's `.length` is a prototype getter: without CheckElementsKind, the
        // generic read may disagree with the real length.
        let (h, check) = guardedAccess(lengthRead: { h, o in h.add(.jsGetNamed(JSString("length")), [o]) },
                                       checkLength: { h, o, b in h.add(.typedArrayLength, [o], in: b) })
        let log = h.run(BoundsCheckElimination())
        XCTAssertEqual(log.rewrites.count, 0)
        XCTAssertFalse(check.isDead)
    }

    func testGenericLengthOfAProvenArrayBoundsTheAccess() {
        let (h, check) = guardedAccess(lengthRead: { h, o in h.add(.jsGetNamed(JSString("length")), [o]) },
                                       checkLength: { h, o, b in
            let array = h.add(.checkElementsKind([.packedSmi]), [o], in: b)
            return h.add(.arrayLength, [array], in: b)
        })
        let log = h.run(BoundsCheckElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["dominating-test-in-bounds"])
        XCTAssertTrue(check.isDead)
        XCTAssertEqual(h.problems, [])
    }

    func testACallBetweenTheReadsKeepsTheCheck() {
        let (h, check) = guardedAccess(lengthRead: { h, o in h.add(.arrayLength, [o]) },
                                       checkLength: { h, o, b in
            h.add(.jsCall(argc: 0), [o, o], in: b)
            return h.add(.arrayLength, [o], in: b)
        })
        let log = h.run(BoundsCheckElimination())
        XCTAssertEqual(log.rewrites.count, 0)
        XCTAssertFalse(check.isDead)
    }

    func testACheckOnTheEffectChainLeavesItIntact() {
        let h = HandGraph()
        let array = h.param(1)
        let length = h.add(.arrayLength, [array])
        length.type = .range(5, 10)
        let index = h.const(3)
        index.type = .range(3, 3)
        let check = h.g.add(.checkBounds, [index, length], effect: h.effect, in: h.entry)
        check.frameState = h.frameState()
        h.effect = check
        let load = h.add(.loadElement, [array, check])
        h.ret(load)
        let log = h.run(BoundsCheckElimination())
        XCTAssertEqual(log.rewrites.map(\.rule), ["range-in-bounds"])
        XCTAssertTrue(check.isDead)
        XCTAssertTrue(load.effect === length, "the load follows the check's effect input")
        XCTAssertTrue(load.inputs[1] === index)
        XCTAssertEqual(h.problems, [])
    }

    // MARK: - Behaviour

    /// Programs whose accesses leave the array: each must print what the interpreter prints,
    /// optimized with and without the phase (a wrongly removed check would end the run with
    /// a memory-safety violation instead).
    func testOutOfBoundsBehaviourIsPreserved() throws {
        let program = Self.functions + """

        let pop = (a) => { if (a.length > 2) a.pop(); };
        for (let k = 0; k < 4; k++) {
          print(sum([1, 2, 3]), lessOrEqual([1, 2, 3], 10), negativeStart([4, 5], k - 2), down([1, 2, 3]), downNoLowerTest([1, 2], -3));
          print(hoisted([1, 2]), popInLoop([1, 2, 3, 4], k > 1), callBetween([1, 2, 3, 4], k > 1 ? pop : nop), pushAfter([1, 2]));
          print(lengthStore([1, 2, 3, 4], k), otherLength([1, 2], [1, 2, 3, 4]), neighbours([1, 4, 9, 16]), neighboursTooFar([1, 2, 3], k));
          print(bubble([3, 1, k, 2]).join(), firstThree([1, 2, 3]), firstThree([1]), firstFour([1, 2, 3]), sum([]), down([]));
        }
        """
        let reference = try OptimizerTestSupport.run(program, flags: ["--no-opt"])
        XCTAssertEqual(reference.ending, .normal)
        XCTAssertTrue(reference.output.hasPrefix("6 6 NaN 6 3\n3 10 10 7\n"), reference.output)
        for flags in [["--jit-threshold=2", "--verify-ir"], ["--eager", "--verify-ir"],
                      ["--eager", "--no-bounds-check-elimination"], ["--eager", "--no-loop-peeling"]] {
            let optimized = try OptimizerTestSupport.run(program, flags: flags)
            XCTAssertEqual(optimized.ending, .normal, "\(flags)")
            XCTAssertEqual(optimized.output, reference.output, "\(flags)")
        }
    }

    func testBisectLimitKeepsTheChecks() throws {
        let limited = try OptimizerTestSupport.optimized("sum", in: Self.functions, stopAfter: "bounds-check-elimination",
                                                         flags: ["--rule-rewrite-limit", "induction-variable-in-bounds=0"])
        XCTAssertEqual(OptimizerTestSupport.count("CheckBounds", in: limited.graph), 1)
        XCTAssertEqual(limited.log.rewrites.filter { $0.rule == "induction-variable-in-bounds" }.map(\.applied), [false])
    }
}
