import XCTest
@testable import JSEngine
@testable import Optimizer

/// The IR verifier accepts what the graph builder produces and catches broken graphs.
final class VerifierTests: XCTestCase {
    /// Builds graphs for every hot function of every conformance program and verifies them.
    func testBuilderOutputVerifiesOnTheCorpus() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpora/conformance")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".js") }.sorted()
        XCTAssertGreaterThan(files.count, 100)
        var built = 0
        var problems: [String] = []
        for f in files {
            let source = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            var options = EngineOptions()
            options.jitThreshold = 2
            options.osrThreshold = 2
            let compiler = OptimizingCompiler(options: options)
            _ = Engine.onLargeStack {
                Engine.run(sources: [(name: f, text: source)], options: options, output: CapturedOutput()) { $0.tierUp = compiler }
            }
            for (name, g) in compiler.graphs {
                built += 1
                let p = IRVerifier.check(g)
                if !p.isEmpty { problems.append("\(f) \(name): \(p.prefix(3).joined(separator: "; "))") }
            }
        }
        XCTAssertGreaterThan(built, 100)
        XCTAssertTrue(problems.isEmpty, problems.prefix(10).joined(separator: "\n"))
    }

    func testVerifierCatchesBrokenGraphs() {
        let g = Graph(code: CodeBlock(name: "t"), name: "t")
        let b = g.newBlock()
        let start = g.add(.start, in: b)
        let c = g.add(.constant(.number(1)), in: b)
        let check = g.add(.checkInt32, [c], in: b)          // no frame state
        let call = g.add(.jsCall(argc: 0), [c, c], in: b)  // effectful without effect input
        _ = start
        _ = check
        _ = call
        let problems = IRVerifier.check(g)
        XCTAssertTrue(problems.contains { $0.contains("no frame state") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("no effect input") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("terminators") }, "\(problems)")
    }

    /// A frame state may only refer to values computed before its node (deoptimizing there
    /// reads them): a value of a branch that does not dominate the guard is reported.
    func testVerifierCatchesFrameStatesReferringToNonDominatingValues() {
        let h = HandGraph()
        let left = h.block(), right = h.block(), join = h.block()
        h.branch(h.param(1), from: h.entry, left, right)
        let onlyLeft = h.add(.int32Add, [h.const(1), h.const(2)], in: left)
        h.goto(left, join)
        h.goto(right, join)
        let guardNode = h.add(.checkInt32, [h.param(2)], in: join, registers: [onlyLeft])
        h.ret(guardNode, in: join)
        XCTAssertTrue(h.problems.contains { $0.contains("frame state of \(guardNode) refers to \(onlyLeft), which does not dominate it") },
                      "\(h.problems)")
        guardNode.frameState = h.frameState([h.const(3)])
        XCTAssertTrue(h.problems.contains { $0.contains("frame state") } == false, "\(h.problems)")
    }
}
