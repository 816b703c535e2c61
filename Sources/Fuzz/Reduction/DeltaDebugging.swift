/// Zeller's ddmin over the items of one list, in the complement-first form that program reducers
/// use: try removing chunks of the kept items at growing granularity, keep a removal whenever the
/// test still holds, and stop at single-item granularity with nothing removable.
enum DeltaDebugging {
    /// The offsets (in `0..<count`, ascending) of a 1-minimal kept subset: removing any single one
    /// of them makes `test` fail. `test` receives candidate kept offsets, never fewer than
    /// `minimumCount`, and is not asked about the full list (assumed to pass).
    static func minimize(count: Int, minimumCount: Int, test: ([Int]) -> Bool) -> [Int] {
        var kept = Array(0..<count)
        guard count > minimumCount else { return kept }
        if minimumCount == 0 && test([]) { return [] }
        var granularity = 2
        while kept.count > minimumCount {
            let chunks = split(kept, into: min(granularity, kept.count))
            var removedOne = false
            for chunk in chunks {
                let complement = kept.filter { !chunk.contains($0) }
                guard complement.count >= minimumCount, complement.count < kept.count else { continue }
                if test(complement) {
                    kept = complement
                    granularity = max(granularity - 1, 2)
                    removedOne = true
                    break
                }
            }
            if removedOne { continue }
            if granularity >= kept.count { break }
            granularity = min(granularity * 2, kept.count)
        }
        return kept
    }

    /// `items` cut into `parts` contiguous chunks of nearly equal size.
    private static func split(_ items: [Int], into parts: Int) -> [[Int]] {
        var chunks: [[Int]] = []
        var start = 0
        for part in 0..<parts {
            let end = start + (items.count - start) / (parts - part)
            chunks.append(Array(items[start..<end]))
            start = end
        }
        return chunks
    }
}
