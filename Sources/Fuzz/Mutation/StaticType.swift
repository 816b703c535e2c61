import JSEngine

/// The type of value an expression certainly produces, as far as its syntax tells: the basis of
/// same-typed expression replacement. Expressions whose type depends on run-time values have none.
enum StaticType: Equatable {
    case number, string, boolean

    /// The type of `e`, or nil when syntax does not decide it.
    init?(of e: Expression) {
        switch e.kind {
        case .number, .identifier("NaN"), .identifier("Infinity"), .update:
            self = .number
        case .string, .template:
            self = .string
        case .boolean:
            self = .boolean
        case .unary(let op, _):
            switch op {
            case .minus, .bitNot, .plus: self = .number
            case .not, .delete: self = .boolean
            case .typeof: self = .string
            case .void: return nil
            }
        case .binary(let op, let left, let right):
            switch op {
            case .add:
                let types = (StaticType(of: left), StaticType(of: right))
                if types.0 == .string || types.1 == .string { self = .string; return }
                guard types.0 == .number, types.1 == .number else { return nil }
                self = .number
            case .sub, .mul, .div, .mod, .exp, .shl, .sar, .shr, .bitAnd, .bitOr, .bitXor:
                self = .number
            case .equal, .notEqual, .strictEqual, .strictNotEqual, .less, .greater, .lessEqual, .greaterEqual,
                 .in, .instanceof:
                self = .boolean
            }
        case .logical(_, let left, let right), .conditional(_, let left, let right):
            guard let type = StaticType(of: left), StaticType(of: right) == type else { return nil }
            self = type
        case .call(let callee, _, false):
            guard case .member(let object, _, false) = callee.kind, case .identifier("Math") = object.kind else { return nil }
            self = .number
        default:
            return nil
        }
    }

    /// Whether evaluating `e` has no side effects and cannot throw for syntactic reasons alone:
    /// literals, variable reads, property reads and operators over such operands.
    static func isPure(_ e: Expression) -> Bool {
        switch e.kind {
        case .number, .string, .boolean, .null, .this, .identifier:
            return true
        case .template(_, let parts):
            return parts.allSatisfy(isPure)
        case .unary(let op, let operand):
            return op != .delete && isPure(operand)
        case .binary(_, let left, let right), .logical(_, let left, let right):
            return isPure(left) && isPure(right)
        case .conditional(let test, let consequent, let alternate):
            return isPure(test) && isPure(consequent) && isPure(alternate)
        case .member(let object, _, _):
            return isPure(object)
        case .index(let object, let index, _):
            return isPure(object) && isPure(index)
        default:
            return false
        }
    }
}
