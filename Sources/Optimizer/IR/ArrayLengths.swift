import JSEngine

/// Which nodes read an array's length, and when two reads give the same value: both read
/// the same array and no effect between them may change an array's length. Used by
/// bounds-check elimination to compare a loop's exit test with a bounds check.
enum ArrayLengths {
    /// `ArrayLength` or `TypedArrayLength` (the forms a `checkBounds` compares against).
    static func isLengthLoad(_ n: Node) -> Bool {
        switch n.opcode {
        case .arrayLength, .typedArrayLength: return n.inputs.count == 1
        default: return false
        }
    }

    /// A node reading some object's length: a length load or a generic `.length`.
    static func isLengthRead(_ n: Node) -> Bool {
        if isLengthLoad(n) { return true }
        if case .jsGetNamed(let name) = n.opcode, name.string == "length", n.inputs.count == 1 { return true }
        return false
    }

    /// Whether `read` gives the value that the length load `load` gives: it reads the same
    /// array's length (a generic `.length` only when a `CheckElementsKind` proves the object
    /// a JS array, whose length is an own data property: a typed array's is a prototype
    /// getter that user code may redefine), and no effect between them may change it.
    static func isSameLength(_ read: Node, as load: Node) -> Bool {
        guard isLengthLoad(load), let access = load.inputs.first, let object = read.inputs.first else { return false }
        guard (guardedRoot(object) ?? object) === (guardedRoot(access) ?? access) else { return false }
        if case .jsGetNamed = read.opcode {
            guard isLengthRead(read), isProvenJSArray(access) else { return false }
        } else if !isLengthLoad(read) {
            return false
        }
        return lengthUnchanged(from: read, to: load)
    }

    /// Whether a `CheckElementsKind` (which passes only JS arrays) guards `n`.
    static func isProvenJSArray(_ n: Node) -> Bool {
        var cur: Node? = n
        for _ in 0..<64 {
            guard let c = cur, c.opcode.canDeoptimize else { return false }
            if case .checkElementsKind = c.opcode { return true }
            cur = c.inputs.first
        }
        return false
    }

    /// Whether every effect path from `from` to `to` is free of effects that may change an
    /// array's length (walking the effect chain backwards from `to` until `from`).
    static func lengthUnchanged(from: Node, to: Node) -> Bool {
        if from === to { return true }
        var seen: Set<Int> = []
        var work: [Node?] = [to.effect]
        while let next = work.popLast() {
            guard let e = next else { return false }
            if e === from || !seen.insert(e.id).inserted { continue }
            switch e.opcode {
            case .effectPhi:
                work += e.inputs.map { Optional($0) }
            case .start:
                return false   // `from` is not on every path
            default:
                if mayChangeLength(e) { return false }
                work.append(e.effect)
            }
        }
        return true
    }

    /// Whether an effectful node may change the length of some array: anything that may
    /// run user code or write properties generically (push, pop, `length` stores). Loads,
    /// guards, fresh allocations, context accesses, field stores and (in-bounds) element
    /// stores cannot; nor can turning a number into a property key.
    static func mayChangeLength(_ n: Node) -> Bool {
        switch n.opcode {
        case .loadField, .loadElement, .arrayLength, .elementsCapacity, .loadTypedElement, .typedArrayLength, .checkShape,
             .checkElementsKind, .allocateObject, .jsCreateObject, .jsCreateArray, .jsLoadContext, .jsStoreContext,
             .storeField, .storeElement, .storeTypedElement:
            return false
        case .jsGeneric(let instruction):
            if case .toPropertyKey = instruction, n.inputs.first?.type.isNumberOnly == true { return false }
            return true
        default:
            return n.opcode.isEffectful
        }
    }
}
