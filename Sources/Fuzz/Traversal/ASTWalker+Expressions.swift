import JSEngine

/// Expression, function, class and pattern walking (part of `ASTWalker`).
extension ASTWalker {
    /// One expression with its children; returns what the editor makes of it.
    mutating func expression(_ e: Expression, isReferenceTarget: Bool = false) -> Expression {
        var context = state.context
        context.isReferenceTarget = isReferenceTarget
        if case .nativeCall = e.kind { context.isInsideNativeCall = true }
        if let loop = loopGuardedByWrite(e) {
            context.isLoopControl = true
            context.guardedLoopIndex = loop
        }
        let index = begin(.expression(e), context: context)
        let saved = state
        state.context = context
        state.context.parentIndex = index
        state.context.isReferenceTarget = false
        state.context.guardedLoopIndex = nil
        var result = e
        result.kind = expressionChildren(e.kind)
        state = saved
        editor.leave(index: index, subtreeEnd: nextIndex)
        return editor.edit(expression: result, index: index, context: context)
    }

    /// The loop whose test reads the variable this expression writes (by assignment, `++`/`--`
    /// or a method call on it), if any.
    private func loopGuardedByWrite(_ e: Expression) -> Int? {
        guard !state.loopVariables.isEmpty else { return nil }
        let written: [String]
        switch e.kind {
        case .assignment(_, let target, _):
            written = IdentifierNames.bound(by: target)
        case .update(_, _, let operand):
            written = IdentifierNames.root(of: operand).map { [$0] } ?? []
        case .call(let callee, _, _):
            switch callee.kind {
            case .member(let object, _, _), .index(let object, _, _):
                written = IdentifierNames.root(of: object).map { [$0] } ?? []
            default:
                written = []
            }
        default:
            written = []
        }
        return written.lazy.compactMap { state.loopReading($0) }.first
    }

    private mutating func expressionChildren(_ kind: ExpressionKind) -> ExpressionKind {
        switch kind {
        case .number, .string, .boolean, .null, .this, .identifier, .superMember:
            return kind
        case .template(let quasis, let expressions):
            return .template(quasis, expressions.map { expression($0) })
        case .array(let elements):
            return .array(list(elements, kind: .arrayElements) { walker, element in
                switch element {
                case .hole: return .hole
                case .expression(let e): return .expression(walker.expression(e))
                case .spread(let e): return .spread(walker.expression(e))
                }
            })
        case .object(let properties):
            return .object(list(properties, kind: .objectProperties) { walker, property in
                walker.objectProperty(property)
            })
        case .function(let fn):
            return .function(function(fn))
        case .class(let node):
            return .class(classNode(node))
        case .unary(let op, let operand):
            return .unary(op, expression(operand))
        case .update(let op, let prefix, let operand):
            return .update(op, prefix: prefix, expression(operand, isReferenceTarget: true))
        case .binary(let op, let left, let right):
            let newLeft = expression(left)
            return .binary(op, newLeft, expression(right))
        case .logical(let op, let left, let right):
            let newLeft = expression(left)
            return .logical(op, newLeft, expression(right))
        case .assignment(let op, let target, let value):
            let newTarget = pattern(target)
            return .assignment(op, newTarget, expression(value))
        case .conditional(let test, let consequent, let alternate):
            let newTest = expression(test)
            let newConsequent = expression(consequent)
            return .conditional(newTest, newConsequent, expression(alternate))
        case .call(let callee, let arguments, let optional):
            let newCallee = expression(callee)
            return .call(newCallee, self.arguments(arguments), optional: optional)
        case .new(let callee, let arguments):
            let newCallee = expression(callee)
            return .new(newCallee, self.arguments(arguments))
        case .member(let object, let name, let optional):
            return .member(expression(object), name, optional: optional)
        case .index(let object, let index, let optional):
            let newObject = expression(object)
            return .index(newObject, expression(index), optional: optional)
        case .optionalChain(let chain):
            return .optionalChain(expression(chain))
        case .superCall(let arguments):
            return .superCall(self.arguments(arguments))
        case .superIndex(let index):
            return .superIndex(expression(index))
        case .sequence(let items):
            return .sequence(list(items, kind: .sequence) { walker, item in walker.expression(item) })
        case .nativeCall(let name, let arguments):
            return .nativeCall(name, list(arguments, kind: .arguments) { walker, item in walker.expression(item) })
        }
    }

    private mutating func arguments(_ arguments: [Argument]) -> [Argument] {
        list(arguments, kind: .arguments) { walker, argument in
            switch argument {
            case .expression(let e): return .expression(walker.expression(e))
            case .spread(let e): return .spread(walker.expression(e))
            }
        }
    }

    private mutating func objectProperty(_ property: ObjectProperty) -> ObjectProperty {
        switch property {
        case .property(let key, let value):
            let newKey = propertyName(key)
            return .property(newKey, expression(value))
        case .method(let key, let fn):
            let newKey = propertyName(key)
            return .method(newKey, function(fn))
        case .getter(let key, let fn):
            let newKey = propertyName(key)
            return .getter(newKey, function(fn))
        case .setter(let key, let fn):
            let newKey = propertyName(key)
            return .setter(newKey, function(fn))
        case .spread(let e):
            return .spread(expression(e))
        }
    }

    private mutating func propertyName(_ key: PropertyName) -> PropertyName {
        if case .computed(let e) = key { return .computed(expression(e)) }
        return key
    }

    /// A function: a new function id, no enclosing loops or break targets, its own strictness.
    mutating func function(_ fn: FunctionNode) -> FunctionNode {
        if let name = fn.name { editor.bind(name) }
        let saved = state
        state.context.functionID = newFunctionID()
        state.context.loopDepth = 0
        state.context.isStrict = fn.isStrict
        state.loops = []
        state.breakables = []
        state.pendingLabels = []
        var result = fn
        result.parameters = list(fn.parameters, kind: .parameters) { walker, parameter in
            walker.patternElement(parameter)
        }
        result.rest = fn.rest.map { pattern($0) }
        result.body = statementList(fn.body)
        state = saved
        return result
    }

    /// A class: heritage, constructor and members (class code is strict).
    mutating func classNode(_ node: ClassNode) -> ClassNode {
        if let name = node.name { editor.bind(name) }
        var result = node
        result.heritage = node.heritage.map { expression($0) }
        let savedStrict = state.context.isStrict
        state.context.isStrict = true
        defer { state.context.isStrict = savedStrict }
        result.constructor = node.constructor.map { function($0) }
        result.members = list(node.members, kind: .classMembers) { walker, member in
            var newMember = member
            newMember.key = walker.propertyName(member.key)
            newMember.function = walker.function(member.function)
            return newMember
        }
        return result
    }

    /// A binding or assignment target: member targets are reference-target expressions.
    mutating func pattern(_ p: Pattern) -> Pattern {
        switch p {
        case .identifier(let name, _):
            editor.bind(name)
            return p
        case .expression(let e):
            return .expression(expression(e, isReferenceTarget: true))
        case .array(let elements, let rest):
            let newElements = elements.map { element in element.map { patternElement($0) } }
            return .array(newElements, rest: rest.map { pattern($0) })
        case .object(let properties, let rest):
            let newProperties = properties.map { property in
                PatternProperty(key: propertyName(property.key), value: patternElement(property.value))
            }
            return .object(newProperties, rest: rest.map { pattern($0) })
        }
    }

    private mutating func patternElement(_ element: PatternElement) -> PatternElement {
        let target = pattern(element.target)
        return PatternElement(target: target, defaultValue: element.defaultValue.map { expression($0) })
    }
}
