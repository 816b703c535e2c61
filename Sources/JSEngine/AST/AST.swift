/// The abstract syntax tree produced by `Parser` and consumed by `BytecodeCompiler`,
/// the fuzzer's mutators and the reducer.
///
/// Every node is a value (`struct` wrapping an `indirect enum`) carrying a `SourcePosition`,
/// so AST transformations are plain value rewrites and every node can be mapped back to a
/// line and column of the original program.

/// A 1-based line and column plus the 0-based UTF-16 offset into the source.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int32
    public var column: Int32
    public var offset: Int32

    public init(line: Int32, column: Int32, offset: Int32) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static let none = SourcePosition(line: 0, column: 0, offset: 0)
    public var description: String { "\(line):\(column)" }
}

/// A whole script.
public struct Program {
    public var body: [Statement]
    public var isStrict: Bool
    public init(body: [Statement], isStrict: Bool) {
        self.body = body
        self.isStrict = isStrict
    }
}

/// A statement node.
public struct Statement {
    public var kind: StatementKind
    public var position: SourcePosition
    public init(_ kind: StatementKind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }
}

/// `var`, `let` or `const`.
public enum DeclarationKind: String, Sendable {
    case `var`, `let`, `const`
}

/// One `name = init` of a declaration; `target` may be a destructuring pattern.
public struct VariableDeclarator {
    public var target: Pattern
    public var initializer: Expression?
    public init(target: Pattern, initializer: Expression?) {
        self.target = target
        self.initializer = initializer
    }
}

/// The first clause of a `for (init; test; update)` loop.
public enum ForInitializer {
    case declaration(DeclarationKind, [VariableDeclarator])
    case expression(Expression)
}

/// The left side of `for (x in/of ...)`: a fresh declaration or an existing assignment target.
public enum ForBinding {
    case declaration(DeclarationKind, Pattern)
    case target(Pattern)
}

/// A `case test:` (or `default:` when `test` is nil) clause of a switch.
public struct SwitchCase {
    public var test: Expression?
    public var body: [Statement]
    public var position: SourcePosition
    public init(test: Expression?, body: [Statement], position: SourcePosition) {
        self.test = test
        self.body = body
        self.position = position
    }
}

/// `catch (param) { body }`; the parameter is optional (ES2019).
public struct CatchClause {
    public var parameter: Pattern?
    public var body: [Statement]
    public init(parameter: Pattern?, body: [Statement]) {
        self.parameter = parameter
        self.body = body
    }
}

public indirect enum StatementKind {
    case expression(Expression)
    case declaration(DeclarationKind, [VariableDeclarator])
    case function(FunctionNode)
    case `class`(ClassNode)
    case `return`(Expression?)
    case `if`(Expression, Statement, Statement?)
    case block([Statement])
    case `for`(ForInitializer?, Expression?, Expression?, Statement)
    case forIn(ForBinding, Expression, Statement)
    case forOf(ForBinding, Expression, Statement)
    case `while`(Expression, Statement)
    case doWhile(Statement, Expression)
    case `break`(String?)
    case `continue`(String?)
    case `throw`(Expression)
    case `try`([Statement], CatchClause?, [Statement]?)
    case `switch`(Expression, [SwitchCase])
    case labeled(String, Statement)
    case empty
    case debugger
}

/// An expression node.
public struct Expression {
    public var kind: ExpressionKind
    public var position: SourcePosition
    public init(_ kind: ExpressionKind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }
}

public enum UnaryOperator: String, Sendable, CaseIterable {
    case minus = "-", plus = "+", not = "!", bitNot = "~"
    case typeof = "typeof", void = "void", delete = "delete"
}

public enum UpdateOperator: String, Sendable {
    case increment = "++", decrement = "--"
}

public enum BinaryOperator: String, Sendable, CaseIterable {
    case add = "+", sub = "-", mul = "*", div = "/", mod = "%", exp = "**"
    case shl = "<<", sar = ">>", shr = ">>>"
    case bitAnd = "&", bitOr = "|", bitXor = "^"
    case equal = "==", notEqual = "!=", strictEqual = "===", strictNotEqual = "!=="
    case less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">="
    case `in` = "in", instanceof = "instanceof"
}

public enum LogicalOperator: String, Sendable, CaseIterable {
    case and = "&&", or = "||", nullish = "??"
}

/// `=`, a compound operator such as `+=`, or a logical assignment such as `??=`.
public enum AssignmentOperator: Equatable, Sendable {
    case assign
    case compound(BinaryOperator)
    case logical(LogicalOperator)

    public var text: String {
        switch self {
        case .assign: return "="
        case .compound(let op): return op.rawValue + "="
        case .logical(let op): return op.rawValue + "="
        }
    }
}

/// One element of an array literal.
public enum ArrayElement {
    case hole
    case expression(Expression)
    case spread(Expression)
}

/// One argument of a call or `new`.
public enum Argument {
    case expression(Expression)
    case spread(Expression)

    public var expression: Expression {
        switch self {
        case .expression(let e), .spread(let e): return e
        }
    }
}

/// The key of an object-literal property or class member.
public enum PropertyName {
    case identifier(String)      // also string literals and numeric keys, already canonicalised
    case computed(Expression)
}

