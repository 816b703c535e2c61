/// Needleman-Wunsch global alignment of two sequences (AST node kinds or labels in pre-order),
/// with DPGen's scores by default: +10 for a match, -10 for a mismatch, -1 for a gap.
public struct NeedlemanWunsch: Sendable {
    public var matchScore: Int
    public var mismatchScore: Int
    public var gapScore: Int

    public init(matchScore: Int = 10, mismatchScore: Int = -10, gapScore: Int = -1) {
        self.matchScore = matchScore
        self.mismatchScore = mismatchScore
        self.gapScore = gapScore
    }

    /// The outcome of aligning two sequences.
    public struct Alignment: Equatable, Sendable {
        /// The optimal global alignment score.
        public var score: Int
        /// Columns where both sequences have equal elements.
        public var matches: Int
        /// Columns of the alignment (matches, mismatches and gaps).
        public var columns: Int

        /// Matched columns over all columns, in 0...1: 1 for equal sequences (and for two empty
        /// ones), 0 when nothing lines up. For a seed and a variant this is DPGen's "matched nodes
        /// over seed nodes plus inserted nodes".
        public var similarity: Double {
            columns == 0 ? 1 : Double(matches) / Double(columns)
        }
    }

    /// Aligns `a` with `b`. Ties in the traceback prefer a match or mismatch, then a gap in `b`,
    /// so the result is deterministic.
    public func align<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Alignment {
        let rows = a.count + 1
        let columns = b.count + 1
        // Moves: 0 diagonal, 1 up (a's element against a gap), 2 left (gap against b's element).
        var moves = [UInt8](repeating: 0, count: rows * columns)
        var previous = (0..<columns).map { $0 * gapScore }
        var current = [Int](repeating: 0, count: columns)
        for j in 1..<max(columns, 1) { moves[j] = 2 }
        for i in 1..<max(rows, 1) {
            current[0] = i * gapScore
            moves[i * columns] = 1
            for j in 1..<max(columns, 1) {
                let diagonal = previous[j - 1] + (a[i - 1] == b[j - 1] ? matchScore : mismatchScore)
                let up = previous[j] + gapScore
                let left = current[j - 1] + gapScore
                if diagonal >= up && diagonal >= left {
                    current[j] = diagonal
                    moves[i * columns + j] = 0
                } else if up >= left {
                    current[j] = up
                    moves[i * columns + j] = 1
                } else {
                    current[j] = left
                    moves[i * columns + j] = 2
                }
            }
            swap(&previous, &current)
        }
        var i = a.count
        var j = b.count
        var matches = 0
        var length = 0
        while i > 0 || j > 0 {
            length += 1
            switch moves[i * columns + j] {
            case 0:
                if a[i - 1] == b[j - 1] { matches += 1 }
                i -= 1
                j -= 1
            case 1:
                i -= 1
            default:
                j -= 1
            }
        }
        return Alignment(score: previous[b.count], matches: matches, columns: length)
    }

    /// The similarity of two programs' pre-order node kinds.
    public func similarity(of first: ProgramIndex, to second: ProgramIndex) -> Double {
        align(first.kinds, second.kinds).similarity
    }
}
