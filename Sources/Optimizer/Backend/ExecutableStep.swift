import JSEngine

/// One pre-decoded instruction of the executable form (`ExecutableCode`): a plain 24-byte
/// value with no references, so the executor reads it from stable memory without copying
/// enum payloads or touching reference counts. Every operand is an index into the run's
/// frame (registers, spill slots, the two sinks and the preloaded constants: see
/// `ExecutableCode`), so reading an operand is one load. What does not fit in the fields
/// (shape sets, sites, generic operations, type assertions) lives in the code's side
/// tables, named by `e`.
///
/// Field use by kind (unused fields are 0):
/// - values: `d` destination, `a`/`b`/`c` sources; `sub` an `ArithOp`, `BitOp`,
///   `CompareOp`, `CheckKind` or `TypedArrayKind` raw index, 1 for a signed conversion, or
///   an element access's elements kinds as a mask (`ObjectAccess.kindMask`, 0: any).
/// - control: `c` the target (`jump`, `branch` and compare-and-branch when true), `e` the
///   target when false.
/// - guards and deoptimization: `e` the deopt point; a guard's `d` is -1 when it copies
///   nothing (its value stays in the guarded value's place).
/// - side tables: `e` the entry (field and element accesses, sites, generic operations,
///   type assertions), `c` the slot of a field access, the mask of `modMask`, or the frame
///   index of a call's outgoing arguments.
struct ExecutableStep {
    /// What the step does; the executor dispatches on it with one jump table.
    enum Kind: UInt8 {
        case move, loadParameter, loadOsrValue
        case int32Add, int32Sub, int32Mul, float64Arith, float64Negate, int32Bitwise, uint32Shr, word32ToFloat64, modMask
        case numberCompare
        case branchLess, branchLessEqual, branchGreater, branchGreaterEqual, branchEqual, branchNotEqual
        case branch, jump
        case check, checkShape, checkBounds, checkElementsKind
        case checkedInt32Add, checkedInt32Sub, checkedInt32Mul
        case loadField, storeField, loadElement, storeElement, arrayLength, loadTypedElement, storeTypedElement
        /// Generic operations with a fast path in the executor (each falls back to, or has
        /// exactly, the generic operation's semantics).
        case call, checkCallTarget, loadGlobal, getNamed, numberBinary, toPropertyKey, logicalNot, loadContext, storeContext
        case referenceEqual, stringCharCodeAt, stringConcat, arrayPush
        case generic, deoptimize, ret, throwValue, assertType
        /// The sentinel after the last instruction (and the target of malformed jumps).
        case endOfCode
    }

    var kind: Kind
    var sub: UInt8 = 0
    var d: Int32 = 0
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
    var e: Int32 = 0
}

/// A field load or store's side-table entry: where it is (for memory-safety reports) and
/// the shapes it was compiled for (empty: any object with the slot).
final class FieldAccessInfo {
    let site: String
    let shapes: [Shape]
    init(site: String, shapes: [Shape]) {
        self.site = site
        self.shapes = shapes
    }
}

/// An element load or store's side-table entry: its site and the elements kinds it was
/// compiled for (empty: any array).
final class ElementAccessInfo {
    let site: String
    let kinds: [ElementsKind]
    init(site: String, kinds: [ElementsKind]) {
        self.site = site
        self.kinds = kinds
    }
}

