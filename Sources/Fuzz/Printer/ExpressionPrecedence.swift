import JSEngine

/// How tightly an expression form binds, weakest first: the levels of the ECMAScript expression
/// grammar. The printer wraps a subexpression in parentheses exactly when its level is below the
/// level its position requires.
enum ExpressionPrecedence: Int, Comparable {
    case sequence
    case assignment          // also arrow functions
    case conditional
    case nullish
    case logicalOr
    case logicalAnd
    case bitwiseOr
    case bitwiseXor
    case bitwiseAnd
    case equality
    case relational
    case shift
    case additive
    case multiplicative
    case exponent
    case unary               // also prefix ++/-- and negative number literals
    case postfix
    case member              // member access, calls, `new` with arguments
    case primary

    static func < (lhs: ExpressionPrecedence, rhs: ExpressionPrecedence) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The next tighter level (used for the right operand of left-associative operators).
    var tighter: ExpressionPrecedence {
        ExpressionPrecedence(rawValue: rawValue + 1) ?? .primary
    }

    /// The level of a binary operator.
    static func of(_ op: BinaryOperator) -> ExpressionPrecedence {
        switch op {
        case .exp: return .exponent
        case .mul, .div, .mod: return .multiplicative
        case .add, .sub: return .additive
        case .shl, .sar, .shr: return .shift
        case .less, .greater, .lessEqual, .greaterEqual, .in, .instanceof: return .relational
        case .equal, .notEqual, .strictEqual, .strictNotEqual: return .equality
        case .bitAnd: return .bitwiseAnd
        case .bitXor: return .bitwiseXor
        case .bitOr: return .bitwiseOr
        }
    }

    /// The level of a logical operator.
    static func of(_ op: LogicalOperator) -> ExpressionPrecedence {
        switch op {
        case .nullish: return .nullish
        case .or: return .logicalOr
        case .and: return .logicalAnd
        }
    }

    /// The level of an expression as the printer writes it.
    static func of(_ e: Expression) -> ExpressionPrecedence {
        switch e.kind {
        case .number(let value):
            return LiteralText.number(value).hasPrefix("-") ? .unary : .primary
        case .string, .template, .boolean, .null, .this, .identifier, .array, .object, .class,
             .superMember, .superIndex, .nativeCall:
            return .primary
        case .function(let fn):
            return fn.kind == .arrow ? .assignment : .primary
        case .unary:
            return .unary
        case .update(_, let prefix, _):
            return prefix ? .unary : .postfix
        case .binary(let op, _, _):
            return of(op)
        case .logical(let op, _, _):
            return of(op)
        case .assignment:
            return .assignment
        case .conditional:
            return .conditional
        case .call, .new, .member, .index, .optionalChain, .superCall:
            return .member
        case .sequence:
            return .sequence
        }
    }
}
