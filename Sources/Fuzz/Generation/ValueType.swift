/// The static type the generator intends a variable or expression to have. JavaScript is
/// dynamic, so this is a promise the generator keeps when it builds code (an `int` expression
/// is built from int-typed parts), which is what lets it write well-typed, exception-free
/// programs whose hot functions the optimizer can speculate on.
public enum ValueType: String, CaseIterable, Sendable {
    case int, number, boolean, string, intArray, object, typedArray

    /// The types a function parameter or return value may have.
    /// Mostly numbers, where the optimizer speculates most, then arrays and objects (the
    /// memory and loop idioms work on parameters).
    static let parameterTypes: [ValueType] = [.int, .int, .int, .number, .number, .number, .intArray, .intArray, .object, .object, .typedArray, .string]

    /// Objects and arrays: values two references can share.
    var isReference: Bool { self == .object || self == .intArray || self == .typedArray }
}

/// A variable the generated code can read (and, unless it is a loop counter, write).
struct GeneratedVariable {
    var name: String
    var type: ValueType
    /// Loop counters and parameters of the probe are never assigned.
    var isWritable: Bool
    /// A parameter of the function being written: its value comes from the caller, so it is
    /// what changes between the warm-up and the calls after optimization.
    var isParameter = false
}
