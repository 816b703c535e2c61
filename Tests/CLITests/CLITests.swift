import Foundation
import XCTest

/// End-to-end tests of the `jitloc` executable: exit codes, streams, flags and formats.
final class CLITests: XCTestCase {
    typealias Run = CLIHarness.Run
    static var binary: URL { CLIHarness.binary }

    func jitloc(_ args: [String], stdin: String? = nil, env: [String: String] = [:]) throws -> Run {
        try CLIHarness.jitloc(args, stdin: stdin, env: env)
    }

    func tempFile(_ text: String, name: String = "prog.js") throws -> String { try CLIHarness.tempFile(text, name: name) }

    func testRunsAFileAndPrints() throws {
        let f = try tempFile("print('hi', 1 + 2); console.log([1, 'a'], {x: -0});")
        let r = try jitloc(["run", f])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "hi 3\n[ 1, 'a' ] { x: -0 }\n")
        XCTAssertEqual(r.stderr, "")
    }

    func testReadsStandardInput() throws {
        let r = try jitloc(["run", "-"], stdin: "print(6 * 7)")
        XCTAssertEqual(r.stdout, "42\n")
        XCTAssertEqual(r.status, 0)
    }

    func testUncaughtExceptionExitsOne() throws {
        let r = try jitloc(["run", "-"], stdin: "print('before'); let o; o.x = 1;")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "before\n")
        XCTAssertEqual(r.stderr, "Uncaught TypeError: Cannot set properties of undefined (setting 'x')\n")
    }

    func testSyntaxErrorHasPositionAndExitsOne() throws {
        let f = try tempFile("var a = 1;\nlet x = (1;\n", name: "bad.js")
        let r = try jitloc(["run", f])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.hasPrefix(f + ":2:11\nSyntaxError: "), r.stderr)
    }

    func testUnsupportedFeatureIsASyntaxError() throws {
        let r = try jitloc(["run", "-"], stdin: "function* g() {}")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("not supported"), r.stderr)
    }

    func testTimeoutExitsThree() throws {
        let r = try jitloc(["run", "-", "--timeout=0.5"], stdin: "while (true) {}")
        XCTAssertEqual(r.status, 3)
        XCTAssertTrue(r.stderr.contains("resource limit: timeout"), r.stderr)
    }

    func testTopLevelLoopIsOsrCompiled() throws {
        let program = "let s = 0;\nfor (let i = 0; i < 1000; i++) { s = (s + i) % 1009; }\nprint(s);\n"
        let plain = try jitloc(["run", "-", "--no-opt"], stdin: program)
        let r = try jitloc(["run", "-", "--osr-threshold=100", "--trace-opt"], stdin: program)
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, r.stdout)
        XCTAssertTrue(lines[0].hasPrefix("[optimizing script (osr at bytecode ") && lines[0].hasSuffix(" nodes]"), r.stdout)
        XCTAssertTrue(lines[1].hasPrefix("[completed optimizing script (osr at bytecode "), r.stdout)
        XCTAssertEqual(lines[2] + "\n", plain.stdout)
    }

    /// `--assert-types` is accepted on the command line and in `// Flags:` lines and changes
    /// nothing when the types are right. (A wrong type ends the run with exit code 5 and
    /// `type assertion failed: n<id> <opcode> typed <type> by <phase>, got <value> at <line:col>`
    /// on standard error: OptimizerTests.TypeAssertionTests provokes one in process.)
    func testAssertTypesRunsCorrectProgramsUnchanged() throws {
        let program = """
        function f(a, b) { let s = 0; for (let i = 0; i < b; i++) s = (s + a * i) % 1000; return [s, a / b, -a * 0]; }
        for (let k = 0; k < 50; k++) f(k, 3);
        print(f(7, 9), f(-0.5, 4), f(2147483647, 3));
        """
        let plain = try jitloc(["run", "-", "--no-opt"], stdin: program)
        for flags in [["--assert-types", "--jit-threshold=2"], ["--assert-types", "--eager", "--osr-threshold=10"]] {
            let r = try jitloc(["run", "-"] + flags, stdin: program)
            XCTAssertEqual(r.status, 0, "\(flags): \(r.stderr)")
            XCTAssertEqual(r.stdout, plain.stdout, "\(flags)")
        }
        let inSource = try jitloc(["run", try tempFile("// Flags: --assert-types --jit-threshold=2\n" + program)])
        XCTAssertEqual(inSource.stdout, plain.stdout)
    }

    func testBadFlagIsAUsageError() throws {
        let r = try jitloc(["run", "-", "--no-such-flag"], stdin: "1")
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("unknown flag"), r.stderr)
        let v = try jitloc(["run", "-", "--timeout=abc"], stdin: "1")
        XCTAssertEqual(v.status, 64)
    }

    func testMissingFileExits66() throws {
        let r = try jitloc(["run", "/nonexistent/x.js"])
        XCTAssertEqual(r.status, 66)
        XCTAssertTrue(r.stderr.contains("no such file"), r.stderr)
    }

    func testFlagsLinesEnableNativesSyntax() throws {
        let src = "// Flags: --allow-natives-syntax --turbofan\nfunction f(){}\n%PrepareFunctionForOptimization(f);\nprint(typeof %GetOptimizationStatus(f));"
        let r = try jitloc(["run", try tempFile(src)])
        XCTAssertEqual(r.stdout, "number\n")
        let off = try jitloc(["run", "-"], stdin: "%GetOptimizationStatus(print)")
        XCTAssertEqual(off.status, 1)
    }

    func testPrintBytecode() throws {
        let r = try jitloc(["run", "-", "--print-bytecode"], stdin: "function add(a, b) { return a + b }")
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("== add (params: 2"), r.stdout)
        XCTAssertTrue(r.stdout.contains("add(3, 1, 2, fb: 0)") || r.stdout.contains("add("), r.stdout)
    }

    func testPrintCodeListsEachOptimizedFunctionsInstructions() throws {
        let program = "function add(a, b) { return a + b; } var s = 0; for (var i = 0; i < 50; i++) s = add(s, i); print(s);"
        let r = try jitloc(["run", "-", "--eager", "--print-code"], stdin: program)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("--- code of add ("), r.stdout)
        XCTAssertTrue(r.stdout.contains("int32.add.checked"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("1225\n"), r.stdout)
        let plain = try jitloc(["run", "-", "--eager"], stdin: program)
        XCTAssertFalse(plain.stdout.contains("--- code of"), plain.stdout)
    }

    func testMjsunitHarness() throws {
        let pass = try jitloc(["run", "-", "--harness", "mjsunit"], stdin: "assertEquals([1, {a: 2}], [1, {a: 2}]); assertThrows(() => null.x, TypeError); print('ok')")
        XCTAssertEqual(pass.stdout, "ok\n")
        XCTAssertEqual(pass.status, 0)
        let fail = try jitloc(["run", "-", "--harness", "mjsunit"], stdin: "assertEquals(0, -0)")
        XCTAssertEqual(fail.status, 1)
        XCTAssertTrue(fail.stderr.contains("Failure"), fail.stderr)
    }

    func testHelpEverywhere() throws {
        for args in [["--help"], ["run", "--help"], ["test262", "--help"]] {
            let r = try jitloc(args)
            XCTAssertEqual(r.status, 0, "\(args)")
            XCTAssertTrue(r.stdout.contains("USAGE") || r.stdout.contains("OVERVIEW"), r.stdout)
        }
    }
}
