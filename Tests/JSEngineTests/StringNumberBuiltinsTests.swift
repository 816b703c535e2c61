import XCTest
@testable import JSEngine

/// String, Number, Boolean and Math builtins; expected values are node 20's output.
final class StringNumberBuiltinsTests: XCTestCase {
    private func output(_ source: String, options: EngineOptions = EngineOptions()) -> String {
        let out = CapturedOutput()
        _ = Engine.onLargeStack { Engine.run(sources: [(name: "t.js", text: source)], options: options, output: out) }
        return out.text
    }

    func testStringSearchAndSlicing() {
        XCTAssertEqual(output("""
        print("abc".at(-1), "abc".charAt(5) === "", "abc".charCodeAt(9), "😀".codePointAt(0))
        print("abcabc".indexOf("c", 3), "abcabc".lastIndexOf("c"), "abcabc".lastIndexOf("c", 4))
        print("abc".slice(-2), "abc".substring(2, 0), "abcdef".substr(-3, 2), "abc".includes("b"))
        print("abc".startsWith("b", 1), "abc".endsWith("b", 2), "abc".concat(1, 2))
        """), "c true NaN 128512\n5 5 2\nbc ab de true\ntrue true abc12\n")
    }

    func testCaseMappingTrimSplitPad() {
        XCTAssertEqual(output("""
        print("abc".toUpperCase(), "ÄÖß".toUpperCase(), "ΑΣ ΣΑ".toLowerCase(), "İ".toLowerCase().length)
        print("  x ".trim() + "|", "\\uFEFFy\\n".trim(), "a,b,,c".split(","), "".split("").length, "a,b,c".split(",", 2))
        print("x".repeat(3), "ab".padStart(5, "xy"), "ab".padEnd(5) + "|")
        """), "ABC ÄÖSS ας σα 2\nx| y a,b,,c 0 a,b\nxxx xyxab ab   |\n")
    }

    func testReplaceAndErrors() {
        XCTAssertEqual(output("""
        print("aXbXc".replace("X", "[$&$`$'$$]"), "aXbXc".replaceAll("X", (m, o, s) => o), "aaa".replaceAll("", "-"))
        try { String.fromCodePoint(-1) } catch (e) { print(e) }
        try { "a".repeat(-1) } catch (e) { print(e) }
        try { "a".repeat(2 ** 30) } catch (e) { print(e) }
        try { String.prototype.trim.call(null) } catch (e) { print(e) }
        """), """
        a[XabXc$]bXc a1b3c -a-a-a-
        RangeError: Invalid code point -1
        RangeError: Invalid count value: -1
        RangeError: Invalid string length
        TypeError: String.prototype.trim called on null or undefined

        """)
    }

    func testNumberMethods() {
        XCTAssertEqual(output("""
        print((255).toString(16), (0.5).toString(2), (1234.5678).toFixed(2), (123.456).toPrecision(4), (123456).toExponential(2))
        try { (1).toString(1) } catch (e) { print(e) }
        try { Number.prototype.toString.call("x") } catch (e) { print(e) }
        print(Number("0x10"), new Number(5) + 1, Number.isSafeInteger(2 ** 53), Number.parseInt === parseInt, Boolean(""))
        """), """
        ff 0.1 1234.57 123.5 1.23e+5
        RangeError: toString() radix argument must be between 2 and 36
        TypeError: Number.prototype.toString requires that 'this' be a Number
        16 6 false true false

        """)
    }

    func testMath() {
        XCTAssertEqual(output("""
        print(Math.max(), Math.min(1, "2", -0), Math.round(-0.5), Math.hypot(3, 4), Math.clz32(1), Math.imul(3, 4))
        var log = []; Math.max({valueOf() { log.push(1); return NaN }}, {valueOf() { log.push(2); return 1 }}); print(log)
        """), "-Infinity 0 0 5 31 12\n1,2\n")
        var opts = EngineOptions()
        opts.randomSeed = 7
        XCTAssertEqual(output("print(Math.random() === Math.random())", options: opts), "false\n")
    }
}
