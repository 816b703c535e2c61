/// One kind of AST edit. The first group is the operator set of the directed test generation the
/// localizer reproduces (DPGen, after Lim and Debray); the second group is for the fuzzer.
public enum MutationOperator: String, CaseIterable, Sendable {
    /// A number redrawn within its range class (int8/int16/int32/double) or set to an edge value;
    /// another string; the other boolean; `null` and `undefined` swapped.
    case literalValue = "literal-value"
    /// A binary operator swapped within its class (arithmetic, comparison, bitwise, shift).
    case binaryOperator = "binary-operator"
    /// `-`, `+` and `~` swapped.
    case unaryOperator = "unary-operator"
    /// `&&`, `||` and `??` swapped.
    case logicalOperator = "logical-operator"
    /// A compound assignment operator (`+=`, `<<=`, ...) or logical assignment swapped.
    case compoundAssignment = "compound-assignment"
    /// An array literal element replaced, removed, inserted or turned into a hole.
    case arrayElements = "array-elements"
    /// An object literal property value replaced, a property removed or added.
    case objectProperties = "object-properties"
    /// A builtin name swapped within its category (`Math.abs` to `Math.ceil`, `Int32Array` to
    /// `Uint8Array`).
    case builtinName = "builtin-name"
    /// `this` replaced by `null` or `undefined`.
    case thisValue = "this-value"
    /// A statement removed.
    case statementDeletion = "statement-deletion"
    /// A statement duplicated in place.
    case statementDuplication = "statement-duplication"
    /// An expression replaced by another expression of the same type from the same function, or
    /// by a literal of that type.
    case expressionReplacement = "expression-replacement"
    /// A literal replaced by a value of another type (a double, a string, an object with
    /// `valueOf`, ...).
    case typeChange = "type-change"
    /// A statement from another program inserted before a statement.
    case splice = "splice"
    /// A statement wrapped in a counted `for` loop.
    case wrapInLoop = "wrap-in-loop"
    /// A statement wrapped in an immediately called arrow function.
    case wrapInFunction = "wrap-in-function"

    /// The operators of the localizer's directed test generation (DPGen's set plus statement
    /// deletion and duplication).
    public static let localizerSet: [MutationOperator] = [
        .literalValue, .binaryOperator, .unaryOperator, .logicalOperator, .compoundAssignment, .arrayElements,
        .objectProperties, .builtinName, .thisValue, .statementDeletion, .statementDuplication,
    ]

    /// Every operator (the fuzzer's set).
    public static let fuzzerSet: [MutationOperator] = allCases

    /// Whether the operator edits a statement (otherwise an expression).
    public var editsStatement: Bool {
        switch self {
        case .statementDeletion, .statementDuplication, .splice, .wrapInLoop, .wrapInFunction: return true
        default: return false
        }
    }

    /// Whether the edit may throw away the node's subtree, so no other edit should be planned
    /// inside it in the same variant.
    var discardsSubtree: Bool {
        switch self {
        case .statementDeletion, .expressionReplacement, .arrayElements, .objectProperties, .typeChange: return true
        default: return false
        }
    }
}

/// What one applied mutation did: which operator, at which node, and the node's text before and
/// after.
public struct MutationRecord: Equatable, Sendable, CustomStringConvertible {
    public var mutationOperator: MutationOperator
    /// Pre-order index of the edited node in the program that was mutated.
    public var nodeIndex: Int
    public var nodeKind: NodeKind
    public var line: Int
    public var before: String
    public var after: String

    public var description: String {
        "\(mutationOperator.rawValue) at node \(nodeIndex) (\(nodeKind.rawValue), line \(line)): \(before) => \(after)"
    }
}
