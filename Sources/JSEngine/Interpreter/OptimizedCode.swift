/// Code produced by the optimizing tier for one function, as the interpreter sees it:
/// something it can run instead of the bytecode and that either returns or asks to
/// continue in the interpreter (deoptimization) with the interpreter state at a bytecode
/// index. Implemented by the Optimizer module; JSEngine knows only this protocol.
public protocol OptimizedCode: AnyObject {
    func execute(realm: Realm, function: JSFunction, this: JSValue, arguments: [JSValue]) throws -> OptimizedExecution
}

/// How a run of optimized code ended.
public enum OptimizedExecution {
    /// The function returned normally.
    case returned(JSValue)
    /// A speculation failed: continue in the interpreter at `pc` with these register values
    /// (index = register number; missing registers are undefined).
    case deoptimized(pc: Int, registers: [JSValue], reason: String, position: SourcePosition)
}
