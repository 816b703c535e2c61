/// An activation record of a bytecode function on the interpreter's explicit frame stack.
/// Its registers live in the interpreter's register file at `base ..< base + registerCount`.
/// The optimizer's deoptimizer rebuilds frames of this shape.
public struct Frame {
    public let code: CodeBlock
    public let function: JSFunction?
    public let base: Int
    public var pc: Int = 0
    public var context: Context?
    public var contextDepth: Int32 = 0
    /// Absolute register index in the caller that receives the result (-1: none).
    public let returnRegister: Int
    public let isConstruct: Bool
    public let newTarget: JSObject?
    /// The actual arguments, kept when the function uses `arguments` or a rest parameter.
    public var arguments: [JSValue]
    /// Whether returning from this frame leaves the current `run` invocation.
    public let isEntry: Bool
}
