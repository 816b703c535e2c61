import XCTest
import JSEngine
@testable import Fuzz

/// The printer on constructs where a naive printer goes wrong: precedence, associativity,
/// statement starts, `in` in for heads, literals that must round-trip.
final class PrinterTests: XCTestCase {
    /// Parses `source` (natives allowed) and prints it.
    private func printed(_ source: String) throws -> String {
        var parser = Parser(source: source, options: ParserOptions(allowNativesSyntax: true))
        return JSPrinter.print(try parser.parseProgram())
    }

    private func assertPrints(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try printed(source), expected + "\n", file: file, line: line)
        // The output is itself a fixed point.
        XCTAssertEqual(try printed(expected), expected + "\n", "not a fixed point", file: file, line: line)
    }

    func testParenthesesFollowPrecedenceAndAssociativity() throws {
        try assertPrints("x = (a + b) * c - (d - e) - f;", "x = (a + b) * c - (d - e) - f;")
        try assertPrints("x = a - (b - c) + (d + e);", "x = a - (b - c) + (d + e);")
        try assertPrints("x = (a ** b) ** c + a ** (b ** c);", "x = (a ** b) ** c + a ** b ** c;")
        try assertPrints("x = (-a) ** 2 + 2 ** -a;", "x = (-a) ** 2 + 2 ** -a;")
        try assertPrints("x = (a, b); f((a, b), c);", "x = (a, b);\nf((a, b), c);")
        try assertPrints("x = (a ? b : c) ? (d, e) : f = g;", "x = (a ? b : c) ? (d, e) : f = g;")
        try assertPrints("x = - -a + + +b - -(-c);", "x = - -a + + +b - - -c;")
        try assertPrints("x = -(--a) + +(++b);", "x = - --a + + ++b;")
        try assertPrints("x = typeof (a + b) + !(a && b);", "x = typeof (a + b) + !(a && b);")
    }

    func testNullishIsNeverMixedWithBareAndOr() throws {
        try assertPrints("x = (a || b) ?? c; y = a ?? (b && c); z = (a ?? b) || c;",
                         "x = (a || b) ?? c;\ny = a ?? (b && c);\nz = (a ?? b) || c;")
        // An AST built with a bare `||` under `??` (as a mutation can produce) gets parentheses.
        let p = SourcePosition.none
        let id = { (name: String) in Expression(.identifier(name), at: p) }
        let swapped = Expression(.logical(.nullish, Expression(.logical(.and, id("a"), id("b")), at: p), id("c")), at: p)
        XCTAssertEqual(JSPrinter.print(swapped), "(a && b) ?? c")
    }

    func testMemberChainsCallsAndNew() throws {
        try assertPrints("new (f())(); new (a.b().c)(); new a.b.C(1); new (new X())();",
                         "new (f())();\nnew (a.b().c)();\nnew a.b.C(1);\nnew (new X())();")
        try assertPrints("x = (1).toString() + (-1).toFixed(2) + 1.5.toFixed(1);",
                         "x = (1).toString() + (-1).toFixed(2) + (1.5).toFixed(1);")
        try assertPrints("x = (a?.b).c; y = a?.b.c; z = (a?.b)(); w = a?.[0]?.(1);",
                         "x = (a?.b).c;\ny = a?.b.c;\nz = (a?.b)();\nw = a?.[0]?.(1);")
        try assertPrints("x = (function () { return 1; })(); (() => 2)();",
                         "x = function () {\n  return 1;\n}();\n(() => 2)();")
    }

    func testStatementStartsThatWouldReadAsSomethingElse() throws {
        try assertPrints("({ a } = b); ({}).x; (function () {})(); (class {}).name; (let[0] = 1);",
                         "({ a } = b);\n({}.x);\n(function () {}());\n(class {}.name);\n(let[0] = 1);")
        try assertPrints("f = () => ({ a: 1 }); g = () => ({}).x;", "f = () => ({ a: 1 });\ng = () => ({}.x);")
        try assertPrints("functionName(); className;", "functionName();\nclassName;")
    }

    func testInInsideAForInitializerIsParenthesised() throws {
        try assertPrints("for (var x = (a in b); x; ) ; for (y = [a in b]; ; ) break;",
                         "for (var x = (a in b); x;) ;\nfor (y = [a in b];;) break;")
        try assertPrints("for (var k in (a, b)) ; for (const v of [a, b]) ;",
                         "for (var k in a, b) ;\nfor (const v of [a, b]) ;")
    }

    func testDanglingElseGetsBraces() throws {
        let p = SourcePosition.none
        let call = Statement(.expression(Expression(.call(Expression(.identifier("f"), at: p), [], optional: false), at: p)), at: p)
        let inner = Statement(.if(Expression(.identifier("b"), at: p), call, nil), at: p)
        let outer = Statement(.if(Expression(.identifier("a"), at: p), inner, call), at: p)
        XCTAssertEqual(JSPrinter.print(outer), "if (a) {\n  if (b) f();\n} else f();")
        try assertPrints("if (a) f(); else if (b) g(); else { h(); }", "if (a) f();\nelse if (b) g();\nelse {\n  h();\n}")
    }

    func testNumbersRoundTripIncludingNegativeZeroAndNonFiniteValues() throws {
        let p = SourcePosition.none
        for (value, text) in [(-0.0, "-0"), (.nan, "NaN"), (.infinity, "Infinity"), (-.infinity, "-Infinity"),
                              (-5, "-5"), (1e21, "1e+21"), (5e-7, "5e-7"), (0.1, "0.1"), (4294967295, "4294967295")] {
            XCTAssertEqual(JSPrinter.print(Expression(.number(value), at: p)), text)
        }
        let minusZero = Expression(.binary(.sub, Expression(.identifier("x"), at: p), Expression(.number(-0.0), at: p)), at: p)
        XCTAssertEqual(JSPrinter.print(minusZero), "x - -0")
        let output = FuzzTestSupport.run("print(1 / -0, Object.is(-0, 0 * -1), 0.1 + 0.2, 1e21, -(-0));").output
        let reprinted = FuzzTestSupport.run(try printed("print(1 / -0, Object.is(-0, 0 * -1), 0.1 + 0.2, 1e21, -(-0));")).output
        XCTAssertEqual(output, reprinted)
    }

    func testStringsAndTemplatesAreEscaped() throws {
        try assertPrints(#"x = 'it\'s "q" \\ \n\t\u2028\0';"#, #"x = "it's \"q\" \\ \n\t\u2028\x00";"#)
        try assertPrints(#"x = "\uD800" + "\uD83D\uDE00" + "é";"#, #"x = "\uD800" + "😀" + "é";"#)
        try assertPrints("x = `a${b}\\${c}\\`d\n`;", "x = `a${b}\\${c}\\`d\\n`;")
    }

    func testPropertyKeysPatternsAndHoles() throws {
        try assertPrints(#"x = { "a b": 1, 2: c, if: d, e, [f]: g, ...h, get i() { return 1; } };"#,
                         "x = {\n  \"a b\": 1,\n  \"2\": c,\n  if: d,\n  e,\n  [f]: g,\n  ...h,\n  get i() {\n    return 1;\n  }\n};")
        try assertPrints("x = [, a, , ...b]; y = [a, ,]; z = [,];", "x = [, a, , ...b];\ny = [a, ,];\nz = [,];")
        try assertPrints("var [a, , b = 1, ...c] = d, { e, f: [g], h = 2, ...i } = j;",
                         "var [a, , b = 1, ...c] = d, { e, f: [g], h = 2, ...i } = j;")
        try assertPrints("[a.b, [c] = d] = e;", "[a.b, [c] = d] = e;")
    }

    func testNativesCallsAndHeaderLinesAreKept() throws {
        let source = "// Flags: --allow-natives-syntax\n// A comment that is dropped.\n%OptimizeFunctionOnNextCall(f);\n// Expect-Output: 3\n"
        let parsed = try ParsedSource(text: source)
        XCTAssertEqual(parsed.render(), "// Flags: --allow-natives-syntax\n// Expect-Output: 3\n%OptimizeFunctionOnNextCall(f);\n")
    }

    func testClassesFunctionsAndControlStatementsAreIndented() throws {
        try assertPrints("""
        class A extends (B || C) { constructor() { super(); } static get x() { return 1; } }
        label: for (;;) { switch (a) { case 1: break label; default: } }
        try { f(); } catch { g(); } finally { }
        do x++; while (x < 3)
        """, """
        class A extends (B || C) {
          constructor() {
            super();
          }
          static get x() {
            return 1;
          }
        }
        label: for (;;) {
          switch (a) {
            case 1:
              break label;
            default:
          }
        }
        try {
          f();
        } catch {
          g();
        } finally {}
        do x++; while (x < 3);
        """)
    }
}
