import JSEngine

/// What one interpreter register (or one field of a materialized object) holds when
/// optimized code deoptimizes: a value the optimized code computed (an operand), or an
/// object that does not exist in optimized code and is allocated during deoptimization
/// with its shape and field values (an `objectState` in the frame state: an object literal
/// under construction, or an allocation escape analysis removed). Fields may themselves be
/// objects to materialize. Every description with the same `object` id stands for one
/// object: within one deoptimization it is allocated once and shared, so identity holds.
public indirect enum DeoptValue: CustomStringConvertible {
    case operand(Operand)
    case materialize(object: Int, shape: ShapeRef, fields: [DeoptValue])

    /// How deeply object descriptions may nest (a malformed graph must not exhaust the stack).
    static let maximumNesting = 64

    public struct Failure: Error, CustomStringConvertible { public let description: String }

    public var description: String {
        switch self {
        case .operand(let o): return o.description
        case .materialize(let id, let shape, let fields):
            return "materialize o\(id) #\(shape.shape.id) {\(fields.map(\.description).joined(separator: ", "))}"
        }
    }

    /// The description of frame-state entry `node` (nil: the register is undefined);
    /// `operand` gives where a computed value is.
    static func describe(_ node: Node?, operand: (Node) throws -> Operand) throws -> DeoptValue? {
        try describe(node, depth: 0, operand: operand)
    }

    private static func describe(_ node: Node?, depth: Int, operand: (Node) throws -> Operand) throws -> DeoptValue? {
        guard let n = node else { return nil }
        switch n.opcode {
        case .objectState(let shape, let id):
            guard depth < maximumNesting else { throw Failure(description: "object states nested too deeply at \(n)") }
            let fields = try n.inputs.map { try describe($0, depth: depth + 1, operand: operand) ?? .operand(.constant(.undefined)) }
            return .materialize(object: id, shape: shape, fields: fields)
        case .constant(let v):
            return .operand(.constant(v))
        default:
            return BackendFacts.producesValue(n) ? .operand(try operand(n)) : nil
        }
    }

    /// The JS value during one deoptimization: operands are read, objects allocated with their
    /// shape (slots sized for it) and filled; `materialized` holds the objects allocated so far
    /// by id (share it across every register and frame of the deoptimization).
    func value(materialized: inout [Int: JSObject], read: (Operand) -> JSValue) -> JSValue {
        switch self {
        case .operand(let o):
            return read(o)
        case .materialize(let id, let shape, let fields):
            if let existing = materialized[id] { return .object(existing) }
            let object = JSObject(shape: shape.shape)
            materialized[id] = object   // before the fields: a field may describe this very object
            var slots: [JSValue] = []
            for k in 0..<shape.shape.count {
                slots.append(k < fields.count ? fields[k].value(materialized: &materialized, read: read) : .undefined)
            }
            object.slots = slots
            return .object(object)
        }
    }
}
