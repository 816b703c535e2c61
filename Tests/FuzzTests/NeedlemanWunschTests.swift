import XCTest
import JSEngine
@testable import Fuzz

/// Global alignment scores and the normalised similarity.
final class NeedlemanWunschTests: XCTestCase {
    private let nw = NeedlemanWunsch()

    func testIdenticalAndEmptySequencesAreFullySimilar() {
        XCTAssertEqual(nw.align(Array("ABCD"), Array("ABCD")), .init(score: 40, matches: 4, columns: 4))
        XCTAssertEqual(nw.align([Character](), []).similarity, 1)
        XCTAssertEqual(nw.align(Array("ABCD"), Array("ABCD")).similarity, 1)
    }

    func testGapsMismatchesAndTheirScores() {
        // A deletion costs one gap.
        let deletion = nw.align(Array("ABC"), Array("AC"))
        XCTAssertEqual(deletion, .init(score: 19, matches: 2, columns: 3))
        XCTAssertEqual(deletion.similarity, 2.0 / 3.0, accuracy: 1e-12)
        // With mismatch -10 and gap -1, two gaps beat a mismatch.
        let substitution = nw.align(Array("AXC"), Array("AYC"))
        XCTAssertEqual(substitution, .init(score: 18, matches: 2, columns: 4))
        XCTAssertEqual(nw.align(Array("AB"), [Character]()), .init(score: -2, matches: 0, columns: 2))
        XCTAssertEqual(nw.align(Array("AB"), Array("CD")).similarity, 0)
        // Scores are configurable: with a cheap mismatch the substitution is aligned in place.
        let cheap = NeedlemanWunsch(matchScore: 1, mismatchScore: 0, gapScore: -1).align(Array("AXC"), Array("AYC"))
        XCTAssertEqual(cheap, .init(score: 2, matches: 2, columns: 3))
    }

    func testSimilarityIsSymmetricAndOrdersVariantsByDistance() throws {
        XCTAssertEqual(nw.align(Array("ABCDE"), Array("AXDE")).similarity, nw.align(Array("AXDE"), Array("ABCDE")).similarity)
        let seed = try ParsedSource(text: "let a = 1;\nprint(a + 2);\nprint(a * 3);\nprint(Math.abs(a));").program
        let oneDeletion = try ParsedSource(text: "let a = 1;\nprint(a + 2);\nprint(Math.abs(a));").program
        let rewritten = try ParsedSource(text: "for (const x of [1, 2]) { if (x) { print(typeof x); } }").program
        let seedIndex = ProgramIndex(seed)
        let near = nw.similarity(of: seedIndex, to: ProgramIndex(oneDeletion))
        let far = nw.similarity(of: seedIndex, to: ProgramIndex(rewritten))
        XCTAssertEqual(nw.similarity(of: seedIndex, to: seedIndex), 1)
        XCTAssertGreaterThan(near, 0.7)
        XCTAssertLessThan(far, near)
        // Labels see an operator swap that kinds do not.
        let swapped = try ParsedSource(text: "let a = 1;\nprint(a - 2);\nprint(a * 3);\nprint(Math.abs(a));").program
        XCTAssertEqual(nw.similarity(of: seedIndex, to: ProgramIndex(swapped)), 1)
        XCTAssertLessThan(nw.align(seedIndex.labels, ProgramIndex(swapped).labels).similarity, 1)
    }
}
