import JSEngine

/// A reducible list found in a program: its pre-order list number, nesting level, kind and length.
struct ReducibleList {
    var listIndex: Int
    var level: Int
    var kind: ReducibleListKind
    var count: Int
}

/// Lists every reducible list of a program in pre-order.
struct ListCatalog: ASTEditor {
    var lists: [ReducibleList] = []

    mutating func edit<Item>(list: [Item], kind: ReducibleListKind, listIndex: Int, level: Int) -> [Item] {
        lists.append(ReducibleList(listIndex: listIndex, level: level, kind: kind, count: list.count))
        return list
    }

    static func lists(of program: Program) -> [ReducibleList] {
        var walker = ASTWalker(editor: ListCatalog())
        _ = walker.walk(program)
        return walker.editor.lists
    }
}

/// Keeps only some items of one reducible list.
struct ListFilter: ASTEditor {
    let listIndex: Int
    let kept: [Int]

    mutating func edit<Item>(list: [Item], kind: ReducibleListKind, listIndex: Int, level: Int) -> [Item] {
        guard listIndex == self.listIndex else { return list }
        return kept.filter { $0 < list.count }.map { list[$0] }
    }

    /// `program` with list `listIndex` cut down to the items at offsets `kept`.
    static func filtered(_ program: Program, listIndex: Int, keeping kept: [Int]) -> Program {
        var walker = ASTWalker(editor: ListFilter(listIndex: listIndex, kept: kept))
        return walker.walk(program)
    }
}

/// What a node is replaced by during simplification.
enum NodeReplacement {
    case expression(Expression)
    case statements([Statement])
}

/// Replaces the node with one pre-order index.
struct NodeReplacer: ASTEditor {
    let index: Int
    let replacement: NodeReplacement

    mutating func edit(expression: Expression, index: Int, context: NodeContext) -> Expression {
        guard index == self.index, case .expression(let e) = replacement else { return expression }
        return e
    }

    mutating func edit(statement: Statement, index: Int, context: NodeContext) -> [Statement] {
        guard index == self.index, case .statements(let s) = replacement else { return [statement] }
        return s
    }

    /// `program` with node `index` replaced.
    static func replacing(_ index: Int, with replacement: NodeReplacement, in program: Program) -> Program {
        var walker = ASTWalker(editor: NodeReplacer(index: index, replacement: replacement))
        return walker.walk(program)
    }
}
