import XCTest
import JSEngine
@testable import Fuzz

/// The AST reducer on synthetic predicates: it finds the minimal failing core, never shows the
/// predicate an unparseable candidate, respects its budget and is deterministic.
final class ReducerTests: XCTestCase {
    private static func printsLine(_ line: String) -> (String) -> Bool {
        { text in FuzzTestSupport.run(text).output.split(separator: "\n").contains(Substring(line)) }
    }

    func testReducesToTheStatementsThatPrintThree() throws {
        let source = """
        function helper(x) { return x * 2; }
        var unused = [1, 2, 3].map(function (v) { return v + 1; });
        let a = 1;
        let b = 2;
        for (let i = 0; i < 3; i++) { unused.push(i); }
        if (unused.length > 2) { print("noise"); } else { print("other"); }
        print(a + b);
        print(helper(5), "tail");
        """
        let result = try ASTReducer().reduce(text: source, isInteresting: ReducerTests.printsLine("3"))
        XCTAssertTrue(result.originalWasInteresting)
        XCTAssertEqual(result.text, "let a = 1;\nlet b = 2;\nprint(a + b);\n")
        XCTAssertLessThan(result.reducedNodeCount, result.originalNodeCount)
        XCTAssertNoThrow(try ParsedSource(text: result.text))
    }

    func testKeepsTheFlagsHeaderAndTheFunctionANativesProgramNeeds() throws {
        let source = """
        // Flags: --allow-natives-syntax
        // Expect-Phase: none
        function add(a, b) { return a + b; }
        %PrepareFunctionForOptimization(add);
        for (let i = 0; i < 100; i++) add(i, 1);
        %OptimizeFunctionOnNextCall(add);
        print(add(1, 2));
        print(add(0.5, 0.25));
        print(add(2147483647, 1));
        """
        let result = try ASTReducer().reduce(text: source, isInteresting: ReducerTests.printsLine("2147483648"))
        XCTAssertEqual(result.text, """
        // Flags: --allow-natives-syntax
        // Expect-Phase: none
        function add(a, b) {
          return a + b;
        }
        print(add(2147483647, 1));

        """)
    }

    func testThePredicateOnlySeesParseableProgramsAndTheBudgetHolds() throws {
        let source = try XCTUnwrap(FuzzTestSupport.corpus.first { $0.name == "lang-control-02.js" }?.source)
        let parsed = try ParsedSource(text: source)
        var seen = 0
        let result = ASTReducer(budget: 25).reduce(parsed) { text in
            seen += 1
            XCTAssertTrue(parsed.parses(text), "unparseable candidate:\n\(text)")
            return text.contains("print")
        }
        XCTAssertEqual(seen, result.predicateCalls)
        XCTAssertLessThanOrEqual(result.predicateCalls, 25)
        XCTAssertTrue(parsed.parses(result.text))
    }

    func testReductionIsDeterministic() throws {
        let source = try XCTUnwrap(FuzzTestSupport.corpus.first { $0.name == "lang-classes-02.js" }?.source)
        let predicate: (String) -> Bool = { $0.contains("super") && $0.contains("print") }
        let first = try ASTReducer(budget: 300).reduce(text: source, isInteresting: predicate)
        let second = try ASTReducer(budget: 300).reduce(text: source, isInteresting: predicate)
        XCTAssertEqual(first.text, second.text)
        XCTAssertEqual(first.predicateCalls, second.predicateCalls)
        XCTAssertLessThan(first.reducedNodeCount, first.originalNodeCount / 4)
    }

    func testAnUninterestingOriginalIsReturnedUnchanged() throws {
        let source = "print(1);\n// trailing comment\n"
        let result = try ASTReducer().reduce(text: source) { _ in false }
        XCTAssertFalse(result.originalWasInteresting)
        XCTAssertEqual(result.text, source)
        XCTAssertEqual(result.predicateCalls, 1)
    }

    func testAnUnparseableInputThrows() {
        XCTAssertThrowsError(try ASTReducer().reduce(text: "print(") { _ in true })
    }

    func testDeltaDebuggingFindsTheTwoNeededItems() {
        var tests = 0
        let kept = DeltaDebugging.minimize(count: 16, minimumCount: 0) { keep in
            tests += 1
            return keep.contains(3) && keep.contains(12)
        }
        XCTAssertEqual(kept, [3, 12])
        XCTAssertLessThan(tests, 40)
    }

    func testDeltaDebuggingKeepsTheMinimumCount() {
        let kept = DeltaDebugging.minimize(count: 5, minimumCount: 1) { _ in true }
        XCTAssertEqual(kept.count, 1)
    }
}
