import JSEngine

/// The syntactic kind of a statement or expression node (ESTree-style names), the alphabet of the
/// node sequences that Needleman-Wunsch aligns.
public enum NodeKind: String, Sendable, CaseIterable {
    // Statements
    case expressionStatement = "ExpressionStatement"
    case variableDeclaration = "VariableDeclaration"
    case functionDeclaration = "FunctionDeclaration"
    case classDeclaration = "ClassDeclaration"
    case returnStatement = "ReturnStatement"
    case ifStatement = "IfStatement"
    case blockStatement = "BlockStatement"
    case forStatement = "ForStatement"
    case forInStatement = "ForInStatement"
    case forOfStatement = "ForOfStatement"
    case whileStatement = "WhileStatement"
    case doWhileStatement = "DoWhileStatement"
    case breakStatement = "BreakStatement"
    case continueStatement = "ContinueStatement"
    case throwStatement = "ThrowStatement"
    case tryStatement = "TryStatement"
    case switchStatement = "SwitchStatement"
    case labeledStatement = "LabeledStatement"
    case emptyStatement = "EmptyStatement"
    case debuggerStatement = "DebuggerStatement"
    // Expressions
    case numericLiteral = "NumericLiteral"
    case stringLiteral = "StringLiteral"
    case templateLiteral = "TemplateLiteral"
    case booleanLiteral = "BooleanLiteral"
    case nullLiteral = "NullLiteral"
    case thisExpression = "ThisExpression"
    case identifier = "Identifier"
    case arrayExpression = "ArrayExpression"
    case objectExpression = "ObjectExpression"
    case functionExpression = "FunctionExpression"
    case arrowFunction = "ArrowFunctionExpression"
    case classExpression = "ClassExpression"
    case unaryExpression = "UnaryExpression"
    case updateExpression = "UpdateExpression"
    case binaryExpression = "BinaryExpression"
    case logicalExpression = "LogicalExpression"
    case assignmentExpression = "AssignmentExpression"
    case conditionalExpression = "ConditionalExpression"
    case callExpression = "CallExpression"
    case newExpression = "NewExpression"
    case memberExpression = "MemberExpression"
    case indexExpression = "ComputedMemberExpression"
    case optionalChain = "ChainExpression"
    case superCall = "SuperCall"
    case superMember = "SuperMember"
    case superIndex = "SuperComputedMember"
    case sequenceExpression = "SequenceExpression"
    case nativeCall = "NativeCall"

    /// The kind of a node.
    public init(_ node: ASTNode) {
        switch node {
        case .statement(let s): self = NodeKind.of(s.kind)
        case .expression(let e): self = NodeKind.of(e.kind)
        }
    }

    private static func of(_ kind: StatementKind) -> NodeKind {
        switch kind {
        case .expression: return .expressionStatement
        case .declaration: return .variableDeclaration
        case .function: return .functionDeclaration
        case .class: return .classDeclaration
        case .return: return .returnStatement
        case .if: return .ifStatement
        case .block: return .blockStatement
        case .for: return .forStatement
        case .forIn: return .forInStatement
        case .forOf: return .forOfStatement
        case .while: return .whileStatement
        case .doWhile: return .doWhileStatement
        case .break: return .breakStatement
        case .continue: return .continueStatement
        case .throw: return .throwStatement
        case .try: return .tryStatement
        case .switch: return .switchStatement
        case .labeled: return .labeledStatement
        case .empty: return .emptyStatement
        case .debugger: return .debuggerStatement
        }
    }

    private static func of(_ kind: ExpressionKind) -> NodeKind {
        switch kind {
        case .number: return .numericLiteral
        case .string: return .stringLiteral
        case .template: return .templateLiteral
        case .boolean: return .booleanLiteral
        case .null: return .nullLiteral
        case .this: return .thisExpression
        case .identifier: return .identifier
        case .array: return .arrayExpression
        case .object: return .objectExpression
        case .function(let fn): return fn.kind == .arrow ? .arrowFunction : .functionExpression
        case .class: return .classExpression
        case .unary: return .unaryExpression
        case .update: return .updateExpression
        case .binary: return .binaryExpression
        case .logical: return .logicalExpression
        case .assignment: return .assignmentExpression
        case .conditional: return .conditionalExpression
        case .call: return .callExpression
        case .new: return .newExpression
        case .member: return .memberExpression
        case .index: return .indexExpression
        case .optionalChain: return .optionalChain
        case .superCall: return .superCall
        case .superMember: return .superMember
        case .superIndex: return .superIndex
        case .sequence: return .sequenceExpression
        case .nativeCall: return .nativeCall
        }
    }

    /// The kind plus the detail a single mutation changes (operator, literal value, name), so that
    /// two node sequences differ wherever one edit was made: `BinaryExpression +`,
    /// `NumericLiteral 5`, `MemberExpression .abs`.
    public static func label(of node: ASTNode) -> String {
        let kind = NodeKind(node).rawValue
        guard case .expression(let e) = node else { return kind }
        switch e.kind {
        case .number(let value): return kind + " " + LiteralText.number(value)
        case .string(let units): return kind + " " + LiteralText.string(units)
        case .boolean(let value): return kind + " " + (value ? "true" : "false")
        case .identifier(let name): return kind + " " + name
        case .unary(let op, _): return kind + " " + op.rawValue
        case .update(let op, let prefix, _): return kind + " " + (prefix ? op.rawValue + "x" : "x" + op.rawValue)
        case .binary(let op, _, _): return kind + " " + op.rawValue
        case .logical(let op, _, _): return kind + " " + op.rawValue
        case .assignment(let op, _, _): return kind + " " + op.text
        case .member(_, let name, _): return kind + " ." + name
        case .nativeCall(let name, _): return kind + " %" + name
        case .array(let elements): return kind + " [\(elements.count)]"
        case .object(let properties): return kind + " {\(properties.count)}"
        default: return kind
        }
    }
}
