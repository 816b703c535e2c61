import JSEngine

/// What an effectful node may do to the facts map guards (`CheckShape`,
/// `CheckElementsKind`) establish: the effect summary check elimination kills map facts
/// with and loop-invariant code motion decides guard hoisting with (V8's
/// `NodeProperties::InferMapsUnsafe` side-effect classes, in small).
enum MapEffect {
    /// Changes no shape and no elements kind: reads (`onlyReadsMemory` included), guards,
    /// allocations, context slots, typed-array stores, field stores (an own data slot of the checked shape: no
    /// transition) and `ArrayPop` (the kind stays).
    case none
    /// May generalize the elements kind of arrays that may alias `array` by storing `value`
    /// (an element store or `ArrayPush`); shapes stay.
    case kinds(array: Node, value: Node)
    /// May run user code: any shape and any elements kind may change.
    case all

    init(_ n: Node) {
        switch n.opcode {
        case .loadField, .loadElement, .arrayLength, .elementsCapacity, .loadTypedElement, .typedArrayLength, .allocateObject,
             .checkShape,
             .checkElementsKind, .checkNoPrototypeElements, .jsCreateObject, .jsCreateArray, .jsLoadContext, .jsStoreContext, .storeTypedElement,
             .storeField, .arrayPop:
            self = .none
        case let op where onlyReadsMemory(op):
            self = .none
        case .storeElement where n.inputs.count >= 3:
            self = guardedRoot(n.inputs[0]).map { .kinds(array: $0, value: n.inputs[2]) } ?? .all
        case .arrayPush where n.inputs.count >= 2:
            self = guardedRoot(n.inputs[0]).map { .kinds(array: $0, value: n.inputs[1]) } ?? .all
        default:
            self = n.opcode.isEffectful ? .all : .none
        }
    }

    /// Whether the effect may change a shape or elements kind `root` was checked to have.
    func invalidates(root: Node, shapes: [ShapeRef]?, kinds: [ElementsKind]?) -> Bool {
        switch self {
        case .none: return false
        case .all: return true
        case .kinds(let array, let value):
            guard let kinds = kinds, LoadElimination.mayAlias(root, array) else { return false }
            return MapEffect.mayTransition(kinds, storing: value)
        }
    }

    /// Whether storing `value` (by its type) into an array of one of `kinds` may generalize
    /// the kind (`ElementsKind.generalized(for:)`): int32 values never do; other numbers
    /// move smi kinds to double ones; anything else moves smi and double kinds to elements.
    static func mayTransition(_ kinds: [ElementsKind], storing value: Node) -> Bool {
        let t = value.type
        if t.isInt32 { return false }
        if t.isNumberOnly { return kinds.contains { $0 == .packedSmi || $0 == .holeySmi } }
        return kinds.contains { $0 != .packedElements && $0 != .holeyElements && $0 != .dictionary }
    }
}

/// Whether an effectful operation never writes memory and never runs user code in optimized
/// code: global loads (only data properties are read; an accessor deoptimizes), property-key
/// conversions (only of primitives; an object deoptimizes) and the generic tests and
/// conversions of primitives (`typeof`, `!`, nullish and strict-equality tests).
func onlyReadsMemory(_ op: Opcode) -> Bool {
    switch op {
    case .jsLoadGlobal: return true
    case .jsGeneric(let i):
        switch i {
        case .toPropertyKey, .typeOf, .not, .loadGlobalObject, .jumpIfNullish, .jumpIfNotNullish, .jumpIfUndefined,
             .jumpIfNotUndefined, .jumpIfStrictEqual:
            return true
        default:
            return false
        }
    default:
        return false
    }
}
