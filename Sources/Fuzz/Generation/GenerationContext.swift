/// The state one program's generation threads through: the seeded random stream, the visible
/// variables, the functions already written (which later code may call, so there is no
/// recursion) and a counter for fresh names.
final class GenerationContext {
    var random: SeededRandom
    var scope = GeneratorScope()
    private(set) var functions: [GeneratedFunction] = []
    private var nameCounter = 0
    /// How deep expressions may still nest.
    var expressionBudget = 3
    /// Whether the function being written is mostly idioms (`JITIdioms`, `MemoryIdioms`,
    /// `LoopIdioms`) over its parameters rather than general statements.
    var idiomDense = false

    init(seed: UInt64) {
        random = SeededRandom(seed: seed, salts: [0x6765_6E65_7261_7465])
    }

    /// A fresh identifier starting with `prefix`.
    func freshName(_ prefix: String) -> String {
        nameCounter += 1
        return "\(prefix)\(nameCounter)"
    }

    func addFunction(_ f: GeneratedFunction) { functions.append(f) }

    /// True with probability `numerator / denominator`.
    func chance(_ numerator: Int, in denominator: Int) -> Bool { random.chance(numerator, in: denominator) }

    /// An element of `items` (which must not be empty; the first one otherwise).
    func pick<T>(_ items: [T]) -> T {
        random.element(of: items) ?? items[0]
    }

    /// An integer in `range`.
    func int(_ range: ClosedRange<Int>) -> Int { random.int(in: range) }
}

/// A generated function: its name, parameter types and return type, so calls pass
/// arguments of the types its body expects.
struct GeneratedFunction {
    var name: String
    var parameters: [ValueType]
    var returns: ValueType
}
