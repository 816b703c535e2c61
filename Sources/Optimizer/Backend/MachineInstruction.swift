import JSEngine

/// The executable form's instruction set: operations over the register file and spill
/// slots (`Location`) with immediate constants, as TurboFan's architecture-neutral
/// instruction sequence. Jump targets are instruction indices. Specialised operations read
/// raw numbers (never converting); `generic` evaluates an IR opcode with full JS semantics.
public enum MachineInstruction: CustomStringConvertible {
    public enum ArithOp: String { case add, sub, mul, div, mod, pow }
    public enum BitOp: String { case and, or, xor, shl, sar }
    public enum CompareOp: String { case less, lessEqual, greater, greaterEqual, equal, notEqual }
    public enum CheckKind: String { case int32, number, string, boolean, notHole, int32NoOverflow }

    case move(Location, Operand)
    case loadParameter(Location, Int)
    /// On-stack replacement: the value the interpreter frame had in register `Int` on entry.
    case loadOsrValue(Location, Int)
    /// Int32 add/sub/mul on int32 inputs; on overflow (or a -0 product) the exact double.
    case int32Arith(ArithOp, Location, Operand, Operand)
    /// Float64 arithmetic on number inputs.
    case float64Arith(ArithOp, Location, Operand, Operand)
    case float64Negate(Location, Operand)
    /// Bitwise operations after ToInt32 of number inputs.
    case int32Bitwise(BitOp, Location, Operand, Operand)
    /// `a >>> b`: leaves the 32-bit result word (read as its unsigned value).
    case uint32Shr(Location, Operand, Operand)
    /// A 32-bit word to the float64 every register holds as a number: the unsigned (uint32)
    /// or the signed (int32) reading of its bits.
    case word32ToFloat64(Location, Operand, signed: Bool)
    /// `a % 2^k` for a non-negative int32 `a`: `a & mask`.
    case modMask(Location, Operand, Int32)
    case numberCompare(CompareOp, Location, Operand, Operand)
    case compareAndBranch(CompareOp, Operand, Operand, ifTrue: Int, ifFalse: Int)
    case branch(Operand, ifTrue: Int, ifFalse: Int)
    case jump(Int)
    /// A speculation guard: deoptimizes through `deopt` unless the value passes; copies it to
    /// the destination, if it has one (nil: the guard's value stays where it is, the
    /// register allocator having given guard and guarded value one location).
    case check(CheckKind, Location?, Operand, deopt: Int)
    case checkShape([ShapeRef], Location?, Operand, deopt: Int)
    case checkBounds(Location?, Operand, Operand, deopt: Int)
    /// A JS array with one of the (non-empty) elements kinds.
    case checkElementsKind([ElementsKind], Location?, Operand, deopt: Int)
    /// Int32 add/sub/mul fused with the overflow guard on its result (TurboFan's
    /// CheckedInt32Add and friends): deoptimizes through `deopt` unless the result is an
    /// int32, before writing it (the guard's frame state does not read it:
    /// `BackendFacts.fusesOverflowGuard`), else writes it.
    case checkedInt32Arith(ArithOp, Location, Operand, Operand, deopt: Int)
    /// Field accesses carry the shapes they were compiled for (empty: any object with the slot).
    case loadField(Location, Operand, slot: Int, site: String, shapes: [Shape])
    case storeField(Operand, slot: Int, Operand, site: String, shapes: [Shape])
    /// Element accesses carry the elements kinds they were compiled for (empty: any array).
    case loadElement(Location, Operand, Operand, site: String, kinds: [ElementsKind])
    case storeElement(Operand, Operand, Operand, site: String, kinds: [ElementsKind])
    case arrayLength(Location, Operand, site: String)
    case loadTypedElement(TypedArrayKind, Location, Operand, Operand, site: String)
    case storeTypedElement(TypedArrayKind, Operand, Operand, Operand, site: String)
    /// Any IR operation with full JS semantics (`deopt`: where to go when it cannot run).
    case generic(Opcode, Location?, [Operand], deopt: Int?, node: Int)
    case deoptimize(deopt: Int)
    case ret(Operand)
    case throwValue(Operand)
    /// `--assert-types`: ends the run (`EngineTermination.typeAssertion`) unless the value
    /// lies in the type the optimizer gave the node that produced it.
    case assertType(TypeAssertion, Operand)

