import JSEngine

/// A call being inlined, as the graph builder sees it when it builds the callee's body into
/// the caller's graph: the values bound to the callee's receiver and parameters, the effect
/// the body starts from, and the caller's frame state to resume in after the call (the
/// parent of every frame state inside the body, so deoptimization rebuilds both frames).
struct InlineSite {
    /// The inlined function.
    let function: JSFunction
    /// The receiver (index 0) and the arguments the call passes.
    let receiverAndArguments: [Node]
    /// How many parameters the callee declares.
    let parameterCount: Int
    /// The value bound to a parameter the call does not pass (`undefined`).
    let missingArgument: Node
    /// The effect chain at the call.
    let effect: Node
    /// The caller's state after the call: resumes at the next instruction, with the
    /// callee's result written to `resultRegister`.
    let callerAfterCall: FrameState

    /// What parameter `i` (0 = this) is bound to.
    func binding(forParameter i: Int) -> Node {
        i < receiverAndArguments.count ? receiverAndArguments[i] : missingArgument
    }
}
