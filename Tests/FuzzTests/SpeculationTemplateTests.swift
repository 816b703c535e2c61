import XCTest
import JSEngine
@testable import Fuzz

/// The generator's speculation templates: each writes a program whose optimized code breaks
/// when the optimizer gets that speculation wrong, and agrees with the interpreter when it
/// gets it right.
final class SpeculationTemplateTests: XCTestCase {
    /// A fault each template is written to expose (the template is general; the fault is the
    /// catalog's instance of its bug class).
    private let exposes: [(SpeculationTemplates.Kind, String)] = [
        (.missingArgument, "inlining.missing-args-not-undefined"),
        (.reboundCallee, "inlining.skip-target-check"),
        (.holeThroughPrototype, "inlining.includes-ignores-prototype"),
        (.minusZeroTest, "typer.minmax-ignores-minus-zero"),
        (.searchAtRangeEdge, "typer.indexof-range-off-by-one"),
        (.equalIndices, "load-elimination.element-alias-by-node"),
        (.shapeChangeInCall, "check-elimination.shape-check-across-call"),
        (.elementsKindThroughAlias, "check-elimination.elements-kind-after-store"),
        (.inclusiveLoopBound, "bounds-check-elimination.inclusive-loop-bound"),
        (.negativeLoopStart, "bounds-check-elimination.ignores-lower-bound"),
        (.loadInLoopThatMayNotRun, "licm.hoists-load-above-its-check"),
        (.int32Edges, "typed-lowering.ushr-as-identity"),
        (.lengthAcrossPush, "load-elimination.length-survives-push"),
        (.storeIntoEscapingObject, "escape-analysis.store-to-escaping-object"),
    ]

    func testEveryKindHasAFaultItExposes() {
        XCTAssertEqual(Set(exposes.map(\.0)), Set(SpeculationTemplates.Kind.allCases))
    }

    func testTemplatedProgramsParseAndHoldTheirTemplate() throws {
        let generator = ProgramGenerator()
        for kind in SpeculationTemplates.Kind.allCases {
            for seed in 0..<30 as Range<UInt64> {
                let text = generator.generate(seed: seed, template: kind)
                XCTAssertNoThrow(try ParsedSource(text: text), "\(kind) seed \(seed) does not parse:\n\(text)")
                XCTAssertEqual(text, generator.generate(seed: seed, template: kind))
            }
        }
        let shape = generator.generate(seed: 3, template: .holeThroughPrototype)
        XCTAssertTrue(shape.contains("Array.prototype.length = 0;"), "the prototype element is removed again:\n\(shape)")
    }

    func testEachTemplateExposesItsFaultWithinAFewSeedsAndAgreesWithoutIt() {
        let generator = ProgramGenerator()
        let clean = DifferentialOracle()
        Engine.onLargeStack {
            for (kind, fault) in self.exposes {
                let faulty = DifferentialOracle(passThroughFlags: ["--inject=\(fault)"])
                var exposingSeed: UInt64?
                for seed in 1...12 as ClosedRange<UInt64> {
                    let text = generator.generate(seed: seed, template: kind)
                    var none: CoverageSet?
                    guard case .agree = clean.check(text, swarm: .standard, coverage: &none) else {
                        XCTFail("\(kind) seed \(seed) differs without a fault:\n\(text)")
                        continue
                    }
                    if case .failure = faulty.check(text, swarm: .standard, coverage: &none) {
                        exposingSeed = seed
                        break
                    }
                }
                XCTAssertNotNil(exposingSeed, "no program of template \(kind) among 12 seeds exposes \(fault)")
            }
        }
    }
}
