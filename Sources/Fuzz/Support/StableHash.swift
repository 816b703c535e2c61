/// FNV-1a 64-bit digest of a text, the same in every process and run (Swift's `Hasher` is
/// seeded per process), used to name corpus entries and crash files by their content.
public enum StableHash {
    public static func of(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    /// The digest as 16 hex digits.
    public static func hex(_ text: String) -> String {
        let s = String(of(text), radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
