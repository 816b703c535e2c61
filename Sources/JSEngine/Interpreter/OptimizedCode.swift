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
    /// A speculation failed: continue in the interpreter with these frames, the optimized
    /// function's own frame first and then one per inlined call, innermost last.
    case deoptimized(frames: [DeoptimizedFrame], reason: String, position: SourcePosition)
}

/// One interpreter frame rebuilt after a deoptimization: where it resumes and what each
/// register holds (index = register number; missing registers are undefined). A frame
/// below an inlined one resumes after its call, which writes the inlined frame's result
/// into `resultRegister`.
public struct DeoptimizedFrame {
    public let pc: Int
    public let registers: [JSValue]
    /// The inlined function running in this frame (nil for the optimized function's own frame).
    public let function: JSFunction?
    /// The register receiving the result of the frame above (-1 for the innermost frame).
    public let resultRegister: Int

    public init(pc: Int, registers: [JSValue], function: JSFunction?, resultRegister: Int) {
        self.pc = pc
        self.registers = registers
        self.function = function
        self.resultRegister = resultRegister
    }
}
