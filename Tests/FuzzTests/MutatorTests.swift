import XCTest
import JSEngine
@testable import Fuzz

/// Mutator behaviour: determinism, operator classes, protected nodes, single edits, restrictions.
final class MutatorTests: XCTestCase {
    private var corpus: [(name: String, source: ParsedSource)] { MutatorValidityTests.parsedCorpus }

    private func program(_ text: String) throws -> ParsedSource {
        try ParsedSource(text: text)
    }

    func testPreOrderNumberingCoversStatementsAndExpressions() throws {
        let index = ProgramIndex(try program("let x = 1 + 2;\nprint(x);").program)
        XCTAssertEqual(index.kinds, [.variableDeclaration, .binaryExpression, .numericLiteral, .numericLiteral,
                                     .expressionStatement, .callExpression, .identifier, .identifier])
        XCTAssertEqual(index.nodes[1].subtreeEnd, 4)
        XCTAssertEqual(index.nodes[2].context.parentIndex, 1)
        XCTAssertEqual(index.labels[1], "BinaryExpression +")
    }

    func testMutationIsDeterministicPerSeed() throws {
        let donors = SpliceDonors(programs: corpus.prefix(10).map(\.source.program))
        let mutator = Mutator(operators: MutationOperator.fuzzerSet, editCount: .between(1...3), donors: donors)
        for (_, source) in corpus.prefix(30) {
            var distinct = Set<String>()
            for seed in UInt64(0)..<8 {
                let first = mutator.mutate(source.program, seed: seed)
                let second = mutator.mutate(source.program, seed: seed)
                XCTAssertEqual(source.render(first.program), source.render(second.program))
                XCTAssertEqual(first.records, second.records)
                distinct.insert(source.render(first.program))
            }
            XCTAssertGreaterThan(distinct.count, 4)
        }
    }

    func testVariantsAreCanonicalAndKeepNativesCallsAndLoopHeads() throws {
        let donors = SpliceDonors(programs: corpus.prefix(20).map(\.source.program))
        let everything = Mutator(operators: MutationOperator.fuzzerSet, editCount: .between(1...4), donors: donors)
        let noNewLoops = Mutator(operators: MutationOperator.fuzzerSet.filter { $0 != .splice && $0 != .wrapInLoop },
                                 editCount: .between(1...4))
        let natives = try program("""
        // Flags: --allow-natives-syntax
        function f(a, n) { let s = 0; for (let i = 0; i < n; i++) { s += a[i] * 2; } return s; }
        %PrepareFunctionForOptimization(f);
        let k = 0;
        while (k < 10) { f([1, 2, 3], 3); k++; }
        %OptimizeFunctionOnNextCall(f);
        print(f([1.5, 2, 3], 3), %IsBeingOptimized(f));
        """)
        for (name, source) in corpus + [("natives", natives)] {
            let originalNatives = nativeCalls(in: source.program)
            let originalHeads = Set(loopHeads(in: source.program))
            for seed in UInt64(0)..<10 {
                let variant = everything.mutate(source.program, seed: seed).program
                let text = source.render(variant)
                XCTAssertEqual(try ParsedSource(text: text).render(), text, "\(name) seed \(seed): not canonical")
                XCTAssertEqual(nativeCalls(in: variant), originalNatives, "\(name) seed \(seed)")
                let heads = Set(loopHeads(in: noNewLoops.mutate(source.program, seed: seed).program))
                XCTAssertTrue(heads.isSubset(of: originalHeads), "\(name) seed \(seed): \(heads.subtracting(originalHeads))")
            }
        }
    }

    private func nativeCalls(in program: Program) -> [String] {
        ProgramIndex(program).nodes.compactMap { node in
            guard node.kind == .nativeCall, case .expression(let e) = node.node else { return nil }
            return JSPrinter.print(e)
        }
    }

