import JSEngine

/// Global value numbering: pure nodes that compute the same operation on the same inputs
/// get one node. Mirrors V8 TurboFan's `ValueNumberingReducer` and LLVM's dominator-based
/// `GVN` pass: blocks are walked in dominator-tree preorder with a scoped hash table keyed
/// by `valueNumberingKey(_:)` plus the input node ids (sorted for commutative operations);
/// a node equal to one in a dominating position is replaced by it ("merge-equivalent-value").
/// Effectful nodes, speculation guards, terminators and phis of different blocks are never
/// merged (check-elimination and load-elimination handle guards and loads).
public struct GlobalValueNumbering: OptimizationPhase {
    public let id = "gvn"
    public init() {}

    public func run(_ ctx: PhaseContext) {
        GlobalValueNumbering.valueNumber(ctx)
    }

    /// One dominator-tree walk merging equivalent pure nodes; returns how many were merged.
    /// Check elimination reruns it (removing a guard can make two pure nodes equal) in a
    /// context of phase "gvn": value numbering's rewrites are gvn's wherever it runs.
    @discardableResult
    static func valueNumber(_ ctx: PhaseContext) -> Int {
        let g = ctx.graph
        var merged = 0
        let tree = g.dominatorTree
        var table: [String: Node] = [:]
        tree.walk(enter: { block in
            var added: [String] = []
            for n in block.nodes where !n.isDead {
                guard let key = GlobalValueNumbering.fullKey(n, faults: ctx.faults) else { continue }
                if let existing = table[key], existing !== n, !existing.isDead {
                    let applied = ctx.rewrite("merge-equivalent-value", at: n) {
                        detachFromEffectChain(n, in: g)
                        g.replaceAllUses(of: n, with: existing)
                        g.kill(n)
                        return [existing]
                    }
                    if applied { merged += 1 }
                } else if table[key] == nil {
                    table[key] = n
                    added.append(key)
                }
            }
            return added
        }, exit: { added in
            for k in added { table[k] = nil }
        })
        return merged
    }

    /// The table key of a node: its operation key plus its inputs' ids, or nil when it must
    /// not be merged.
    static func fullKey(_ n: Node, faults: FaultSwitch? = nil) -> String? {
        let op = n.opcode
        // Fault gvn.load-ignores-effects: a field load keyed as if pure (by its slot and the
        // object its shape check passes on), its memory dependence forgotten.
        if isFieldLoad(op), let object = guardedRoot(n.inputs.first), faults?.injected(.gvnLoadIgnoresEffects) == true {
            return "\(op)(\(object.id))"
        }
        if op.isEffectful || op.isTerminator || op.canDeoptimize { return nil }
        guard var key = valueNumberingKey(op) else { return nil }
        var ids = n.inputs.map(\.id)
        if case .phi = op {
            // Phis only merge within one block (their inputs are per predecessor).
            guard let b = n.block else { return nil }
            key += "@B\(b.id)"
        } else if isCommutative(op)
                    // Fault gvn.sub-commutative: subtraction, division and modulus canonicalized as commutative.
                    || faults?.injected(.gvnSubCommutative, applies: isSubtractionLike(op) && ids.count == 2 && ids[0] > ids[1]) == true {
            ids.sort()
        }
        return key + "(" + ids.map(String.init).joined(separator: ",") + ")"
    }

    /// Subtraction, division and modulus: their operands cannot be swapped.
    static func isSubtractionLike(_ op: Opcode) -> Bool {
        switch op {
        case .int32Sub, .float64Sub, .int32Div, .float64Div, .int32Mod, .float64Mod: return true
        default: return false
        }
    }

    /// A `loadField` (effectful: it reads memory that stores and calls change).
    static func isFieldLoad(_ op: Opcode) -> Bool {
        if case .loadField = op { return true }
        return false
    }

    /// Whether the operation's two inputs can be swapped without changing its result.
    static func isCommutative(_ op: Opcode) -> Bool {
        switch op {
        case .int32Add, .int32Mul, .float64Add, .float64Mul, .int32BitAnd, .int32BitOr, .int32BitXor,
             .numberEqual, .sameValue, .stringEqual, .referenceEqual:
            return true
        default:
            return false
        }
    }
}

/// A key naming an operation with every payload (constants by value, numbers by bit pattern,
/// objects and shapes by identity), or nil for operations that must never be merged: effectful
/// ones, guards, terminators, the effect chain and `Math.random`.
func valueNumberingKey(_ op: Opcode) -> String? {
    switch op {
    case .parameter(let i): return "Parameter[\(i)]"
    case .constant(let v): return "Constant[" + valueNumberingKey(of: v) + "]"
    case .osrValue(let i): return "OsrValue[\(i)]"
    case .context: return "Context"
    case .phi: return "Phi"
    case .effectPhi, .start: return nil
    case .goto, .branch, .return, .deoptimize, .throw: return nil
    case .jsBinary, .jsNegate, .jsBitNot, .jsToNumber, .jsNot, .jsTypeOf, .jsIncrement, .jsDecrement, .jsGetNamed,
         .jsSetNamed, .jsGetKeyed, .jsSetKeyed, .jsLoadGlobal, .jsStoreGlobal, .jsCall, .jsConstruct, .jsCreateObject,
         .jsCreateArray, .jsLoadContext, .jsStoreContext, .jsGeneric, .speculativeNumberAdd:
        return nil
    case .checkInt32, .checkNumber, .checkString, .checkBoolean, .checkNotHole, .checkReceiver, .checkTypedArray,
         .checkShape, .checkElementsKind, .checkBounds, .checkCallTarget, .checkInt32NoOverflow, .checkNoPrototypeElements:
        return nil
    case .loadField, .storeField, .loadElement, .storeElement, .arrayLength, .elementsCapacity, .loadTypedElement, .storeTypedElement,
         .typedArrayLength, .allocateObject, .arrayPush, .arrayPop, .arraySearch:
        return nil
    case .stringCharCodeAt, .stringIndexOf:
        return op.description   // strings are immutable
    case .objectState:
        // The same object with the same field values: one description serves every frame state.
        return op.description
    case .mathCall(let name):
        return name == "random" ? nil : "Math[\(name.utf8.count):\(name)]"
    case .int32Add, .int32Sub, .int32Mul, .int32Div, .int32Mod, .int32BitAnd, .int32BitOr, .int32BitXor, .int32Shl,
         .int32Sar, .uint32Shr, .float64Add, .float64Sub, .float64Mul, .float64Div, .float64Mod, .float64Pow,
         .float64Negate, .numberLessThan, .numberLessThanOrEqual, .numberEqual, .sameValue, .stringConcat,
         .stringEqual, .referenceEqual, .changeInt32ToFloat64, .changeUint32ToFloat64, .truncateFloat64ToInt32, .booleanNot:
        return op.description
    }
}

/// A value's identity for value numbering: numbers by bit pattern (so -0, 0 and NaNs differ),
/// strings by contents (length-prefixed), objects by identity.
func valueNumberingKey(of v: JSValue) -> String {
    switch v {
    case .number(let d): return "n\(d.bitPattern)"
    // By UTF-16 code units: lone surrogates all become U+FFFD in a Swift String.
    case .string(let s): return "s\(s.units.count):" + s.units.map { String($0, radix: 16) }.joined(separator: ",")
    case .bool(let b): return b ? "true" : "false"
    case .undefined: return "undefined"
    case .null: return "null"
    case .hole: return "hole"
    case .object(let o): return "o\(ObjectIdentifier(o).hashValue)"
    }
}
