import JSEngine

/// Decides which mutation operators may edit which nodes of one program, and holds the facts the
/// edits need (expression pools, subtree facts).
///
/// The rules that keep every variant parseable and its loops finite:
/// - loop heads (`for` initializer, test and update, `while`/`do` tests), writes to variables a
///   loop test reads, and natives-syntax calls are never edited;
/// - a statement is not deleted if that could stop an enclosing loop from ending (it holds a
///   write to the loop's test variables or a `break`/`return`/`throw` leaving the loop), and no
///   statement holding a natives call is deleted, duplicated or wrapped;
/// - lexical, function and class declarations are never duplicated (that would redeclare them),
///   and no declaration is wrapped (that would change its scope);
/// - nothing is wrapped that holds a `break`/`continue` to a target outside it;
/// - a node under `delete` keeps its form (strict mode forbids `delete identifier`);
/// - assignment and update targets stay references.
struct MutationSiteAnalysis {
    let index: ProgramIndex
    /// The subtree holds a natives-syntax call.
    private var containsNativeCall: [Bool]
    /// The subtree holds a node whose removal could stop a loop outside the subtree from ending.
    private var guardsOuterLoop: [Bool]
    /// The subtree holds a `break` or `continue` whose target lies outside it.
    private var containsEscapingJump: [Bool]
    /// Donor statements that may be spliced into sloppy and into strict code of this program.
    private let spliceCandidates: (sloppy: [Statement], strict: [Statement])

    init(_ program: Program, donors: SpliceDonors) {
        index = ProgramIndex(program)
        let boundNames = Set(IdentifierNames.bound(in: program))
        spliceCandidates = (donors.statements(forStrictCode: false, boundNames: boundNames),
                            donors.statements(forStrictCode: true, boundNames: boundNames))
        let count = index.nodes.count
        containsNativeCall = Array(repeating: false, count: count)
        guardsOuterLoop = Array(repeating: false, count: count)
        containsEscapingJump = Array(repeating: false, count: count)
        for node in index.nodes {
            if node.kind == .nativeCall { markAncestors(of: node.index, upTo: nil, in: &containsNativeCall) }
            if let loop = node.context.guardedLoopIndex {
                markAncestors(of: node.index, upTo: loop, in: &guardsOuterLoop)
            }
            if let target = jumpTarget(of: node) {
                markAncestors(of: node.index, upTo: target, in: &containsEscapingJump)
            }
        }
    }

    /// Sets `flags` for `start` and its ancestors below `stop` (all ancestors when nil).
    private func markAncestors(of start: Int, upTo stop: Int?, in flags: inout [Bool]) {
        var current: Int? = start
        while let i = current, i != stop {
            if flags[i] && stop == nil { return }
            flags[i] = true
            current = index.nodes[i].context.parentIndex
        }
    }

    /// The statement a `break`/`continue` jumps to (a loop, switch or labelled statement), or nil
    /// for other nodes.
    private func jumpTarget(of node: IndexedNode) -> Int? {
        guard case .statement(let s) = node.node else { return nil }
        let label: String?
        let isContinue: Bool
        switch s.kind {
        case .break(let l): label = l; isContinue = false
        case .continue(let l): label = l; isContinue = true
        default: return nil
        }
        var current = node.context.parentIndex
        while let i = current {
            let ancestor = index.nodes[i]
            guard case .statement(let a) = ancestor.node else { return nil }
            if let label {
                if case .labeled(label, _) = a.kind { return i }
            } else if MutationSiteAnalysis.isLoop(a) || (!isContinue && MutationSiteAnalysis.isSwitch(a)) {
                return i
            }
            current = ancestor.context.parentIndex
        }
        return nil
    }

    static func isLoop(_ s: Statement) -> Bool {
        switch s.kind {
        case .for, .forIn, .forOf, .while, .doWhile: return true
        default: return false
        }
    }

    private static func isSwitch(_ s: Statement) -> Bool {
        if case .switch = s.kind { return true }
        return false
    }

    /// Every operator that may edit `node`, in declaration order.
    func operators(at node: IndexedNode) -> [MutationOperator] {
        let context = node.context
        if context.isLoopControl || context.isInsideNativeCall { return [] }
        switch node.node {
        case .expression(let e):
            if isDeleteOperand(node) { return [] }
            return MutationOperator.allCases.filter { !$0.editsStatement && expressionOperatorApplies($0, e, node) }
        case .statement(let s):
            return MutationOperator.allCases.filter {
                $0.editsStatement && statementOperatorApplies($0, s, node)
            }
        }
    }