    /// Every loop's initializer, test and update as text.
    private func loopHeads(in program: Program) -> [String] {
        ProgramIndex(program).nodes.compactMap { node in
            guard case .statement(let s) = node.node else { return nil }
            switch s.kind {
            case .for(_, let test, let update, _):
                let text = JSPrinter.print(s)
                return String(text.prefix(while: { $0 != ")" })) + (test.map(JSPrinter.print) ?? "") + (update.map(JSPrinter.print) ?? "")
            case .while(let test, _), .doWhile(_, let test):
                return JSPrinter.print(test)
            default:
                return nil
            }
        }
    }

    func testLoopTerminationIsProtected() throws {
        let source = try program("""
        let i = 0, queue = [1, 2];
        while (i < 3) { print(i); i++; }
        while (true) { if (i > 5) break; i += 1; }
        while (queue.length) { print(queue.pop()); }
        for (let j = 0; j < 3; j++) { print(j); }
        """)
        let mutator = Mutator(operators: MutationOperator.fuzzerSet, editCount: .everyEligibleNode)
        let index = ProgramIndex(source.program)
        let sites = mutator.sites(in: source.program)
        func operators(at line: Int, _ text: String) throws -> [MutationOperator] {
            let node = try XCTUnwrap(index.nodes.first { node in
                guard case .statement(let s) = node.node else { return false }
                return Int(s.position.line) == line && JSPrinter.print(s).hasPrefix(text)
            }, text)
            return sites.first { $0.nodeIndex == node.index }?.operators ?? []
        }
        XCTAssertFalse(try operators(at: 2, "i++;").contains(.statementDeletion), "the loop's update")
        XCTAssertTrue(try operators(at: 2, "print(i);").contains(.statementDeletion))
        XCTAssertFalse(try operators(at: 3, "break;").contains(.statementDeletion), "the loop's exit")
        XCTAssertFalse(try operators(at: 3, "if (i > 5)").contains(.statementDeletion), "holds the loop's exit")
        XCTAssertFalse(try operators(at: 4, "print(queue.pop());").contains(.statementDeletion), "empties the queue")
        XCTAssertTrue(try operators(at: 2, "while (i < 3)").contains(.statementDeletion), "a whole loop may go")
        XCTAssertTrue(try operators(at: 5, "for (let j").contains(.statementDeletion))
        XCTAssertFalse(sites.contains { site in
            index.nodes[site.nodeIndex].context.isLoopControl && site.operators.contains { !$0.editsStatement }
        })
        // Every variant of this program still terminates, however heavily it is edited.
        for seed in UInt64(0)..<40 {
            let text = source.render(mutator.mutate(source.program, seed: seed).program)
            let run = FuzzTestSupport.run(text, flags: ["--max-steps=20000000"])
            if case .resourceLimit = run.ending { XCTFail("seed \(seed) does not terminate:\n\(text)") }
        }
    }

