import JSEngine

/// The semantics of a reduced `Math[name]` operation: the builtin's own computation on
/// numbers (`JSMath`, as the builtin computes it). Never a lookup of the current `Math`
/// property: the operation stands for the function the inliner found (the call-target
/// guard in front of it deoptimizes when the property no longer holds that function).
enum MathOperation {
    private static let unary: [String: (Double) -> Double] = [
        "abs": JSMath.abs, "acos": JSMath.acos, "acosh": JSMath.acosh, "asin": JSMath.asin, "asinh": JSMath.asinh,
        "atan": JSMath.atan, "atanh": JSMath.atanh, "ceil": JSMath.ceil, "cbrt": JSMath.cbrt, "expm1": JSMath.expm1,
        "clz32": JSMath.clz32, "cos": JSMath.cos, "cosh": JSMath.cosh, "exp": JSMath.exp, "floor": JSMath.floor,
        "fround": JSMath.fround, "log": JSMath.log, "log1p": JSMath.log1p, "log2": JSMath.log2, "log10": JSMath.log10,
        "round": JSMath.round, "sign": JSMath.sign, "sin": JSMath.sin, "sinh": JSMath.sinh, "sqrt": JSMath.sqrt,
        "tan": JSMath.tan, "tanh": JSMath.tanh, "trunc": JSMath.trunc,
    ]

    /// `Math[name]` applied to `args` (missing arguments are undefined, so NaN), or nil for
    /// a name that is not a pure Math function.
    static func evaluate(_ name: String, _ args: [Double]) -> Double? {
        func arg(_ i: Int) -> Double { i < args.count ? args[i] : .nan }
        if let f = unary[name] { return f(arg(0)) }
        switch name {
        case "atan2": return JSMath.atan2(arg(0), arg(1))
        case "pow": return JSMath.pow(arg(0), arg(1))
        case "imul": return JSMath.imul(arg(0), arg(1))
        case "hypot": return JSMath.hypot(args)
        case "max": return JSMath.max(args)
        case "min": return JSMath.min(args)
        default: return nil
        }
    }
}
