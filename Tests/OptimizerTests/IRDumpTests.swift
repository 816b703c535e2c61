import Foundation
import XCTest
@testable import JSEngine
@testable import Optimizer

/// The JSON and DOT dumps describe the same graph the printer shows.
final class IRDumpTests: XCTestCase {
    func testJSONDumpFollowsTheSchema() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: "function f(a) { return a + 1; } f(1); f(2);")
        let data = Data(IRDump.json(g, phase: "graph-builder").utf8)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(root["version"] as? Int, 1)
        XCTAssertEqual(root["function"] as? String, "f")
        let nodes = try XCTUnwrap(root["nodes"] as? [[String: Any]])
        XCTAssertEqual(nodes.count, g.liveNodes.count)
        let add = try XCTUnwrap(nodes.first { ($0["opcode"] as? String) == "SpeculativeNumberAdd[int32]" })
        XCTAssertEqual((add["inputs"] as? [Int])?.count, 2)
        XCTAssertNotNil(add["deoptPC"] as? Int)
        XCTAssertEqual(add["createdBy"] as? String, "graph-builder")
    }

    func testDotDumpHasEveryNodeAndEdgeKind() throws {
        let g = try OptimizerTestSupport.graph(of: "f", in: "function f(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; } f(3);")
        let dot = IRDump.dot(g, phase: "graph-builder")
        XCTAssertTrue(dot.hasPrefix("digraph"))
        for n in g.liveNodes { XCTAssertTrue(dot.contains("n\(n.id) [label="), "missing n\(n.id)") }
        XCTAssertTrue(dot.contains("style=dashed"))   // effect edges
        XCTAssertTrue(dot.contains("color=red"))      // control edges
        XCTAssertTrue(dot.contains("(loop)"))
    }
}
