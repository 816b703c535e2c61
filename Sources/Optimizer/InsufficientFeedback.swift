import JSEngine

/// Which instructions the interpreter has never run, by their feedback: an arithmetic,
/// comparison or element-access site whose feedback slot is still empty (the interpreter
/// records into these on every execution that gets past operand conversion). In OSR code the
/// graph builder ends the block at such a site with an unconditional deoptimization, as
/// V8's graph builder does for "Insufficient type feedback": code after the hot loop that
/// has not run yet (later loops of the same call) is not compiled generically for good, but
/// runs in the interpreter, collects feedback and is OSR-compiled again when hot (within
/// `OsrState.maxDeopts` deoptimizations per loop).
enum InsufficientFeedback {
    /// The deoptimization reason `--trace-deopt` prints.
    static let reason = "insufficient type feedback"

    /// Whether `inst` has a feedback slot the interpreter has never written.
    static func lacksFeedback(_ inst: Instruction, _ feedback: FeedbackVector) -> Bool {
        switch inst {
        case .add(_, _, _, let fb), .sub(_, _, _, let fb), .mul(_, _, _, let fb), .div(_, _, _, let fb),
             .mod(_, _, _, let fb), .exp(_, _, _, let fb), .shl(_, _, _, let fb), .sar(_, _, _, let fb),
             .shr(_, _, _, let fb), .bitAnd(_, _, _, let fb), .bitOr(_, _, _, let fb), .bitXor(_, _, _, let fb),
             .less(_, _, _, let fb), .greater(_, _, _, let fb), .lessEqual(_, _, _, let fb),
             .greaterEqual(_, _, _, let fb), .equal(_, _, _, let fb), .notEqual(_, _, _, let fb),
             .strictEqual(_, _, _, let fb), .strictNotEqual(_, _, _, let fb),
             .increment(_, _, let fb), .decrement(_, _, let fb), .negate(_, _, let fb), .bitNot(_, _, let fb),
             .jumpUnlessCompare(_, _, _, _, let fb):
            return feedback.types[Int(fb)].isEmpty
        case .getKeyed(_, _, _, let fb), .setKeyed(_, _, _, let fb):
            let f = feedback.element(Int(fb))
            return f.kinds.isEmpty && f.typedArrayKinds.isEmpty && !f.sawNonArray && !f.sawOutOfBounds && !f.sawStringKey
        default:
            return false
        }
    }
}
