import XCTest
@testable import JSEngine
@testable import Optimizer

/// Code dependencies on global properties: optimized code reading a global registers a
/// dependency on it, and redefining the property as an accessor or deleting it discards
/// the code (V8's property-cell dependencies).
final class GlobalPropertyDependencyTests: XCTestCase {
    private let prologue = """
        g = 1;
        function read() { return g; }
        read(); read();
        %OptimizeFunctionOnNextCall(read);
        print(read(), %GetOptimizationStatus(read) & 16);

        """

    private func lines(_ source: String) throws -> [String] {
        let (output, ending) = try OptimizerTestSupport.run(source, flags: ["--allow-natives-syntax", "--trace-deopt"])
        XCTAssertEqual(ending, .normal, output)
        return output.split(separator: "\n").map(String.init)
    }

    func testRedefiningAGlobalAsAnAccessorDiscardsDependentCode() throws {
        let out = try lines(prologue + """
            this.__defineGetter__("g", () => 42);
            print(%GetOptimizationStatus(read) & 16);
            print(read());
            """)
        XCTAssertEqual(out, ["1 16", "[discarding optimized code of read: global property g redefined as an accessor]",
                             "0", "42"])
    }

    func testDeletingAGlobalDiscardsDependentCode() throws {
        let out = try lines(prologue + """
            delete this.g;
            print(%GetOptimizationStatus(read) & 16);
            try { read(); } catch (e) { print(e.name); }
            """)
        XCTAssertEqual(out, ["1 16", "[discarding optimized code of read: global property g deleted]", "0",
                             "ReferenceError"])
    }

    func testWritingAGlobalKeepsDependentCode() throws {
        let out = try lines(prologue + """
            g = 7;
            Object.defineProperty(this, "h", { get() { return 3; }, configurable: true });
            print(%GetOptimizationStatus(read) & 16, read());
            """)
        XCTAssertEqual(out, ["1 16", "16 7"])
    }

    func testCompilerRegistersTheGlobalsTheGraphLoads() throws {
        let source = "g = 1; var k = 2; function read() { return g + k + (typeof missing); } read();"
        let (realm, function, graph) = try OptimizerTestSupport.compiled("read", in: source)
        XCTAssertEqual(GlobalLoadDependencies.names(in: graph, global: realm.global).map(\.string), ["g", "k"])
        let compiler = OptimizingCompiler.install(on: realm)
        XCTAssertTrue(try compiler.optimize(function, realm: realm, reason: .nativesSyntax))
        XCTAssertEqual(realm.globalPropertyDependencies.dependentCount(on: JSString("g")), 1)
        XCTAssertEqual(realm.globalPropertyDependencies.dependentCount(on: JSString("k")), 1)
        realm.global.removeOwn(PropertyKey("k"))
        XCTAssertNil(function.codeBlock?.optimizedCode)
        XCTAssertEqual(realm.globalPropertyDependencies.dependentCount(on: JSString("g")), 0)
    }
}
