/// The elements kinds of V8's arrays, ordered by generality. An array only ever moves to a
/// more general kind (packed -> holey, smi -> double -> generic), which the feedback vectors
/// record and the optimizer's elements-kind checks test.
public enum ElementsKind: UInt8, CaseIterable, Comparable, CustomStringConvertible, Sendable {
    case packedSmi = 0, holeySmi, packedDouble, holeyDouble, packedElements, holeyElements, dictionary

    public static func < (a: ElementsKind, b: ElementsKind) -> Bool { a.rawValue < b.rawValue }

    public var isHoley: Bool {
        switch self {
        case .holeySmi, .holeyDouble, .holeyElements, .dictionary: return true
        default: return false
        }
    }

    public var holey: ElementsKind {
        switch self {
        case .packedSmi: return .holeySmi
        case .packedDouble: return .holeyDouble
        case .packedElements: return .holeyElements
        default: return self
        }
    }

    /// The least general kind that can hold both `self`'s values and `value`.
    @inline(__always) public func generalized(for value: JSValue) -> ElementsKind {
        switch value {
        case .number(let d):
            if JSValue.isInt32(d) { return self }
            switch self {
            case .packedSmi: return .packedDouble
            case .holeySmi: return .holeyDouble
            default: return self
            }
        case .hole:
            return holey
        default:
            switch self {
            case .packedSmi, .packedDouble: return .packedElements
            case .holeySmi, .holeyDouble: return .holeyElements
            default: return self
            }
        }
    }

    public var description: String {
        switch self {
        case .packedSmi: return "PACKED_SMI_ELEMENTS"
        case .holeySmi: return "HOLEY_SMI_ELEMENTS"
        case .packedDouble: return "PACKED_DOUBLE_ELEMENTS"
        case .holeyDouble: return "HOLEY_DOUBLE_ELEMENTS"
        case .packedElements: return "PACKED_ELEMENTS"
        case .holeyElements: return "HOLEY_ELEMENTS"
        case .dictionary: return "DICTIONARY_ELEMENTS"
        }
    }
}

/// One entry of dictionary-mode (sparse) elements: a value or accessor with attributes.
public struct SparseElement {
    public var value: JSValue
    public var attributes: PropertyAttributes
}

/// Indexed properties of an object: dense storage (holes marked `.hole`) or, for sparse
/// arrays and indices with non-default attributes, a dictionary.
public struct ElementStorage {
    public var kind: ElementsKind = .packedSmi
    public var dense: [JSValue] = []
    public var sparse: [UInt32: SparseElement]? = nil

    public init() {}

    public init(values: [JSValue]) {
        dense = values
        var k = ElementsKind.packedSmi
        for v in values { k = k.generalized(for: v) }
        kind = k
    }

    public var isSparse: Bool { sparse != nil }

    /// Switches to dictionary mode, keeping every present element.
    public mutating func makeSparse() {
        guard sparse == nil else { return }
        var d: [UInt32: SparseElement] = [:]
        for (i, v) in dense.enumerated() where !v.isHole {
            d[UInt32(i)] = SparseElement(value: v, attributes: .default)
        }
        sparse = d
        dense = []
        kind = .dictionary
    }

    /// The own element at `i`, if present (`.hole` never returned).
    @inline(__always) public func get(_ i: UInt32) -> SparseElement? {
        if let s = sparse { return s[i] }
        let j = Int(i)
        if j < dense.count {
            let v = dense[j]
            if v.isHole { return nil }
            return SparseElement(value: v, attributes: .default)
        }
        return nil
    }

    /// Writes a plain data element, growing dense storage or going sparse for far-away indices.
    public mutating func put(_ i: UInt32, _ value: JSValue) {
        if sparse != nil {
            sparse![i] = SparseElement(value: value, attributes: sparse![i]?.attributes ?? .default)
            return
        }
        let j = Int(i)
        if j < dense.count {
            dense[j] = value
            kind = kind.generalized(for: value)
            return
        }
        if j == dense.count {
            dense.append(value)
            kind = kind.generalized(for: value)
            return
        }
        if j < dense.count + 1024 || j < dense.count * 2 {
            dense.reserveCapacity(j + 1)
            while dense.count < j { dense.append(.hole) }
            dense.append(value)
            kind = kind.holey.generalized(for: value)
            return
        }
        makeSparse()
        sparse![i] = SparseElement(value: value, attributes: .default)
    }

    public mutating func putEntry(_ i: UInt32, _ entry: SparseElement) {
        if entry.attributes != .default || entry.attributes.contains(.accessor) { makeSparse() }
        if sparse != nil { sparse![i] = entry } else { put(i, entry.value) }
    }

    public mutating func remove(_ i: UInt32) {
        if sparse != nil {
            sparse![i] = nil
            return
        }
        let j = Int(i)
        if j < dense.count {
            if j == dense.count - 1 {
                dense.removeLast()
            } else {
                dense[j] = .hole
            }
            kind = kind.holey
        }
    }

    /// Present indices in ascending order.
    public func indices() -> [UInt32] {
        if let s = sparse { return s.keys.sorted() }
        var out: [UInt32] = []
        out.reserveCapacity(dense.count)
        for (i, v) in dense.enumerated() where !v.isHole { out.append(UInt32(i)) }
        return out
    }

    /// Drops every element with index >= `length` (array length truncation).
    public mutating func truncate(to length: UInt32) {
        if sparse != nil {
            sparse = sparse!.filter { $0.key < length }
            return
        }
        if Int(length) < dense.count { dense.removeSubrange(Int(length)...) }
    }
}
