/// Literal values, ordinary and at the edges where JIT compilers go wrong: -0, NaN,
/// ±Infinity, the int32 and uint32 limits, -1, empty and holey arrays, and every typed-array
/// kind. Each is JavaScript source text of the stated `ValueType`.
enum EdgeValues {
    /// Integers at the edges of the int32/uint32 ranges and small-integer tagging.
    static let ints = ["0", "-1", "1", "2147483647", "-2147483648", "1073741823", "-1073741824", "255", "65535"]

    /// Numbers outside the int32 range or not integers at all.
    static let numbers = ["-0", "NaN", "Infinity", "-Infinity", "0.5", "-1.5", "2147483648", "4294967295",
                          "4294967296", "1e21", "5e-324", "1.7976931348623157e308"]

    /// Negative masks and counts that exercise bitwise and shift rules.
    static let masks = ["-4096", "-2", "-256", "255", "0xffff", "31", "32", "33", "-1"]

    static let strings = ["\"\"", "\"a\"", "\"hello\"", "\"abcabc\"", "\"0\"", "\"-0\"", "\"NaN\""]

    /// Array literals: packed, double, empty, holey, with a non-number element.
    static let arrays = ["[1, 2, 3]", "[]", "[1, , 3]", "[0.5, -0, NaN]", "[2147483647, -1, 0, 7]",
                         "new Array(4)", "[1, 2, 3, 4, 5, 6, 7, 8]", "[\"x\", 1]"]

    /// Ordinary packed small-integer arrays of at least four elements (warm-up values).
    static let packedArrays = ["[1, 2, 3, 4, 5, 6, 7, 8]", "[4, 3, 2, 1, 0]", "[10, 20, 30, 40]"]

    /// The typed-array constructors the engine has (the BigInt kinds are left out: mixing
    /// them with numbers throws).
    static let typedArrayKinds = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
                                  "Int32Array", "Uint32Array", "Float32Array", "Float64Array"]
}
