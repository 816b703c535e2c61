/// The knobs of the mutation-based strategies (`paper`, `sbfl`): how many variants they may
/// generate and run, the seed every variant derives from, and the spectrum formula.
public struct StrategyOptions: Sendable {
    public var variants: Int
    public var seed: UInt64
    public var formula: SuspiciousnessFormula

    public init(variants: Int = 100, seed: UInt64 = 1, formula: SuspiciousnessFormula = .ochiai) {
        self.variants = variants
        self.seed = seed
        self.formula = formula
    }
}
