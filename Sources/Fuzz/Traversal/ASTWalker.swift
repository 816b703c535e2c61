import JSEngine

/// Walks a program in source order, numbering statements and expressions in pre-order, keeping
/// track of each node's `NodeContext`, and rebuilding the tree from what the `ASTEditor` returns.
///
/// Statements are walked here; expressions, functions, classes and patterns in
/// `ASTWalker+Expressions.swift`.
struct ASTWalker<Editor: ASTEditor> {
    var editor: Editor
    /// The next pre-order index to hand out.
    private(set) var nextIndex = 0
    private var nextListIndex = 0
    private var nextFunctionID = 1
    /// The context of the node being walked (children start from it).
    var state = WalkState()
    /// The `if` statements that guard loop exits, found by an earlier walk of the same program.
    let loopExits: LoopExitConditions

    init(editor: Editor, loopExits: LoopExitConditions = LoopExitConditions()) {
        self.editor = editor
        self.loopExits = loopExits
    }

    /// Walks and rebuilds a whole program.
    mutating func walk(_ program: Program) -> Program {
        state.context.isStrict = program.isStrict
        var result = program
        result.body = statementList(program.body)
        return result
    }

    // MARK: - Numbering and lists

    /// Hands out the next index and reports the node to the editor.
    mutating func begin(_ node: ASTNode, context: NodeContext) -> Int {
        let index = nextIndex
        nextIndex += 1
        editor.enter(node, index: index, context: context)
        return index
    }

    mutating func newFunctionID() -> Int {
        defer { nextFunctionID += 1 }
        return nextFunctionID
    }

    /// Offers a reducible list to the editor, then walks its (possibly shortened) items one
    /// list level deeper.
    mutating func list<Item, Output>(_ items: [Item], kind: ReducibleListKind,
                                     walkItem: (inout ASTWalker, Item) -> Output) -> [Output] {
        let listIndex = nextListIndex
        nextListIndex += 1
        let kept = editor.edit(list: items, kind: kind, listIndex: listIndex, level: state.listLevel)
        state.listLevel += 1
        defer { state.listLevel -= 1 }
        return kept.map { walkItem(&self, $0) }
    }

    // MARK: - Statements

    /// A statement list: each statement may become zero or more statements.
    mutating func statementList(_ statements: [Statement]) -> [Statement] {
        let saved = state.context.placement
        defer { state.context.placement = saved }
        return list(statements, kind: .statements) { walker, s in
            walker.state.context.placement = .list
            return walker.statement(s)
        }.flatMap { $0 }
    }

    /// A statement in a single-statement position (`placement` `.single` or `.labeledBody`).
    mutating func singleStatement(_ s: Statement, placement: StatementPlacement) -> Statement {
        let saved = state.context.placement
        state.context.placement = placement
        defer { state.context.placement = saved }
        let produced = statement(s)
        switch produced.count {
        case 0: return Statement(.empty, at: s.position)
        case 1: return produced[0]
        default: return Statement(.block(produced), at: s.position)
        }
    }

    /// One statement with its children; returns what the editor makes of it.
    mutating func statement(_ s: Statement) -> [Statement] {
        var context = state.context
        let labels = state.pendingLabels
        state.pendingLabels = []
        var exitedLoop: Int?
        switch s.kind {
        case .break(let label):
            exitedLoop = state.loopExitedByBreak(label: label)
        case .return, .throw:
            exitedLoop = state.loops.first?.index
        default:
            break
        }
        if let exitedLoop { context.guardedLoopIndex = exitedLoop }
        let index = begin(.statement(s), context: context)
        let saved = state
        state.context.parentIndex = index
        state.context.placement = .none
        var result = s
        result.kind = statementChildren(s.kind, index: index, labels: labels)
        state = saved
        editor.leave(index: index, subtreeEnd: nextIndex)
        return editor.edit(statement: result, index: index, context: context)
    }