/// A generic operation's side-table entry: the IR opcode evaluated with full JS semantics,
/// its destination and inputs as frame indices (`destination` -1: no value), the deopt point
/// taken when it cannot run (-1: none), the node (named in reports) and the code block its
/// node belongs to (an inlined callee's, for strictness and constant pools). Operations with
/// a fast path keep what it needs: the expected call target, the property name, the binary
/// operator, a context access's depth and slot, and the site's own inline cache (a named
/// load's `PropertyCache`; a global load's shape and slot). `arguments` is the array an evaluation's inputs are passed in,
/// reused from one run to the next: a run takes the array (a recursive run of the same site
/// finds none and allocates its own) and puts it back emptied of its values.
final class GenericOperationInfo {
    let opcode: Opcode
    let destination: Int32
    let inputs: [Int32]
    let deopt: Int
    let node: Int
    let code: CodeBlock
    let callTarget: JSObject?
    /// The address of `callTarget` (which this entry keeps alive).
    let callTargetAddress: UnsafeRawPointer?
    let name: JSString?
    let binaryOperator: BinaryOperator?
    /// A context load's or store's depth and slot (0 and -1 for other operations).
    let contextDepth: Int
    let contextSlot: Int
    let propertyCache = PropertyCache()
    var arguments: [JSValue]
    /// The global object's shape the cached `globalSlot` belongs to, and its address.
    var globalShape: Shape?
    var globalShapeAddress: UnsafeRawPointer?
    var globalSlot = 0

    init(opcode: Opcode, destination: Int32, inputs: [Int32], deopt: Int, node: Int, code: CodeBlock) {
        self.opcode = opcode
        self.destination = destination
        self.inputs = inputs
        self.deopt = deopt
        self.node = node
        self.code = code
        arguments = [JSValue](repeating: .undefined, count: inputs.count)
        callTarget = if case .checkCallTarget(let target) = opcode { target.object } else { nil }
        callTargetAddress = callTarget.map { UnsafeRawPointer(Unmanaged.passUnretained($0).toOpaque()) }
        name = switch opcode {
        case .jsGetNamed(let n), .jsLoadGlobal(let n): n
        default: nil
        }
        binaryOperator = if case .jsBinary(let op) = opcode { op } else { nil }
        (contextDepth, contextSlot) = switch opcode {
        case .jsLoadContext(let depth, let slot), .jsStoreContext(let depth, let slot): (depth, slot)
        default: (0, -1)
        }
    }
}

/// The operation codes kept in `ExecutableStep.sub`, both ways (a `switch` each way, so
/// decoding in the executor is a jump table, not an array lookup).
extension ExecutableStep {
    static func code(_ op: MachineInstruction.ArithOp) -> UInt8 {
        switch op {
        case .add: return 0
        case .sub: return 1
        case .mul: return 2
        case .div: return 3
        case .mod: return 4
        case .pow: return 5
        }
    }

    static func arithOp(_ sub: UInt8) -> MachineInstruction.ArithOp {
        switch sub {
        case 0: return .add
        case 1: return .sub
        case 2: return .mul
        case 3: return .div
        case 4: return .mod
        default: return .pow
        }
    }

    static func code(_ op: MachineInstruction.BitOp) -> UInt8 {
        switch op {
        case .and: return 0
        case .or: return 1
        case .xor: return 2
        case .shl: return 3
        case .sar: return 4
        }
    }

    static func bitOp(_ sub: UInt8) -> MachineInstruction.BitOp {
        switch sub {
        case 0: return .and
        case 1: return .or
        case 2: return .xor
        case 3: return .shl
        default: return .sar
        }
    }

    static func code(_ op: MachineInstruction.CompareOp) -> UInt8 {
        switch op {
        case .less: return 0
        case .lessEqual: return 1
        case .greater: return 2
        case .greaterEqual: return 3
        case .equal: return 4
        case .notEqual: return 5
        }
    }

    static func compareOp(_ sub: UInt8) -> MachineInstruction.CompareOp {
        switch sub {
        case 0: return .less
        case 1: return .lessEqual
        case 2: return .greater
        case 3: return .greaterEqual
        case 4: return .equal
        default: return .notEqual
        }
    }

    static func code(_ k: MachineInstruction.CheckKind) -> UInt8 {
        switch k {
        case .int32: return 0
        case .number: return 1
        case .string: return 2
        case .boolean: return 3
        case .notHole: return 4
        case .int32NoOverflow: return 5
        }
    }

    static func checkKind(_ sub: UInt8) -> MachineInstruction.CheckKind {
        switch sub {
        case 0: return .int32
        case 1: return .number
        case 2: return .string
        case 3: return .boolean
        case 4: return .notHole
        default: return .int32NoOverflow
        }
    }
}
