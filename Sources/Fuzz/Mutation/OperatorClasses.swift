import JSEngine

/// The operator classes within which mutations swap operators, so that a swap keeps the kind of
/// computation (an arithmetic operator stays arithmetic, a comparison stays a comparison).
enum OperatorClasses {
    static let arithmetic: [BinaryOperator] = [.add, .sub, .mul, .div, .mod, .exp]
    static let comparison: [BinaryOperator] = [.equal, .notEqual, .strictEqual, .strictNotEqual,
                                                .less, .greater, .lessEqual, .greaterEqual]
    static let bitwise: [BinaryOperator] = [.bitAnd, .bitOr, .bitXor]
    static let shift: [BinaryOperator] = [.shl, .sar, .shr]
    /// `-x`, `+x`, `~x`: the numeric unary operators (`!`, `typeof`, `void`, `delete` change the
    /// kind of result and are never swapped).
    static let numericUnary: [UnaryOperator] = [.minus, .plus, .bitNot]
    static let logical: [LogicalOperator] = [.and, .or, .nullish]
    /// Compound assignments with an arithmetic, bitwise or shift operator.
    static let compound: [BinaryOperator] = arithmetic + bitwise + shift
    static let logicalAssignment: [LogicalOperator] = logical

    /// The class of a binary operator; `in` and `instanceof` have none.
    static func binaryClass(of op: BinaryOperator) -> [BinaryOperator]? {
        [arithmetic, comparison, bitwise, shift].first { $0.contains(op) }
    }

    /// The other members of an assignment operator's class (none for plain `=`).
    static func alternatives(to op: AssignmentOperator) -> [AssignmentOperator] {
        switch op {
        case .assign:
            return []
        case .compound(let binary):
            return compound.filter { $0 != binary }.map { .compound($0) }
        case .logical(let logical):
            return logicalAssignment.filter { $0 != logical }.map { .logical($0) }
        }
    }
}
