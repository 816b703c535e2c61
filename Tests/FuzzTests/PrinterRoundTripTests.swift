import XCTest
import JSEngine
@testable import Fuzz

/// The printer over whole corpora: printing is a fixed point after one round and the printed
/// program behaves exactly like the original.
final class PrinterRoundTripTests: XCTestCase {
    func testCorpusPrintingIsAFixedPoint() throws {
        let corpus = FuzzTestSupport.corpus
        XCTAssertGreaterThan(corpus.count, 100)
        for (name, source) in corpus {
            let first = try FuzzTestSupport.parse(source).render()
            let reparsed: ParsedSource
            do {
                reparsed = try FuzzTestSupport.parse(first)
            } catch {
                XCTFail("\(name): printed program does not parse: \(error)\n\(first)")
                continue
            }
            let second = reparsed.render()
            if first != second {
                XCTFail("\(name): printing is not a fixed point\n--- first\n\(first)\n--- second\n\(second)")
            }
        }
    }

    func testCorpusPrintedProgramsBehaveLikeTheOriginals() throws {
        for (name, source) in FuzzTestSupport.corpus {
            let printed = try FuzzTestSupport.parse(source).render()
            let original = FuzzTestSupport.run(source)
            let reprinted = FuzzTestSupport.run(printed)
            XCTAssertEqual(original.ending, reprinted.ending, name)
            if original.output != reprinted.output {
                XCTFail("\(name): output differs\n\(firstDifference(original.output, reprinted.output))")
            }
        }
    }

    private func firstDifference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(left.count, right.count) {
            let l = i < left.count ? String(left[i]) : "<end>"
            let r = i < right.count ? String(right[i]) : "<end>"
            if l != r { return "line \(i + 1): original `\(l)` printed `\(r)`" }
        }
        return "same lines"
    }
}
