import XCTest
@testable import JSEngine
@testable import Optimizer

/// In-bounds stores into holey arrays (`new Array(n)`, whose dense storage is allocated
/// with holes): the store is bounded by the array's dense storage (`ElementsCapacity`, not
/// the length) and guarded by `CheckNoPrototypeElements` (V8's NoElementsProtector), since
/// filling a hole would meet an indexed setter on the prototype chain; a store beyond the
/// storage, into a non-extensible array or past a prototype with elements deoptimizes.
final class HoleyStoreTests: XCTestCase {
    private let filling = """
    function fill(a, n, v) { for (var i = 0; i < n; i++) a[i] = v; return a; }
    for (var k = 0; k < 3; k++) fill(new Array(50), 50, k);
    """

    func testNewArrayOfALengthHasItsHolesInDenseStorage() throws {
        let realm = Realm(options: EngineOptions(), output: CapturedOutput())
        var p = Parser(source: "var a = new Array(5); a[2] = 1; var big = new Array(\(JSArray.maxPreallocatedLength + 1));")
        _ = try realm.interpreter.runScript(try BytecodeCompiler.compile(try p.parseProgram(), realm: realm))
        let a = try XCTUnwrap(realm.get(realm.global, "a").asObject as? JSArray)
        XCTAssertEqual(a.elements.dense.count, 5)
        XCTAssertEqual(a.elementsKind, .holeySmi)
        XCTAssertEqual(a.elements.indices(), [2])
        let big = try XCTUnwrap(realm.get(realm.global, "big").asObject as? JSArray)
        XCTAssertEqual(big.elements.dense.count, 0)
    }

    func testHoleyStoreIsBoundedByTheDenseStorage() throws {
        let g = try OptimizerTestSupport.graph(of: "fill", in: filling)
        let ops = g.liveNodes.map { "\($0.opcode)" }
        XCTAssertFalse(ops.contains("JSSetKeyed"), "\(ops)")
        let store = try XCTUnwrap(g.liveNodes.first { "\($0.opcode)" == "StoreElement" })
        let bounds = store.inputs[1]
        XCTAssertEqual("\(bounds.opcode)", "CheckBounds")
        XCTAssertEqual("\(bounds.inputs[1].opcode)", "ElementsCapacity")
        XCTAssertEqual("\(store.inputs[0].opcode)", "CheckNoPrototypeElements")
        XCTAssertEqual("\(store.inputs[0].inputs[0].opcode)", "CheckElementsKind[HOLEY_SMI_ELEMENTS]")
        XCTAssertEqual("\(store.inputs[2].opcode)", "CheckInt32")
    }

    func testStoresThatGrowTheDenseStorageStayGeneric() throws {
        // Beyond the preallocated length (or after `a.length = n`), a sequential fill appends to
        // the dense storage: in-place stores would deoptimize on every call, so the site stays generic.
        let g = try OptimizerTestSupport.graph(of: "fill", in: """
        function fill(a, n, v) { for (var i = 0; i < n; i++) a[i] = v; return a; }
        for (var k = 0; k < 3; k++) { var a = []; a.length = 50; fill(a, 50, k); }
        """)
        let ops = g.liveNodes.map { "\($0.opcode)" }
        XCTAssertTrue(ops.contains("JSSetKeyed"), "\(ops)")
        XCTAssertFalse(ops.contains("ElementsCapacity"), "\(ops)")
    }

    func testTheGuardAndBoundLeaveALoopWithoutPushes() throws {
        func inLoop(_ source: String) throws -> [String] {
            let (_, _, g, _) = try OptimizerTestSupport.optimized("fill", in: source)
            let loop = try XCTUnwrap(LoopAnalysis(g).loops.first)
            return loop.body.flatMap(\.nodes).filter { !$0.isDead }.map { "\($0.opcode)" }
        }
        let plain = try inLoop(filling)
        XCTAssertTrue(plain.contains("StoreElement"), "\(plain)")
        XCTAssertFalse(plain.contains("CheckNoPrototypeElements") || plain.contains("ElementsCapacity"), "\(plain)")
        // A push in the loop could give a prototype elements: the guard stays on every iteration.
        let pushing = try inLoop("""
        var log = [];
        function fill(a, n, v) { for (var i = 0; i < n; i++) { a[i] = v; log.push(i); } return a; }
        for (var k = 0; k < 3; k++) fill(new Array(50), 50, k);
        """)
        XCTAssertTrue(pushing.contains("CheckNoPrototypeElements"), "\(pushing)")
    }

    func testEachFailedAssumptionDeoptimizesAndKeepsTheSemantics() throws {
        let source = filling + """
        %OptimizeFunctionOnNextCall(fill);
        print(fill(new Array(4), 4, 7).join());
        var longer = []; longer.length = 3;
        print(fill(longer, 3, 8).join());
        var sealed = new Array(3); sealed[0] = 0; Object.preventExtensions(sealed);
        print(fill(sealed, 3, 9).join(), sealed.length);
        Object.defineProperty(Array.prototype, 1, { set: function (v) { print('setter', v); }, configurable: true });
        print(fill(new Array(3), 3, 5).join());
        """
        let (plain, _) = try OptimizerTestSupport.run(source, flags: ["--no-opt", "--allow-natives-syntax"])
        XCTAssertEqual(plain, "7,7,7,7\n8,8,8\n9,, 3\nsetter 5\n5,,5\n")
        for flags in [["--allow-natives-syntax", "--verify-ir"], ["--allow-natives-syntax", "--eager", "--assert-types"]] {
            let (out, ending) = try OptimizerTestSupport.run(source, flags: flags)
            XCTAssertEqual(ending, .normal, out)
            XCTAssertEqual(out, plain, "\(flags)")
        }
        let (traced, _) = try OptimizerTestSupport.run(source, flags: ["--allow-natives-syntax", "--trace-deopt"])
        XCTAssertTrue(traced.contains("out of bounds"), traced)
    }
}
