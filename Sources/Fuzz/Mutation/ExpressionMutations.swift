import JSEngine

/// How each expression operator rewrites its node. The caller (`MutationApplier`) has checked
/// applicability with `MutationSiteAnalysis`; an operator that finds nothing to do returns nil.
enum ExpressionMutations {
    static func apply(_ op: MutationOperator, to e: Expression, node: IndexedNode, analysis: MutationSiteAnalysis,
                      rng: inout SeededRandom) -> Expression? {
        var result = e
        switch (op, e.kind) {
        case (.literalValue, _):
            return LiteralValue(e).map { $0.redrawn(&rng).expression(at: e.position) }
        case (.typeChange, _):
            return LiteralValue(e).map { $0.typeChanged(&rng, at: e.position) }
        case (.binaryOperator, .binary(let binary, let left, let right)):
            guard let other = rng.element(of: (OperatorClasses.binaryClass(of: binary) ?? []).filter({ $0 != binary })) else { return nil }
            result.kind = .binary(other, left, right)
        case (.unaryOperator, .unary(let unary, let operand)):
            guard let other = rng.element(of: OperatorClasses.numericUnary.filter({ $0 != unary })) else { return nil }
            result.kind = .unary(other, operand)
        case (.logicalOperator, .logical(let logical, let left, let right)):
            guard let other = rng.element(of: OperatorClasses.logical.filter({ $0 != logical })) else { return nil }
            result.kind = .logical(other, left, right)
        case (.compoundAssignment, .assignment(let assignment, let target, let value)):
            guard let other = rng.element(of: OperatorClasses.alternatives(to: assignment)) else { return nil }
            result.kind = .assignment(other, target, value)
        case (.arrayElements, .array(let elements)):
            result.kind = .array(changedElements(elements, at: e.position, &rng))
        case (.objectProperties, .object(let properties)):
            result.kind = .object(changedProperties(properties, at: e.position, &rng))
        case (.builtinName, .identifier):
            guard let name = rng.element(of: BuiltinCategory.alternatives(for: e) ?? []) else { return nil }
            result.kind = .identifier(name)
        case (.builtinName, .member(let object, _, let optional)):
            guard let name = rng.element(of: BuiltinCategory.alternatives(for: e) ?? []) else { return nil }
            result.kind = .member(object, name, optional: optional)
        case (.thisValue, .this):
            return (rng.chance(1, in: 2) ? LiteralValue.null : LiteralValue.undefined).expression(at: e.position)
        case (.expressionReplacement, _):
            guard let type = StaticType(of: e) else { return nil }
            let pool = analysis.replacementPool(for: node, type: type)
            if let pick = rng.element(of: pool), rng.chance(1, in: 2) {
                return Expression(pick.kind, at: e.position)
            }
            return freshLiteral(of: type, &rng).expression(at: e.position)
        default:
            return nil
        }
        return result
    }

    /// A literal of a static type: an int8 or edge number, a sample string, a boolean.
    private static func freshLiteral(of type: StaticType, _ rng: inout SeededRandom) -> LiteralValue {
        switch type {
        case .number: return freshNumber(&rng)
        case .string: return .string(Array((rng.element(of: LiteralValue.sampleStrings) ?? "").utf16))
        case .boolean: return .boolean(rng.chance(1, in: 2))
        }
    }

    private static func freshNumber(_ rng: inout SeededRandom) -> LiteralValue {
        if rng.chance(1, in: 3), let edge = rng.element(of: LiteralValue.edgeNumbers) { return .number(edge) }
        return .number(NumberRangeClass.int8.draw(&rng))
    }

    /// A literal to put in place of an element or property value: a redrawn literal when it was
    /// one, a fresh number otherwise.
    private static func replacementValue(for value: Expression?, at position: SourcePosition,
                                         _ rng: inout SeededRandom) -> Expression {
        if let value, let literal = LiteralValue(value) { return literal.redrawn(&rng).expression(at: value.position) }
        return freshNumber(&rng).expression(at: position)
    }

    /// One element replaced, removed, inserted or made a hole (an empty array gets one element).
    private static func changedElements(_ elements: [ArrayElement], at position: SourcePosition,
                                        _ rng: inout SeededRandom) -> [ArrayElement] {
        var result = elements
        guard !elements.isEmpty else { return [.expression(freshNumber(&rng).expression(at: position))] }
        let i = rng.below(elements.count)
        switch rng.below(4) {
        case 0:
            var current: Expression?
            if case .expression(let value) = elements[i] { current = value }
            result[i] = .expression(replacementValue(for: current, at: position, &rng))
        case 1:
            result.remove(at: i)
        case 2:
            result.insert(.expression(freshNumber(&rng).expression(at: position)), at: i)
        default:
            result[i] = .hole
        }
        return result
    }

    /// Keys that an added property may get: never an existing key and never `__proto__`.
    private static let newKeys = ["a", "b", "c", "x", "y", "z", "p0", "p1", "p2", "p3"]

    /// One property value replaced, a property removed or a property added (an empty object gets
    /// one property).
    private static func changedProperties(_ properties: [ObjectProperty], at position: SourcePosition,
                                          _ rng: inout SeededRandom) -> [ObjectProperty] {
        var result = properties
        let valueIndices = properties.indices.filter { i in
            if case .property = properties[i] { return true }
            return false
        }
        let action = properties.isEmpty ? 2 : rng.below(3)
        if action == 0, let i = rng.element(of: valueIndices), case .property(let key, let value) = properties[i] {
            result[i] = .property(key, replacementValue(for: value, at: position, &rng))
        } else if action == 1 {
            result.remove(at: rng.below(properties.count))
        } else {
            let used = properties.compactMap { property -> String? in
                switch property {
                case .property(.identifier(let name), _), .method(.identifier(let name), _),
                     .getter(.identifier(let name), _), .setter(.identifier(let name), _):
                    return name
                default:
                    return nil
                }
            }
            guard let key = newKeys.first(where: { !used.contains($0) }) else { return result }
            let value = freshNumber(&rng).expression(at: position)
            result.insert(.property(.identifier(key), value), at: rng.below(properties.count + 1))
        }
        return result
    }
}
