import JSEngine

/// What the graph builder needs to read `x.length` of a typed array directly: the one
/// receiver shape and kind the load site saw, and the prototype chain from the receiver up
/// to %TypedArray%.prototype, whose `length` accessor must still hold the realm's original
/// getter. Optimized code guards each link: the receiver's kind and shape (no own `length`,
/// a fixed prototype), every prototype's shape (none has its own `length` below the holder,
/// each keeps its prototype) and the identity of the accessor pair in the holder's slot
/// (pairs are never changed in place, so the same pair means the same getter). Then the
/// length is a `TypedArrayLength`, as for element accesses. V8 reduces the same access in
/// JSCallReducer (`TypedArrayPrototypeLength`) behind map checks and prototype-chain
/// stability dependencies.
struct TypedArrayLengthAccess {
    let receiverShape: Shape
    let kind: TypedArrayKind
    /// The prototypes from the receiver's up to and including the holder of the getter, each
    /// with the shape it has now.
    let prototypes: [(object: JSObject, shape: Shape)]
    /// The slot of `length` in the holder, and the accessor pair it holds now.
    let slot: Int
    let accessorPair: JSObject

    private static let lengthKey = JSString("length")
    /// Prototype chains longer than this stay generic.
    private static let maxDepth = 8

    /// The access for a `length` load site whose feedback saw typed arrays only, one shape
    /// and kind, when the chain leads to `originalGetter`; nil otherwise (the load stays generic).
    init?(_ cache: PropertyCache, originalGetter: JSObject?) {
        guard let getter = originalGetter, !cache.megamorphic, cache.entries.isEmpty, !cache.sawArrayLength,
              !cache.sawStringLength, !cache.sawManyTypedArrayLengths, cache.typedArrayLengthReceivers.count == 1 else {
            return nil
        }
        let receiver = cache.typedArrayLengthReceivers[0]
        // A dictionary shape may gain properties in place: its identity proves nothing.
        guard !receiver.shape.isDictionary, receiver.shape.slot(of: Self.lengthKey) == nil else { return nil }
        var chain: [(object: JSObject, shape: Shape)] = []
        var next = receiver.shape.proto
        while let object = next, chain.count < Self.maxDepth {
            let shape = object.shape
            guard !shape.isDictionary else { return nil }
            chain.append((object, shape))
            if let slot = shape.slot(of: Self.lengthKey) {
                guard shape.attributes[slot].contains(.accessor), let pair = object.slots[slot].asObject as? AccessorPair,
                      pair.getter === getter else { return nil }
                receiverShape = receiver.shape
                kind = receiver.kind
                prototypes = chain
                self.slot = slot
                accessorPair = pair
                return
            }
            next = shape.proto
        }
        return nil
    }
}
