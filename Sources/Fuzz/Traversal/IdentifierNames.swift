import JSEngine

/// Names that expressions read and patterns bind, for loop-control and fresh-name decisions.
enum IdentifierNames {
    /// Every identifier an expression mentions (nested functions included), in source order.
    static func read(in e: Expression) -> [String] {
        var walker = ASTWalker(editor: IdentifierCollector())
        _ = walker.expression(e)
        return walker.editor.names
    }

    /// The identifiers a statement reads that it does not bind itself (declarations,
    /// parameters, assignment targets, function and class names inside it), in source order.
    static func free(in s: Statement) -> [String] {
        var walker = ASTWalker(editor: IdentifierCollector())
        _ = walker.statement(s)
        let bound = Set(walker.editor.boundNames)
        return walker.editor.names.filter { !bound.contains($0) }
    }

    /// Every name a statement reads, binds or assigns.
    static func mentioned(in s: Statement) -> [String] {
        var walker = ASTWalker(editor: IdentifierCollector())
        _ = walker.statement(s)
        return walker.editor.names + walker.editor.boundNames
    }

    /// Every name a program binds or assigns anywhere (declarations, parameters, assignment
    /// targets, function and class names), in source order.
    static func bound(in program: Program) -> [String] {
        var walker = ASTWalker(editor: IdentifierCollector())
        _ = walker.walk(program)
        return walker.editor.boundNames
    }

    /// The names a pattern assigns: its bound identifiers and the roots of member targets.
    static func bound(by p: Pattern) -> [String] {
        switch p {
        case .identifier(let name, _):
            return [name]
        case .expression(let e):
            return root(of: e).map { [$0] } ?? []
        case .array(let elements, let rest):
            return elements.flatMap { $0.map { bound(by: $0.target) } ?? [] } + (rest.map { bound(by: $0) } ?? [])
        case .object(let properties, let rest):
            return properties.flatMap { bound(by: $0.value.target) } + (rest.map { bound(by: $0) } ?? [])
        }
    }

    /// The variable at the root of a reference (`a` in `a.b[c].d`), if there is one.
    static func root(of e: Expression) -> String? {
        switch e.kind {
        case .identifier(let name): return name
        case .member(let object, _, _), .index(let object, _, _): return root(of: object)
        case .optionalChain(let chain): return root(of: chain)
        default: return nil
        }
    }
}

/// Collects identifier expressions and bound names in walk order.
private struct IdentifierCollector: ASTEditor {
    var names: [String] = []
    var boundNames: [String] = []

    mutating func bind(_ name: String) {
        boundNames.append(name)
    }

    mutating func enter(_ node: ASTNode, index: Int, context: NodeContext) {
        if case .expression(let e) = node, case .identifier(let name) = e.kind { names.append(name) }
    }
}