    private mutating func statementChildren(_ kind: StatementKind, index: Int, labels: [String]) -> StatementKind {
        switch kind {
        case .expression(let e):
            return .expression(expression(e))
        case .declaration(let declarationKind, let declarators):
            return .declaration(declarationKind, self.declarators(declarators))
        case .function(let fn):
            return .function(function(fn))
        case .class(let node):
            return .class(classNode(node))
        case .return(let value):
            return .return(value.map { expression($0) })
        case .if(let test, let consequent, let alternate):
            let newTest = loopExits.guardedLoop(byIf: index) == nil ? expression(test) : loopTest(test)
            let newConsequent = singleStatement(consequent, placement: .single)
            return .if(newTest, newConsequent, alternate.map { singleStatement($0, placement: .single) })
        case .block(let body):
            state.breakables.append(Breakable(index: index, isLoop: false, isSwitch: false, labels: labels))
            return .block(statementList(body))
        case .for(let initializer, let test, let update, let body):
            let head = state.context
            state.context.isLoopControl = true
            var newInitializer = initializer
            switch initializer {
            case .declaration(let declarationKind, let declarators)?:
                newInitializer = .declaration(declarationKind, self.declarators(declarators))
            case .expression(let e)?:
                newInitializer = .expression(expression(e))
            case nil:
                break
            }
            let newTest = test.map { expression($0) }
            let newUpdate = update.map { expression($0) }
            state.context = head
            let newBody = loopBody(body, index: index, test: test, labels: labels)
            return .for(newInitializer, newTest, newUpdate, newBody)
        case .forIn(let binding, let object, let body):
            let newBinding = forBinding(binding)
            let newObject = expression(object)
            return .forIn(newBinding, newObject, loopBody(body, index: index, test: nil, labels: labels))
        case .forOf(let binding, let iterable, let body):
            let newBinding = forBinding(binding)
            let newIterable = expression(iterable)
            return .forOf(newBinding, newIterable, loopBody(body, index: index, test: nil, labels: labels))
        case .while(let test, let body):
            let newTest = loopTest(test)
            return .while(newTest, loopBody(body, index: index, test: test, labels: labels))
        case .doWhile(let body, let test):
            let newBody = loopBody(body, index: index, test: test, labels: labels)
            return .doWhile(newBody, loopTest(test))
        case .break, .continue, .empty, .debugger:
            return kind
        case .throw(let value):
            return .throw(expression(value))
        case .try(let body, let handler, let finalizer):
            let newBody = statementList(body)
            var newHandler = handler
            if let handler {
                newHandler = CatchClause(parameter: handler.parameter.map { pattern($0) }, body: statementList(handler.body))
            }
            return .try(newBody, newHandler, finalizer.map { statementList($0) })
        case .switch(let discriminant, let cases):
            let newDiscriminant = expression(discriminant)
            state.breakables.append(Breakable(index: index, isLoop: false, isSwitch: true, labels: labels))
            let newCases = list(cases, kind: .switchCases) { walker, c in
                SwitchCase(test: c.test.map { walker.expression($0) }, body: walker.statementList(c.body), position: c.position)
            }
            return .switch(newDiscriminant, newCases)
        case .labeled(let label, let body):
            state.pendingLabels = labels + [label]
            return .labeled(label, singleStatement(body, placement: .labeledBody))
        }
    }

    /// A loop test, or the test of an `if` that guards a loop exit: loop control.
    private mutating func loopTest(_ test: Expression) -> Expression {
        let saved = state.context
        state.context.isLoopControl = true
        defer { state.context = saved }
        return expression(test)
    }

    /// A loop body: one loop deeper, with the variables the loop's test reads registered so that
    /// writes to them are recognised, and the loop as a `break`/`continue` target.
    private mutating func loopBody(_ body: Statement, index: Int, test: Expression?, labels: [String]) -> Statement {
        let saved = state
        state.context.loopDepth += 1
        state.loops.append(LoopFrame(index: index))
        state.breakables.append(Breakable(index: index, isLoop: true, isSwitch: false, labels: labels))
        let testNames = test.map { IdentifierNames.read(in: $0) } ?? []
        for name in testNames + loopExits.exitConditionNames(ofLoop: index)
        where !state.loopVariables.contains(where: { $0.name == name }) {
            state.loopVariables.append(LoopVariable(name: name, loopIndex: index))
        }
        let result = singleStatement(body, placement: .single)
        state = saved
        return result
    }

    mutating func declarators(_ declarators: [VariableDeclarator]) -> [VariableDeclarator] {
        list(declarators, kind: .declarators) { walker, d in
            VariableDeclarator(target: walker.pattern(d.target), initializer: d.initializer.map { walker.expression($0) })
        }
    }

    private mutating func forBinding(_ binding: ForBinding) -> ForBinding {
        switch binding {
        case .declaration(let kind, let target): return .declaration(kind, pattern(target))
        case .target(let target): return .target(pattern(target))
        }
    }
}

/// The walk's state besides the numbering: the context handed to the next node, and what is
/// needed to compute loop-control facts.
struct WalkState {
    var context = NodeContext()
    /// Labels written in front of the statement about to be walked.
    var pendingLabels: [String] = []
    /// Reducible lists enclosing the current position.
    var listLevel = 0
    /// Loops enclosing the current position in the current function, outermost first.
    var loops: [LoopFrame] = []
    /// `break`/`continue` targets enclosing the current position in the current function.
    var breakables: [Breakable] = []
    /// Variables read by the tests of enclosing loops (kept across nested functions: a closure
    /// can update them).
    var loopVariables: [LoopVariable] = []

    /// The loop a `break` statement leaves, if its target is a loop.
    func loopExitedByBreak(label: String?) -> Int? {
        let target: Breakable?
        if let label {
            target = breakables.last { $0.labels.contains(label) }
        } else {
            target = breakables.last { $0.isLoop || $0.isSwitch }
        }
        guard let target, target.isLoop else { return nil }
        return target.index
    }

    /// The loop whose test reads `name`, if any.
    func loopReading(_ name: String) -> Int? {
        loopVariables.first { $0.name == name }?.loopIndex
    }
}

/// An enclosing loop statement.
struct LoopFrame {
    var index: Int
}

/// A statement that `break` (and, for loops, `continue`) can target.
struct Breakable {
    var index: Int
    var isLoop: Bool
    var isSwitch: Bool
    var labels: [String]
}

/// A variable read by an enclosing loop's test.
struct LoopVariable {
    var name: String
    var loopIndex: Int
}
