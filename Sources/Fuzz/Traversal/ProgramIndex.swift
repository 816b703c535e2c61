import JSEngine

/// One statement or expression of a program, with its pre-order index and position facts.
public struct IndexedNode {
    /// Pre-order index among the program's statements and expressions.
    public let index: Int
    public let node: ASTNode
    public let kind: NodeKind
    public let context: NodeContext
    /// One past the index of the node's last descendant: the subtree is `index..<subtreeEnd`.
    public internal(set) var subtreeEnd: Int

    /// Whether `other` is this node or one of its descendants.
    public func contains(_ other: Int) -> Bool {
        other >= index && other < subtreeEnd
    }
}

/// The pre-order table of a program's statements and expressions: the stable node numbering that
/// mutation records and node restrictions refer to, and the node sequence that similarity
/// measures align.
public struct ProgramIndex {
    public let nodes: [IndexedNode]

    /// Indexes `program`. A first walk finds the `if` statements that guard loop exits; when
    /// there are any, a second walk treats their tests and the variables those tests read as loop
    /// control.
    public init(_ program: Program) {
        var first = ASTWalker(editor: IndexBuilder())
        _ = first.walk(program)
        let exits = LoopExitConditions(first.editor.nodes)
        guard !exits.isEmpty else {
            nodes = first.editor.nodes
            return
        }
        var second = ASTWalker(editor: IndexBuilder(), loopExits: exits)
        _ = second.walk(program)
        nodes = second.editor.nodes
    }

    /// The node kinds in pre-order.
    public var kinds: [NodeKind] { nodes.map(\.kind) }

    /// The node labels (kind plus operator, literal or name) in pre-order.
    public var labels: [String] { nodes.map { NodeKind.label(of: $0.node) } }

    /// The nodes inside `node`'s subtree, itself excluded.
    public func descendants(of node: IndexedNode) -> ArraySlice<IndexedNode> {
        nodes[(node.index + 1)..<node.subtreeEnd]
    }

    /// The parent node of `node`, if any.
    public func parent(of node: IndexedNode) -> IndexedNode? {
        node.context.parentIndex.map { nodes[$0] }
    }
}

/// Records every node on entry and its subtree end on exit.
private struct IndexBuilder: ASTEditor {
    var nodes: [IndexedNode] = []

    mutating func enter(_ node: ASTNode, index: Int, context: NodeContext) {
        nodes.append(IndexedNode(index: index, node: node, kind: NodeKind(node), context: context, subtreeEnd: index + 1))
    }

    mutating func leave(index: Int, subtreeEnd: Int) {
        nodes[index].subtreeEnd = subtreeEnd
    }
}