    func testOperatorSwapsStayInTheirClass() throws {
        let mutator = Mutator()
        var checked = 0
        for (_, source) in corpus.prefix(60) {
            let index = ProgramIndex(source.program)
            for site in mutator.sites(in: source.program) {
                guard case .expression(let before) = index.nodes[site.nodeIndex].node else { continue }
                for op in site.operators where [.binaryOperator, .unaryOperator, .logicalOperator, .compoundAssignment, .builtinName].contains(op) {
                    let result = try XCTUnwrap(mutator.applyOne(op, at: site.nodeIndex, in: source.program, seed: 1))
                    XCTAssertEqual(result.records.count, 1)
                    XCTAssertEqual(result.records[0].nodeIndex, site.nodeIndex)
                    guard case .expression(let after) = ProgramIndex(result.program).nodes[site.nodeIndex].node else {
                        XCTFail("node \(site.nodeIndex) is no longer an expression")
                        continue
                    }
                    assertSameClass(before, after, op)
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 300)
    }

    private func assertSameClass(_ before: JSEngine.Expression, _ after: JSEngine.Expression, _ op: MutationOperator) {
        switch (before.kind, after.kind) {
        case (.binary(let a, _, _), .binary(let b, _, _)):
            XCTAssertNotEqual(a, b)
            XCTAssertEqual(OperatorClasses.binaryClass(of: a), OperatorClasses.binaryClass(of: b))
        case (.unary(let a, _), .unary(let b, _)):
            XCTAssertNotEqual(a, b)
            XCTAssertTrue(OperatorClasses.numericUnary.contains(b))
        case (.logical(let a, _, _), .logical(let b, _, _)):
            XCTAssertNotEqual(a, b)
        case (.assignment(let a, _, _), .assignment(let b, _, _)):
            XCTAssertNotEqual(a, b)
            switch (a, b) {
            case (.compound, .compound), (.logical, .logical): break
            default: XCTFail("\(a) became \(b)")
            }
        case (.identifier(let a), .identifier(let b)):
            XCTAssertTrue(BuiltinCategory.all.contains { $0.names.contains(a) && $0.names.contains(b) }, "\(a) -> \(b)")
        case (.member(_, let a, _), .member(_, let b, _)):
            XCTAssertTrue(BuiltinCategory.all.contains { $0.names.contains(a) && $0.names.contains(b) }, "\(a) -> \(b)")
        default:
            XCTFail("\(op) changed the node's kind: \(JSPrinter.print(before)) -> \(JSPrinter.print(after))")
        }
    }

    func testLiteralsAreRedrawnWithinTheirRangeClassOrToEdgeValues() throws {
        let source = try program("x = [5, 300, 70000, 2.5, 3000000000, -7];")
        let mutator = Mutator(operators: [.literalValue])
        let index = ProgramIndex(source.program)
        let literals = index.nodes.filter { node in
            guard case .expression(let e) = node.node, LiteralValue(e) != nil else { return false }
            return mutator.sites(in: source.program).contains { $0.nodeIndex == node.index }
        }
        XCTAssertEqual(literals.count, 6, "the 7 under the minus is edited as -7")
        var edges = 0
        for node in literals {
            guard case .expression(let e) = node.node, case .number(let before)? = LiteralValue(e) else { continue }
            for seed in UInt64(0)..<40 {
                let result = try XCTUnwrap(mutator.applyOne(.literalValue, at: node.index, in: source.program, seed: seed))
                guard case .expression(let changed) = ProgramIndex(result.program).nodes[node.index].node,
                      case .number(let after)? = LiteralValue(changed) else { return XCTFail("not a number any more") }
                XCTAssertFalse(after == before && after.sign == before.sign)
                if LiteralValue.edgeNumbers.contains(where: { $0.bitPattern == after.bitPattern || ($0.isNaN && after.isNaN) }) {
                    edges += 1
                } else {
                    XCTAssertEqual(NumberRangeClass(after), NumberRangeClass(before), "\(before) -> \(after)")
                }
            }
        }
        XCTAssertGreaterThan(edges, 20)
        XCTAssertLessThan(edges, 120)
    }

    func testApplyOneRejectsInapplicableEditsAndRecordsTheNode() throws {
        let source = try program("let a = 1;\nprint(a + 2, this);")
        let mutator = Mutator()
        XCTAssertNil(mutator.applyOne(.binaryOperator, at: 0, in: source.program, seed: 0))
        XCTAssertNil(mutator.applyOne(.literalValue, at: 99, in: source.program, seed: 0))
        let plus = try XCTUnwrap(ProgramIndex(source.program).nodes.first { $0.kind == .binaryExpression })
        let result = try XCTUnwrap(mutator.applyOne(.binaryOperator, at: plus.index, in: source.program, seed: 3))
        XCTAssertEqual(result.records.map(\.nodeIndex), [plus.index])
        XCTAssertEqual(result.records[0].nodeKind, .binaryExpression)
        XCTAssertEqual(result.records[0].line, 2)
        XCTAssertEqual(result.records[0].before, "a + 2")
        let thisNode = try XCTUnwrap(ProgramIndex(source.program).nodes.first { $0.kind == .thisExpression })
        let nulled = try XCTUnwrap(mutator.applyOne(.thisValue, at: thisNode.index, in: source.program, seed: 0))
        XCTAssertTrue(["null", "undefined"].contains(nulled.records[0].after))
    }

    func testRestrictionsLimitWhichNodesAreEdited() throws {
        for (_, source) in corpus.prefix(40) {
            let sites = Mutator().sites(in: source.program).map(\.nodeIndex)
            guard sites.count > 4 else { continue }
            let chosen = Set(sites.prefix(3))
            let only = Mutator(restriction: .only(chosen), editCount: .everyEligibleNode)
            let excluding = Mutator(restriction: .excluding(chosen), editCount: .everyEligibleNode)
            for seed in UInt64(0)..<5 {
                let inside = only.mutate(source.program, seed: seed).records.map(\.nodeIndex)
                XCTAssertFalse(inside.isEmpty)
                XCTAssertTrue(inside.allSatisfy(chosen.contains))
                let outside = excluding.mutate(source.program, seed: seed).records.map(\.nodeIndex)
                XCTAssertGreaterThan(outside.count, inside.count)
                XCTAssertFalse(outside.contains(where: chosen.contains))
            }
        }
    }

    func testEditsOfOneVariantDoNotOverlap() throws {
        let mutator = Mutator(operators: MutationOperator.fuzzerSet, editCount: .everyEligibleNode)
        for (_, source) in corpus.prefix(40) {
            let index = ProgramIndex(source.program)
            let records = mutator.mutate(source.program, seed: 11).records
            for record in records where [.statementDeletion, .expressionReplacement, .typeChange].contains(record.mutationOperator) {
                let subtree = index.nodes[record.nodeIndex]
                XCTAssertFalse(records.contains { $0.nodeIndex != record.nodeIndex && subtree.contains($0.nodeIndex) })
            }
        }
    }

    func testFuzzerOperatorsProduceWhatTheyPromise() throws {
        let source = try program("""
        function f(x) { return x * 2 + 1; }
        let total = 0;
        total += f(3);
        print(total, "done", total > 3);
        """)
        let donorSource = try program("let unrelated = 1;\nprint(\"spliced\");")
        let mutator = Mutator(operators: MutationOperator.fuzzerSet, donors: SpliceDonors(programs: [donorSource.program]))
        let statement = try XCTUnwrap(ProgramIndex(source.program).nodes.first { $0.kind == .expressionStatement })
        let looped = try XCTUnwrap(mutator.applyOne(.wrapInLoop, at: statement.index, in: source.program, seed: 0))
        XCTAssertTrue(source.render(looped.program).contains("for (let i = 0; i < "))
        let wrapped = try XCTUnwrap(mutator.applyOne(.wrapInFunction, at: statement.index, in: source.program, seed: 0))
        XCTAssertTrue(source.render(wrapped.program).contains("(() => {\n  total += f(3);\n})();"))
        let spliced = try XCTUnwrap(mutator.applyOne(.splice, at: statement.index, in: source.program, seed: 0))
        XCTAssertTrue(source.render(spliced.program).contains("print(\"spliced\");\ntotal += f(3);"), source.render(spliced.program))
        let declaration = try XCTUnwrap(ProgramIndex(source.program).nodes.first { $0.kind == .variableDeclaration })
        XCTAssertNil(mutator.applyOne(.wrapInLoop, at: declaration.index, in: source.program, seed: 0))
        XCTAssertNil(mutator.applyOne(.statementDuplication, at: declaration.index, in: source.program, seed: 0))
        let literal = try XCTUnwrap(ProgramIndex(source.program).nodes.first { $0.kind == .stringLiteral })
        for seed in UInt64(0)..<10 {
            let changed = try XCTUnwrap(mutator.applyOne(.typeChange, at: literal.index, in: source.program, seed: seed))
            XCTAssertFalse(changed.records[0].after.hasPrefix("\""), changed.records[0].after)
        }
        let comparison = try XCTUnwrap(ProgramIndex(source.program).nodes.first { node in
            if case .expression(let e) = node.node, case .binary(.greater, _, _) = e.kind { return true }
            return false
        })
        for seed in UInt64(0)..<10 {
            let replaced = try XCTUnwrap(mutator.applyOne(.expressionReplacement, at: comparison.index, in: source.program, seed: seed))
            guard case .expression(let e) = ProgramIndex(replaced.program).nodes[comparison.index].node else { return XCTFail() }
            XCTAssertEqual(StaticType(of: e), .boolean, replaced.records[0].after)
        }
    }
}
