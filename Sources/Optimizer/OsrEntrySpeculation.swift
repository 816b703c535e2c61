import JSEngine

/// Speculation on the values an OSR graph is entered with. The interpreter frame's
/// registers are only known when the OSR code runs, so `osrValue` nodes would be typed as
/// anything and the loop phis they feed with them, which keeps every arithmetic, compare
/// and element access of the loop generic. Instead the graph builder guards each live
/// register at the entry with the check that the value the frame holds at compile time
/// passes. (TurboFan types its OsrValues as anything and relies on the feedback of the
/// loop's uses; here the compiler has the requesting frame at hand, since OSR code is
/// compiled for the frame whose back edge asked for it, and its values also cover
/// registers no feedback describes.) A later entry with a value of another kind
/// fails the guard and deoptimizes back to the loop header; the loop is then compiled again
/// for the values it has then (`OnStackReplacement`), until its deoptimization limit.
enum OsrEntrySpeculation {
    /// The guard for a register holding `value` at the OSR entry: int32, other numbers,
    /// strings and booleans get one; objects (whose accesses carry their own shape checks),
    /// undefined, null and holes stay unguarded.
    static func guardOpcode(for value: JSValue) -> Opcode? {
        switch value {
        case .number(let d): return JSValue.isInt32(d) ? .checkInt32 : .checkNumber
        case .string: return .checkString
        case .bool: return .checkBoolean
        case .undefined, .null, .hole, .object: return nil
        }
    }
}
