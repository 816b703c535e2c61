/// How often a program element (here: a rewrite rule) was covered by failing and passing runs:
/// the four counts every spectrum-based fault localization formula is a function of.
public struct SpectrumCounts: Equatable, Sendable, Codable {
    /// Failing runs in which the element fired.
    public var failedCovered: Int
    /// Passing runs in which the element fired.
    public var passedCovered: Int
    /// Failing runs in which it did not fire.
    public var failedUncovered: Int
    /// Passing runs in which it did not fire.
    public var passedUncovered: Int

    public init(failedCovered: Int, passedCovered: Int, failedUncovered: Int, passedUncovered: Int) {
        self.failedCovered = failedCovered
        self.passedCovered = passedCovered
        self.failedUncovered = failedUncovered
        self.passedUncovered = passedUncovered
    }

    public var totalFailed: Int { failedCovered + failedUncovered }
    public var totalPassed: Int { passedCovered + passedUncovered }
}

/// A spectrum-based suspiciousness formula (`--formula`): maps an element's counts to a score,
/// higher meaning more suspicious. Written with ef/ep (failing/passing runs that covered the
/// element) and nf/np (those that did not):
/// - Ochiai (DPGen's choice): ef / sqrt((ef + nf) * (ef + ep));
/// - Tarantula: (ef / F) / (ef / F + ep / P), F and P the failing and passing run totals;
/// - DStar with star 2: ef^2 / (ep + nf).
/// Every score is finite (reports encode them as JSON numbers): a term over an empty total is
/// 0, and DStar with a zero denominator (an element covered by every failing run and no
/// passing one) is ef^2 / 0.5, which ranks it above every element with a positive denominator
/// (those have ef <= F, so their score is at most F^2).
public enum SuspiciousnessFormula: String, CaseIterable, Sendable {
    case ochiai
    case tarantula
    case dstar

    /// The score of an element with counts `c`; 0 for an element no failing run covered.
    public func score(_ c: SpectrumCounts) -> Double {
        let ef = Double(c.failedCovered), ep = Double(c.passedCovered), nf = Double(c.failedUncovered)
        guard c.failedCovered > 0 else { return 0 }
        switch self {
        case .ochiai:
            return ef / (Double(c.totalFailed) * (ef + ep)).squareRoot()
        case .tarantula:
            let failedRatio = ef / Double(c.totalFailed)
            let passedRatio = c.totalPassed == 0 ? 0 : ep / Double(c.totalPassed)
            return failedRatio / (failedRatio + passedRatio)
        case .dstar:
            let denominator = ep + nf
            return ef * ef / (denominator == 0 ? 0.5 : denominator)
        }
    }
}
