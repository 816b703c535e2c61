/// A variant of the PoC together with the AST nodes (pre-order indices in the PoC) its edits
/// touched and a one-line account of them.
public struct EditedVariant: Sendable {
    public let program: Program
    public let editedNodes: [Int]
    public let summary: String

    public init(program: Program, editedNodes: [Int], summary: String) {
        self.program = program
        self.editedNodes = editedNodes
        self.summary = summary
    }
}

/// Where the `sbfl` strategy gets its programs (DPGen's directed test generation): single-edit
/// variants to learn the bug-relevant nodes, then variants close to the PoC (edits on
/// bug-relevant nodes only) and far from it (edits everywhere else), and the similarity that
/// selects among them. The Fuzz module's mutators in the tool, fixed lists in tests. Every
/// list is a function of the program, the arguments and the seed.
public protocol DirectedVariantSource {
    /// Up to `count` distinct variants with one edit each, placed round-robin over the
    /// editable nodes in pre-order.
    func singleEditVariants(of program: Program, count: Int, seed: UInt64) -> [EditedVariant]
    /// Up to `count` distinct variants with one edit on one of `relevantNodes`, round-robin.
    func closeVariants(of program: Program, editing relevantNodes: [Int], count: Int, seed: UInt64) -> [EditedVariant]
    /// Up to `count` distinct variants with an edit at every editable node but `relevantNodes`.
    func distantVariants(of program: Program, sparing relevantNodes: [Int], count: Int, seed: UInt64) -> [EditedVariant]
    /// The similarity (0...1) of `variant`'s AST node sequence to `program`'s.
    func similarity(of variant: Program, to program: Program) -> Double
}