/// One member of an object literal.
public enum ObjectProperty {
    case property(PropertyName, Expression)          // key: value, also shorthand `{x}`
    case method(PropertyName, FunctionNode)          // m() {}
    case getter(PropertyName, FunctionNode)
    case setter(PropertyName, FunctionNode)
    case spread(Expression)                          // ...obj
}

public indirect enum ExpressionKind {
    case number(Double)
    case string([UInt16])
    case template([[UInt16]], [Expression])          // quasis.count == expressions.count + 1
    case boolean(Bool)
    case null
    case this
    case identifier(String)
    case array([ArrayElement])
    case object([ObjectProperty])
    case function(FunctionNode)                      // function expression or arrow
    case `class`(ClassNode)
    case unary(UnaryOperator, Expression)
    case update(UpdateOperator, prefix: Bool, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case logical(LogicalOperator, Expression, Expression)
    case assignment(AssignmentOperator, Pattern, Expression)
    case conditional(Expression, Expression, Expression)
    case call(Expression, [Argument], optional: Bool)
    case new(Expression, [Argument])
    case member(Expression, String, optional: Bool)
    case index(Expression, Expression, optional: Bool)
    /// Marks where an optional chain (`a?.b.c`) ends: a nullish short-circuit inside yields undefined here.
    case optionalChain(Expression)
    case superCall([Argument])
    case superMember(String)
    case superIndex(Expression)
    case sequence([Expression])
    /// `%Name(args)` with `--allow-natives-syntax`.
    case nativeCall(String, [Expression])
}

/// A binding or assignment target.
public indirect enum Pattern {
    case identifier(String, SourcePosition)
    /// A member expression target (`a.b`, `a[i]`): only in assignments and for-in/of targets.
    case expression(Expression)
    case array([PatternElement?], rest: Pattern?)
    case object([PatternProperty], rest: Pattern?)

    public var position: SourcePosition {
        switch self {
        case .identifier(_, let p): return p
        case .expression(let e): return e.position
        case .array(let elements, let rest):
            return elements.compactMap { $0?.target.position }.first ?? rest?.position ?? .none
        case .object(let props, let rest):
            return props.first?.value.target.position ?? rest?.position ?? .none
        }
    }
}

/// A pattern element with an optional default (`a = 1`).
public struct PatternElement {
    public var target: Pattern
    public var defaultValue: Expression?
    public init(target: Pattern, defaultValue: Expression?) {
        self.target = target
        self.defaultValue = defaultValue
    }
}

/// `key: target = default` inside an object pattern.
public struct PatternProperty {
    public var key: PropertyName
    public var value: PatternElement
    public init(key: PropertyName, value: PatternElement) {
        self.key = key
        self.value = value
    }
}

/// What sort of function a `FunctionNode` is; decides `this`, `new` and `super` behaviour.
public enum FunctionKind: Sendable {
    case normal            // declaration or expression
    case arrow
    case method            // object-literal or class method (not constructible)
    case getter
    case setter
    case classConstructor
    case derivedConstructor
}

/// A function of any kind, with its parameters and body.
public struct FunctionNode {
    public var name: String?
    public var parameters: [PatternElement]
    public var rest: Pattern?
    public var body: [Statement]
    public var kind: FunctionKind
    public var isStrict: Bool
    /// An arrow with an expression body `x => x + 1` is stored as `body = [return expr]`.
    public var isExpressionBody: Bool
    public var position: SourcePosition
    /// The source text from `function`/first parameter to the closing brace (for `Function.prototype.toString`).
    public var sourceRange: Range<Int>

    public init(name: String?, parameters: [PatternElement], rest: Pattern?, body: [Statement],
                kind: FunctionKind, isStrict: Bool, isExpressionBody: Bool = false,
                position: SourcePosition, sourceRange: Range<Int> = 0..<0) {
        self.name = name
        self.parameters = parameters
        self.rest = rest
        self.body = body
        self.kind = kind
        self.isStrict = isStrict
        self.isExpressionBody = isExpressionBody
        self.position = position
        self.sourceRange = sourceRange
    }

    /// Number of parameters before the first default or rest (the function's `length`).
    public var declaredLength: Int {
        var n = 0
        for p in parameters {
            if p.defaultValue != nil { break }
            n += 1
        }
        return n
    }
}

/// One member of a class body.
public struct ClassMember {
    public enum Kind { case method, getter, setter }
    public var kind: Kind
    public var isStatic: Bool
    public var key: PropertyName
    public var function: FunctionNode
    public init(kind: Kind, isStatic: Bool, key: PropertyName, function: FunctionNode) {
        self.kind = kind
        self.isStatic = isStatic
        self.key = key
        self.function = function
    }
}

/// `class Name extends Heritage { constructor(){} members }`.
public struct ClassNode {
    public var name: String?
    public var heritage: Expression?
    public var constructor: FunctionNode?
    public var members: [ClassMember]
    public var position: SourcePosition
    /// UTF-16 offsets of the whole class text (Function.prototype.toString of the constructor).
    public var sourceRange: Range<Int>
    public init(name: String?, heritage: Expression?, constructor: FunctionNode?,
                members: [ClassMember], position: SourcePosition, sourceRange: Range<Int> = 0..<0) {
        self.name = name
        self.heritage = heritage
        self.constructor = constructor
        self.members = members
        self.position = position
        self.sourceRange = sourceRange
    }
}