    private func isDeleteOperand(_ node: IndexedNode) -> Bool {
        guard let parent = index.parent(of: node), case .expression(let p) = parent.node,
              case .unary(.delete, _) = p.kind else { return false }
        return true
    }

    /// Whether a number literal is the operand of a negative literal (`-5`), which is edited as
    /// a whole at the minus.
    private func isInsideNegativeLiteral(_ node: IndexedNode) -> Bool {
        guard let parent = index.parent(of: node), case .expression(let p) = parent.node,
              case .unary(.minus, _) = p.kind else { return false }
        return LiteralValue(p) != nil
    }

    private func expressionOperatorApplies(_ op: MutationOperator, _ e: Expression, _ node: IndexedNode) -> Bool {
        let isTarget = node.context.isReferenceTarget
        switch op {
        case .literalValue, .typeChange:
            return !isTarget && LiteralValue(e) != nil && !isInsideNegativeLiteral(node)
        case .binaryOperator:
            if case .binary(let binary, _, _) = e.kind { return (OperatorClasses.binaryClass(of: binary)?.count ?? 0) > 1 }
            return false
        case .unaryOperator:
            if case .unary(let unary, _) = e.kind { return OperatorClasses.numericUnary.contains(unary) }
            return false
        case .logicalOperator:
            if case .logical = e.kind { return true }
            return false
        case .compoundAssignment:
            if case .assignment(let assignment, _, _) = e.kind { return !OperatorClasses.alternatives(to: assignment).isEmpty }
            return false
        case .arrayElements:
            if case .array = e.kind { return true }
            return false
        case .objectProperties:
            if case .object = e.kind { return true }
            return false
        case .builtinName:
            if case .identifier = e.kind, isTarget { return false }
            return BuiltinCategory.alternatives(for: e) != nil
        case .thisValue:
            if case .this = e.kind { return true }
            return false
        case .expressionReplacement:
            return !isTarget && StaticType(of: e) != nil
        case .statementDeletion, .statementDuplication, .splice, .wrapInLoop, .wrapInFunction:
            return false
        }
    }

    private func statementOperatorApplies(_ op: MutationOperator, _ s: Statement, _ node: IndexedNode) -> Bool {
        let placement = node.context.placement
        guard placement == .list || placement == .single else { return false }
        if case .empty = s.kind { return false }
        let i = node.index
        switch op {
        case .statementDeletion:
            return !containsNativeCall[i] && !guardsOuterLoop[i]
        case .statementDuplication:
            if containsNativeCall[i] { return false }
            switch s.kind {
            case .function, .class: return false
            case .declaration(let kind, _): return kind == .var
            default: return true
            }
        case .wrapInLoop, .wrapInFunction:
            if containsNativeCall[i] || containsEscapingJump[i] { return false }
            switch s.kind {
            case .function, .class, .declaration: return false
            default: return true
            }
        case .splice:
            return placement == .list && !donorStatements(forStrictCode: node.context.isStrict).isEmpty
        default:
            return false
        }
    }

    /// The donor statements that may be spliced into code of the given strictness.
    func donorStatements(forStrictCode isStrict: Bool) -> [Statement] {
        isStrict ? spliceCandidates.strict : spliceCandidates.sloppy
    }

    /// Pure expressions of `type` in function `functionID` that may stand in for `node`: not the
    /// node itself, not one of its ancestors, at most 12 nodes large.
    func replacementPool(for node: IndexedNode, type: StaticType) -> [Expression] {
        index.nodes.compactMap { candidate in
            guard candidate.index != node.index, !candidate.contains(node.index),
                  candidate.context.functionID == node.context.functionID,
                  !candidate.context.isReferenceTarget,
                  candidate.subtreeEnd - candidate.index <= 12,
                  case .expression(let e) = candidate.node,
                  StaticType(of: e) == type, StaticType.isPure(e) else { return nil }
            return e
        }
    }

    /// Names read, bound or assigned inside `node` (for choosing a loop variable it does not use).
    func identifiers(in node: IndexedNode) -> [String] {
        switch node.node {
        case .statement(let s): return IdentifierNames.mentioned(in: s)
        case .expression(let e): return IdentifierNames.read(in: e)
        }
    }
}
