/// Code produced by the optimizing tier, as the interpreter sees it: something it can run
/// instead of bytecode and that either returns or asks to continue in the interpreter
/// (deoptimization) with the interpreter state at a bytecode index. Implemented by the
/// Optimizer module; JSEngine knows only this protocol.
///
/// There are two kinds, installed in different places of a `CodeBlock`:
/// - function-entry code (`osrEntry == nil`, in `CodeBlock.optimizedCode`): run instead of a
///   call's bytecode. The interpreter's call bytecodes run it by `execute` and continue a
///   deoptimized call in a frame pushed in their own run loop; builtins and other Swift
///   entry points (`Interpreter.call`) run it by `call`, which gives the call's result
///   directly (a deoptimization is finished inside it, `Interpreter.finishDeoptimizedCall`).
///   Calls made by optimized code reach the Optimizer module's implementation without this
///   protocol.
/// - on-stack-replacement (OSR) code (`osrEntry` = the bytecode index of a loop header, in
///   `CodeBlock.osrCode`): run by `executeOsr` from an interpreter frame that reached a back
///   edge of that loop. The interpreter hands over the frame's registers; the code continues
///   at the loop header. `.returned` finishes the frame as its `return` instruction would;
///   `.deoptimized` gives the registers to write back into the same frame and the bytecode
///   index to continue at.
public protocol OptimizedCode: AnyObject {
    /// The loop header this code is entered at (OSR code), or nil for function-entry code.
    var osrEntry: Int? { get }

    /// Runs function-entry code for a call of `function`, whose closure context is `context`;
    /// `arguments` stay valid (and unchanged) while it runs.
    func execute(realm: Realm, function: JSFunction, context: Context?, this: JSValue,
                 arguments: UnsafeBufferPointer<JSValue>) throws -> OptimizedExecution

    /// Runs function-entry code for a call of `function` (whose code block is `code` and
    /// closure context `context`) made on the host stack, with the semantics of
    /// `Interpreter.call(_:this:arguments:)`: one native call level deeper (a RangeError at
    /// the limit), `this` converted for the callee, `arguments` read in place; a
    /// deoptimization finishes the call in the interpreter (`Interpreter.finishDeoptimizedCall`)
    /// and its result is returned all the same.
    func call(_ function: JSFunction, code: CodeBlock, context: Context?, this: JSValue,
              arguments: UnsafeBufferPointer<JSValue>, realm: Realm, interpreter: Interpreter) throws -> JSValue

    /// Runs OSR code from the loop header: `registers` are the interpreter frame's registers
    /// at the back edge (index = register number), `context` is the frame's current context.
    /// Function-entry code throws `EngineTermination.internalError` here.
    func executeOsr(realm: Realm, registers: [JSValue], context: Context?) throws -> OptimizedExecution
}

/// How a run of optimized code ended.
public enum OptimizedExecution {
    /// The function (or script) returned normally.
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
