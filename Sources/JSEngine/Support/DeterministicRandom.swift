// Seeded Math.random reproducing V8's generator.
//
// V8 (MathRandom::RefillCache) keeps xorshift128+ state per native context.
// With `--random-seed=N` the state is s0 = MurmurHash3(N), s1 =
// MurmurHash3(~N); each refill generates 64 doubles into a cache that
// Math.random then hands out from the end (reverse order).

/// Deterministic xorshift128+ source for Math.random, matching
/// `node --random-seed=N` when constructed with the same seed.
struct DeterministicRandom {
    private var state0: UInt64
    private var state1: UInt64
    private var cache: [Double] = []

    /// V8's cache size (MathRandom::kCacheSize).
    static let cacheSize = 64

    /// MurmurHash3 64-bit finalizer (base::RandomNumberGenerator::MurmurHash3).
    static func murmurHash3(_ h0: UInt64) -> UInt64 {
        var h = h0
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// Seeds like V8's MathRandom::RefillCache with a fixed `--random-seed`.
    /// (V8 never uses seed 0 as a fixed seed; it is accepted here anyway.)
    init(seed: Int64) {
        let s = UInt64(bitPattern: seed)
        state0 = DeterministicRandom.murmurHash3(s)
        state1 = DeterministicRandom.murmurHash3(~s)
        if state0 == 0 && state1 == 0 { state1 = 1 }
    }

    /// One xorshift128+ step (base::RandomNumberGenerator::XorShift128).
    private mutating func step() {
        var s1 = state0
        let s0 = state1
        state0 = s0
        s1 ^= s1 << 23
        s1 ^= s1 >> 17
        s1 ^= s0
        s1 ^= s0 >> 26
        state1 = s1
    }

    /// Maps the state to [0, 1) using the top 52 bits (RandomNumberGenerator::ToDouble).
    private static func toDouble(_ s: UInt64) -> Double {
        Double(bitPattern: (s >> 12) | 0x3FF0_0000_0000_0000) - 1.0
    }

    /// Next Math.random() value.
    mutating func next() -> Double {
        if cache.isEmpty {
            var fresh: [Double] = []
            fresh.reserveCapacity(DeterministicRandom.cacheSize)
            for _ in 0..<DeterministicRandom.cacheSize {
                step()
                fresh.append(DeterministicRandom.toDouble(state0))
            }
            cache = fresh  // consumed from the end, as V8 does
        }
        return cache.removeLast()
    }
}
