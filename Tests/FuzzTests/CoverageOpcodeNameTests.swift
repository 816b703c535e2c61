import XCTest
import JSEngine
import Optimizer
@testable import Fuzz

/// Coverage names opcodes without their payloads; the direct names must be exactly what
/// cutting the printed form gives (a different name would change which programs look new).
final class CoverageOpcodeNameTests: XCTestCase {
    func testDirectNamesMatchThePrintedFormsOfTheJITCorpusGraphs() {
        var checked: Set<String> = []
        Engine.onLargeStack {
            for program in FuzzTestSupport.programs(in: "jit") {
                var compiler: OptimizingCompiler?
                var options = EngineOptions()
                options.jitThreshold = 2
                options.maxSteps = 2_000_000
                _ = Engine.run(sources: [(name: program.name, text: program.source)], options: options,
                               output: CapturedOutput()) { realm in
                    compiler = OptimizingCompiler.install(on: realm)
                }
                for (_, graph) in compiler?.graphs ?? [] {
                    for node in graph.liveNodes {
                        let name = CoverageSet.opcodeName(node.opcode)
                        XCTAssertEqual(name, CoverageSet.printedName(node.opcode), "\(program.name): \(node.opcode)")
                        checked.insert(name)
                    }
                }
            }
        }
        // The corpus reaches the payload-carrying opcodes the names are written out for.
        for name in ["Parameter", "Constant", "JS", "JSGetNamed", "JSCall", "JSGeneric", "CheckShape", "CheckElementsKind",
                     "CheckCallTarget", "LoadField", "StoreField", "Math", "AllocateObject"] {
            XCTAssertTrue(checked.contains(name), "no \(name) in the corpus graphs")
        }
    }
}