    public var description: String {
        switch self {
        case .move(let d, let s): return "move \(d), \(s)"
        case .loadParameter(let d, let i): return "param \(d), \(i)"
        case .loadOsrValue(let d, let i): return "osr.value \(d), r\(i)"
        case .int32Arith(let op, let d, let a, let b): return "int32.\(op.rawValue) \(d), \(a), \(b)"
        case .float64Arith(let op, let d, let a, let b): return "float64.\(op.rawValue) \(d), \(a), \(b)"
        case .float64Negate(let d, let a): return "float64.neg \(d), \(a)"
        case .int32Bitwise(let op, let d, let a, let b): return "int32.\(op.rawValue) \(d), \(a), \(b)"
        case .uint32Shr(let d, let a, let b): return "uint32.shr \(d), \(a), \(b)"
        case .word32ToFloat64(let d, let a, let signed): return "\(signed ? "int32" : "uint32").tofloat64 \(d), \(a)"
        case .modMask(let d, let a, let m): return "int32.and \(d), \(a), #\(m)"
        case .numberCompare(let op, let d, let a, let b): return "cmp.\(op.rawValue) \(d), \(a), \(b)"
        case .compareAndBranch(let op, let a, let b, let t, let f): return "int32.b\(op.rawValue) \(a), \(b), @\(t), @\(f)"
        case .branch(let c, let t, let f): return "branch \(c), @\(t), @\(f)"
        case .jump(let t): return "jump @\(t)"
        case .check(let k, let d, let v, let e): return "check.\(k.rawValue) \(Self.copy(d))\(v), deopt \(e)"
        case .checkShape(let s, let d, let v, let e):
            return "check.shape[\(s.map { "#\($0.shape.id)" }.joined(separator: ","))] \(Self.copy(d))\(v), deopt \(e)"
        case .checkBounds(let d, let i, let l, let e): return "check.bounds \(Self.copy(d))\(i), \(l), deopt \(e)"
        case .checkElementsKind(let kinds, let d, let v, let e):
            return "check.kind[\(kinds.map(\.description).joined(separator: ","))] \(Self.copy(d))\(v), deopt \(e)"
        case .checkedInt32Arith(let op, let d, let a, let b, let e): return "int32.\(op.rawValue).checked \(d), \(a), \(b), deopt \(e)"
        case .loadField(let d, let o, let s, _, _): return "load.field \(d), \(o)[\(s)]"
        case .storeField(let o, let s, let v, _, _): return "store.field \(o)[\(s)], \(v)"
        case .loadElement(let d, let a, let i, _, _): return "load.element \(d), \(a)[\(i)]"
        case .storeElement(let a, let i, let v, _, _): return "store.element \(a)[\(i)], \(v)"
        case .arrayLength(let d, let a, _): return "array.length \(d), \(a)"
        case .loadTypedElement(let k, let d, let a, let i, _): return "load.typed.\(k) \(d), \(a)[\(i)]"
        case .storeTypedElement(let k, let a, let i, let v, _): return "store.typed.\(k) \(a)[\(i)], \(v)"
        case .generic(let op, let d, let ins, let e, _):
            return "generic \(op) \(d.map { "\($0)" } ?? "_"), \(ins.map(\.description).joined(separator: ", "))" + (e.map { ", deopt \($0)" } ?? "")
        case .deoptimize(let e): return "deoptimize \(e)"
        case .ret(let v): return "return \(v)"
        case .throwValue(let v): return "throw \(v)"
        case .assertType(let a, let v): return "assert.type \(v), \(a.type) (n\(a.node))"
        }
    }

    /// A guard's destination as printed before its operands ("" when it copies nothing).
    private static func copy(_ d: Location?) -> String { d.map { "\($0), " } ?? "" }
}

/// Where a deoptimization resumes and where each interpreter register's value is.
public struct DeoptPoint {
    /// Why optimized code leaves at a deoptimization point: a fixed reason, or the generic
    /// operation that could not run (its text is rendered only when it deoptimizes).
    enum Reason {
        case fixed(String)
        case genericOperation(Opcode)
    }

    let why: Reason
    public var reason: String {
        switch why {
        case .fixed(let text): return text
        case .genericOperation(let opcode): return "generic operation \(opcode) not compiled"
        }
    }
    public let node: Int
    public let frameState: FrameState
    /// Per interpreter register of the innermost frame (nil: undefined).
    public let registers: [DeoptValue?]
    /// The same for each caller frame below an inlined one, outermost first.
    public let callerRegisters: [[DeoptValue?]]
    public let position: SourcePosition
}
