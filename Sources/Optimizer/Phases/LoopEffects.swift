import JSEngine

/// What the effectful nodes of a loop may change, summarized once per loop for
/// loop-invariant code motion (LLVM LICM's alias-set tracker, in small): whether something
/// may run user code, which field slots of which objects are stored, which arrays' elements
/// and lengths change, and the map effects that may invalidate guards.
struct LoopEffects {
    /// A call, generic operation or other unknown effect: any memory may change.
    private(set) var writesAnything = false
    /// `StoreField`s: the slot and the guard-stripped object.
    private(set) var fieldStores: [(slot: Int, object: Node)] = []
    /// Guard-stripped arrays whose elements change (element stores, pushes, pops).
    private(set) var elementWrites: [Node] = []
    /// Guard-stripped arrays whose length changes (pushes, pops).
    private(set) var lengthWrites: [Node] = []
    /// The map effects of the loop's nodes that may change some shape or elements kind.
    private(set) var mapEffects: [MapEffect] = []

    init(_ loop: LoopAnalysis.Loop) {
        for block in loop.body {
            for n in block.nodes where n.opcode.isEffectful && !n.isDead {
                let effect = MapEffect(n)
                if case .none = effect {} else { mapEffects.append(effect) }
                switch n.opcode {
                case .loadField, .loadElement, .arrayLength, .elementsCapacity, .loadTypedElement, .typedArrayLength, .checkShape,
                     .checkElementsKind, .checkNoPrototypeElements, .allocateObject, .jsCreateObject, .jsCreateArray, .jsLoadContext, .jsStoreContext,
                     .storeTypedElement:
                    break   // reads, guards, fresh objects, context slots and typed-array memory
                case let op where onlyReadsMemory(op):
                    break
                case .storeField(let slot):
                    guard let o = guardedRoot(n.inputs.first) else { writesAnything = true; continue }
                    fieldStores.append((slot, o))
                case .storeElement:
                    guard let a = guardedRoot(n.inputs.first) else { writesAnything = true; continue }
                    elementWrites.append(a)
                case .arrayPush, .arrayPop:
                    guard let a = guardedRoot(n.inputs.first) else { writesAnything = true; continue }
                    elementWrites.append(a)
                    lengthWrites.append(a)
                default:
                    writesAnything = true
                }
            }
        }
    }

    /// Whether a store to field `slot` of an object that may be `object` happens in the loop.
    func storesField(_ slot: Int, of object: Node) -> Bool {
        fieldStores.contains { $0.slot == slot && LoadElimination.mayAlias($0.object, object) }
    }

    /// Whether the elements of an array that may be `array` change in the loop.
    func writesElements(of array: Node) -> Bool { elementWrites.contains { LoadElimination.mayAlias($0, array) } }

    /// Whether the length of an array that may be `array` changes in the loop.
    func writesLength(of array: Node) -> Bool { lengthWrites.contains { LoadElimination.mayAlias($0, array) } }

    /// Whether something in the loop may change what map guard `g` checks (a shape, an elements
    /// kind, or that no prototype has elements).
    func invalidates(mapGuard g: Node) -> Bool {
        guard let root = guardedRoot(g.inputs.first) else { return true }
        switch g.opcode {
        case .checkShape(let shapes): return mapEffects.contains { $0.invalidates(root: root, shapes: shapes, kinds: nil) }
        case .checkElementsKind(let kinds): return mapEffects.contains { $0.invalidates(root: root, shapes: nil, kinds: kinds) }
        case .checkNoPrototypeElements:
            // Only a push may give a prototype elements here: in-place stores overwrite elements
            // that exist already, or fill holes of arrays that are no prototypes (`ElementsCapacity`).
            return !lengthWrites.isEmpty
        default: return false
        }
    }
}
