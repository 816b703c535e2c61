/// A small, seeded pseudo-random generator (SplitMix64) for reproducible mutation and reduction.
///
/// Every draw the Fuzz module makes goes through this type, never through the system generator or
/// the standard library's `random(in:)` algorithms (whose output may change between Swift
/// versions), so a seed names the same mutation on every machine and toolchain.
/// `JSEngine`'s `DeterministicRandom` is not reused: it reproduces V8's `Math.random` cache
/// order, which is the wrong shape for drawing bounded integers.
public struct SeededRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator whose stream depends on `seed` and on each of `salts`, so independent
    /// decisions (one per AST node, say) get independent streams from one user seed.
    public init(seed: UInt64, salts: [UInt64]) {
        var mixed = SeededRandom(seed: seed)
        for salt in salts {
            mixed = SeededRandom(seed: mixed.next() ^ SeededRandom.finalize(salt &+ 0x632B_E59B_D9B4_E019))
        }
        self = mixed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        return SeededRandom.finalize(state)
    }

    /// SplitMix64's output function (a 64-bit bijective mixer).
    private static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly drawn integer in `0..<bound` (0 when `bound` is not positive).
    public mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let limit = UInt64(bound)
        // Rejection sampling removes the modulo bias.
        let threshold = (0 &- limit) % limit
        while true {
            let value = next()
            if value >= threshold { return Int(value % limit) }
        }
    }

    /// A uniformly drawn integer in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound) &- Int64(range.lowerBound))
        if span == UInt64.max { return Int(Int64(bitPattern: next())) }
        let offset = span == 0 ? 0 : next() % (span + 1)
        return Int(Int64(range.lowerBound) &+ Int64(bitPattern: offset))
    }

    /// True with probability `numerator / denominator`.
    public mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    /// One element of a non-empty array, or nil for an empty one.
    public mutating func element<T>(of items: [T]) -> T? {
        items.isEmpty ? nil : items[below(items.count)]
    }
}
