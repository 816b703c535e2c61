import JSEngine

/// A statement or expression: the two node sorts that the walk numbers.
public enum ASTNode {
    case statement(Statement)
    case expression(Expression)

    public var position: SourcePosition {
        switch self {
        case .statement(let s): return s.position
        case .expression(let e): return e.position
        }
    }
}

/// Where a statement sits, which decides what may replace it.
public enum StatementPlacement: Sendable {
    /// An item of a statement list (program, block, function body, case body): may become zero
    /// or several statements.
    case list
    /// The single-statement body of `if`, a loop or `else`: several statements become a block,
    /// none becomes `;`.
    case single
    /// The body of a labelled statement: replacing it may break `continue label`, so it stays.
    case labeledBody
    /// Not a statement.
    case none
}

/// The syntactic lists that hierarchical delta debugging may shorten.
public enum ReducibleListKind: String, Sendable, CaseIterable {
    case statements, switchCases, declarators, arrayElements, objectProperties, arguments
    case classMembers, parameters, sequence

    /// The fewest items the list may keep and still print as valid syntax.
    public var minimumCount: Int {
        switch self {
        case .declarators, .sequence: return 1
        default: return 0
        }
    }
}

/// Facts about a node's position that the walk computes on the way down.
public struct NodeContext: Sendable {
    /// Pre-order index of the enclosing statement or expression (nil at the top level).
    public var parentIndex: Int?
    /// Which function the node belongs to: 0 for top-level code, then functions numbered in
    /// pre-order from 1.
    public var functionID = 0
    /// Inside a loop's head (`for` initializer, test or update, a `while`/`do` test), inside an
    /// assignment or update of a variable such a test reads, or an expression statement made of
    /// one: mutating these can make a loop run forever.
    public var isLoopControl = false
    /// Inside a natives-syntax call `%Name(...)` (or the call itself).
    public var isInsideNativeCall = false
    /// The expression is an assignment or update target and must stay a reference.
    public var isReferenceTarget = false
    /// For a node whose removal could stop a loop from ending (an assignment, update or method
    /// call on a variable that the loop's test reads; a `break`, `return` or `throw` that leaves
    /// the loop): the pre-order index of that loop statement.
    public var guardedLoopIndex: Int?
    /// For statements: where the statement sits.
    public var placement = StatementPlacement.none
    /// How many loops enclose the node within its function.
    public var loopDepth = 0
    /// Whether the node is in strict-mode code.
    public var isStrict = false

    public init() {}
}

/// Hooks that `ASTWalker` calls while it rebuilds a program. Indices are pre-order numbers of
/// statements and expressions in the tree being walked; edits are applied bottom-up (a node's
/// hook sees its children already edited), so numbering always refers to the original tree.
protocol ASTEditor {
    /// Called before a node's children are walked.
    mutating func enter(_ node: ASTNode, index: Int, context: NodeContext)
    /// Called after a node's children were walked; `subtreeEnd` is one past the last index
    /// inside the node.
    mutating func leave(index: Int, subtreeEnd: Int)
    /// Called for every name a pattern binds or assigns and every function and class name.
    mutating func bind(_ name: String)
    /// Replaces an expression (its children already edited).
    mutating func edit(expression: Expression, index: Int, context: NodeContext) -> Expression
    /// Replaces a statement by zero or more statements (its children already edited).
    mutating func edit(statement: Statement, index: Int, context: NodeContext) -> [Statement]
    /// Replaces the items of a reducible list before its items are walked; `listIndex` numbers
    /// lists in pre-order and `level` counts the reducible lists enclosing this one.
    mutating func edit<Item>(list: [Item], kind: ReducibleListKind, listIndex: Int, level: Int) -> [Item]
}

extension ASTEditor {
    mutating func enter(_ node: ASTNode, index: Int, context: NodeContext) {}
    mutating func leave(index: Int, subtreeEnd: Int) {}
    mutating func bind(_ name: String) {}
    mutating func edit(expression: Expression, index: Int, context: NodeContext) -> Expression { expression }
    mutating func edit(statement: Statement, index: Int, context: NodeContext) -> [Statement] { [statement] }
    mutating func edit<Item>(list: [Item], kind: ReducibleListKind, listIndex: Int, level: Int) -> [Item] { list }
}
