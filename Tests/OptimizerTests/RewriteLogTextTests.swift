import XCTest
@testable import JSEngine
@testable import Optimizer

/// A rewrite log without node text (`keepsNodeText = false`, as the fuzzer's oracle uses it)
/// numbers, limits and attributes the same rewrites as a full one; only the text of the nodes
/// before and after each rewrite is left out.
final class RewriteLogTextTests: XCTestCase {
    private let source = """
        function f(a, x) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * 2; return s + x % 8 + (x >>> 1); }
        f([1, 2, 3], 13); f([4, 5], 7);
        """

    /// Runs the phases and the back end on a fresh graph of `f` with `options`, into a log
    /// that keeps node text or not.
    private func rewrites(keepingText: Bool, options: EngineOptions = EngineOptions()) throws -> [RewriteLog.Rewrite] {
        let (realm, _, graph) = try OptimizerTestSupport.compiled("f", in: source)
        let log = RewriteLog(options: options)
        log.keepsNodeText = keepingText
        try Pipeline(options: options, phases: PhaseRegistry.all)
            .runOptimizations(on: graph, log: log, output: nil, builtins: BuiltinTable(realm: realm))
        _ = try Backend.compile(graph: graph, options: options, log: log)
        return log.rewrites
    }

    private func withoutText(_ r: RewriteLog.Rewrite) -> String {
        "\(r.number) \(r.phase) \(r.rule) \(r.function) \(r.position) \(r.applied)"
    }

    func testTheSameRewritesAreNumberedWithAndWithoutNodeText() throws {
        let full = try rewrites(keepingText: true)
        let lean = try rewrites(keepingText: false)
        XCTAssertGreaterThan(full.count, 5)
        XCTAssertTrue(full.contains { $0.phase == "instruction-selection" }, "selections are numbered too")
        XCTAssertEqual(lean.map(withoutText), full.map(withoutText))
        XCTAssertTrue(full.allSatisfy { !$0.before.isEmpty }, "a full log shows each rewritten node")
        XCTAssertTrue(full.contains { !$0.after.isEmpty })
        XCTAssertTrue(lean.allSatisfy { $0.before.isEmpty && $0.after.isEmpty }, "a lean log renders no node")
    }

    func testABisectionLimitStopsTheSameRewritesWithoutNodeText() throws {
        var options = EngineOptions()
        options.optBisectLimit = 4
        let full = try rewrites(keepingText: true, options: options)
        let lean = try rewrites(keepingText: false, options: options)
        XCTAssertEqual(lean.map(withoutText), full.map(withoutText))
        XCTAssertEqual(lean.filter(\.applied).map(\.number), [1, 2, 3, 4])
        XCTAssertGreaterThan(lean.count, 4, "the rewrites past the limit are still numbered")
    }
}
