import JSEngine

/// Where a value lives in the executable form: one of the fixed machine registers or a
/// spill slot in the frame.
public enum Location: Equatable, CustomStringConvertible {
    case register(Int)
    case slot(Int)
    public var description: String {
        switch self {
        case .register(let r): return "r\(r)"
        case .slot(let s): return "[sp+\(s)]"
        }
    }
}

/// An instruction operand: a location or an immediate constant.
public enum Operand: CustomStringConvertible {
    case location(Location)
    case constant(JSValue)

    var location: Location? { if case .location(let l) = self { return l }; return nil }
    public var description: String {
        switch self {
        case .location(let l): return l.description
        case .constant(let v): return "#\(Opcode.describe(v))"
        }
    }
}

/// One value's live interval over the linear order (a single hull, as Poletto and Sarkar's
/// linear scan uses), with the positions where it is read.
public struct LiveInterval {
    public let node: Node
    public var start: Int
    public var end: Int
    public var uses: [Int]
}

/// The register allocator's result: a location per value-producing node (constant over
/// the value's lifetime: spilling is whole-interval) and the frame size.
public struct Allocation {
    public var locations: [Int: Location] = [:]
    public var registerCount: Int
    public var slotCount = 0
    public var intervals: [LiveInterval] = []
    /// The register parallel moves use to break cycles (not allocatable).
    public var scratch: Location { .register(registerCount) }

    /// Where `value` is when `use` reads it (whole-interval allocation: one location).
    public func location(of value: Node, at use: Node? = nil) -> Location? { locations[value.id] }

    public var spilledCount: Int { locations.values.filter { if case .slot = $0 { return true }; return false }.count }
}

/// Orders a parallel move (all sources read before any destination is written) into
/// sequential moves, breaking cycles through a scratch register.
enum ParallelMove {
    static func sequentialize(_ moves: [(dst: Location, src: Operand)], scratch: Location) -> [(dst: Location, src: Operand)] {
        var pending = moves.filter { m in m.src.location != m.dst }
        var out: [(dst: Location, src: Operand)] = []
        while !pending.isEmpty {
            if let i = pending.firstIndex(where: { m in !pending.contains { $0.src.location == m.dst } }) {
                out.append(pending.remove(at: i))
                continue
            }
            // Every destination is still needed as a source: a cycle. Save one destination.
            let d = pending[0].dst
            out.append((scratch, .location(d)))
            for k in pending.indices where pending[k].src.location == d { pending[k].src = .location(scratch) }
        }
        return out
    }
}
