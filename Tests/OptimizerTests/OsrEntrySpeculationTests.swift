import XCTest
@testable import JSEngine
@testable import Optimizer

/// Typed OSR entry: the live registers of an OSR graph are guarded at the entry by the kind
/// of the value the interpreter frame holds, so loop phis and the operations on them are
/// typed; a later entry with another kind deoptimizes to the loop header.
final class OsrEntrySpeculationTests: XCTestCase {
    func testGuardsFollowTheEntryValues() {
        XCTAssertEqual(OsrEntrySpeculation.guardOpcode(for: .number(7)).map { "\($0)" }, "CheckInt32")
        XCTAssertEqual(OsrEntrySpeculation.guardOpcode(for: .number(0.5)).map { "\($0)" }, "CheckNumber")
        XCTAssertEqual(OsrEntrySpeculation.guardOpcode(for: .number(-0.0)).map { "\($0)" }, "CheckNumber")
        XCTAssertEqual(OsrEntrySpeculation.guardOpcode(for: .string(JSString("s"))).map { "\($0)" }, "CheckString")
        XCTAssertEqual(OsrEntrySpeculation.guardOpcode(for: .bool(true)).map { "\($0)" }, "CheckBoolean")
        XCTAssertNil(OsrEntrySpeculation.guardOpcode(for: .undefined))
        XCTAssertNil(OsrEntrySpeculation.guardOpcode(for: .object(JSObject(proto: nil))))
    }

    func testEntryValuesTypeTheLoopPhisAndLowerTheLoop() throws {
        let c = try OptimizerTestSupport.compiled("f", in: """
        function f(a, n) { let s = 0.5; for (let i = 0; i < n; i++) s += i; return s; }
        f(1, 3);
        """)
        let code = try XCTUnwrap(c.function.codeBlock)
        let header = try XCTUnwrap(OptimizerTestSupport.loopHeader(code))
        // Registers: r0 this, r1 a, r2 n, r3 s, r4 i (as the interpreter holds them mid-loop).
        let values: [JSValue] = [.undefined, .number(1), .number(100), .number(10.5), .number(4)]
        func built(_ entryValues: [JSValue]) throws -> Graph {
            var builder = GraphBuilder(code: code, name: "f", osrEntry: header, osrEntryValues: entryValues)
            let g = try builder.build()
            XCTAssertEqual(IRVerifier.check(g), [])
            let options = EngineOptions()
            let log = RewriteLog(options: options)
            for phase in PhaseRegistry.all where ["typer", "typed-lowering", "constant-folding"].contains(phase.id) {
                g.currentPhase = phase.id
                phase.run(PhaseContext(graph: g, log: log, options: options, phase: phase.id))
            }
            return g
        }
        let typed = try built(values)
        let guards = typed.entry.nodes.filter { $0.opcode.canDeoptimize }.map { "\($0.opcode)(\($0.inputs[0].opcode))" }
        XCTAssertEqual(guards, ["CheckInt32(OsrValue[r1])", "CheckInt32(OsrValue[r2])", "CheckNumber(OsrValue[r3])",
                                "CheckInt32(OsrValue[r4])"])
        XCTAssertTrue(typed.entry.nodes.filter { $0.opcode.canDeoptimize }.allSatisfy { $0.frameState?.pc == header })
        func loopPhiTypes(_ g: Graph) throws -> [IRType] {
            let loop = try XCTUnwrap(g.blocks.first { $0.isLoopHeader })
            return loop.nodes.filter { if case .phi = $0.opcode { return true }; return false }.map(\.type)
        }
        // The phis of s and i: a number and an int32 (i's range widened by the typer).
        let phiTypes = try loopPhiTypes(typed)
        XCTAssertEqual(phiTypes.filter(\.isInt32).count, 1, "\(phiTypes)")
        XCTAssertEqual(phiTypes.filter(\.isNumberOnly).count, 2, "\(phiTypes)")
        // Without entry values the phis are untyped and no guard is at the entry.
        let untyped = try built([])
        XCTAssertFalse(untyped.entry.nodes.contains { $0.opcode.canDeoptimize })
        let untypedPhis = try loopPhiTypes(untyped)
        XCTAssertEqual(untypedPhis.filter(\.isNumberOnly).count, 0, "\(untypedPhis)")
    }

    func testAnEntryValueOfAnotherKindDeoptimizesAndTheLoopIsCompiledAgain() throws {
        let source = """
        function f(start) { var s = start; for (var i = 0; i < 300; i++) { s = s + 1; } return s; }
        print(f(0), f(0.5), f(0));
        """
        let (plain, _) = try OptimizerTestSupport.run(source, flags: ["--no-opt"])
        XCTAssertEqual(plain, "300 300.5 300\n")
        let (out, ending) = try OptimizerTestSupport.run(source, flags: ["--osr-threshold=100", "--trace-deopt"])
        XCTAssertEqual(ending, .normal, out)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "300 300.5 300")
        // The code compiled for f(0) meets s = 0.5 + 100 at its entry in the call f(0.5).
        XCTAssertTrue(lines.contains { $0.hasPrefix("[deoptimizing f (osr at bytecode ") && $0.contains("not an int32") }, out)
    }
}
