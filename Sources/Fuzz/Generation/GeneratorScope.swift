/// The variables visible at the point the generator is writing, innermost block last. Only
/// visible variables are ever read, so generated programs never throw a ReferenceError.
struct GeneratorScope {
    private var blocks: [[GeneratedVariable]] = [[]]

    /// Opens a block (a function body, a loop body, a branch).
    mutating func push() { blocks.append([]) }

    /// Closes the innermost block; its variables go out of scope.
    mutating func pop() { if blocks.count > 1 { blocks.removeLast() } }

    /// Declares a variable in the innermost block.
    mutating func declare(_ variable: GeneratedVariable) { blocks[blocks.count - 1].append(variable) }

    /// Every visible variable of `type`, outermost first.
    func variables(of type: ValueType) -> [GeneratedVariable] {
        blocks.joined().filter { $0.type == type }
    }

    /// The visible variables of `type` that are not globals (parameters, locals, counters).
    func localVariables(of type: ValueType) -> [GeneratedVariable] {
        blocks.dropFirst().joined().filter { $0.type == type }
    }

    /// Every visible variable of `type` that may be assigned.
    func writableVariables(of type: ValueType) -> [GeneratedVariable] {
        variables(of: type).filter(\.isWritable)
    }
}
