import JSEngine

/// What an IR node computes. Opcodes fall into groups:
/// - values and control (`parameter`, `constant`, `phi`, `goto`, `branch`, `return`),
/// - generic JS operations with full JS semantics (may call user code: effectful),
/// - speculation guards (`check*`) that deoptimize when their assumption fails,
/// - typed, side-effect-free machine-level operations produced by lowering,
/// - memory accesses that assume a guard already ran (`load*`/`store*`).
public enum Opcode: CustomStringConvertible {
    // Values
    case parameter(Int)            // 0 = this, 1... = arguments
    case constant(JSValue)
    case phi
    /// Merges effect chains at a control-flow join (inputs: one effect per predecessor).
    case effectPhi
    /// The effect chain's start on function entry.
    case start
    case context                   // the function's closure context on entry
    case osrValue(Int)             // an interpreter register at on-stack replacement

    // Control
    case goto
    case branch                    // input 0: condition (truthy test)
    case `return`                  // input 0: value
    case deoptimize(String)        // unconditional deopt with a reason
    case `throw`                   // input 0: value

    // Generic JS (effectful: may run valueOf/toString/getters)
    case jsBinary(BinaryOperator)
    case jsNegate, jsBitNot, jsToNumber, jsNot, jsTypeOf, jsIncrement, jsDecrement
    case jsGetNamed(JSString), jsSetNamed(JSString)
    case jsGetKeyed, jsSetKeyed
    case jsLoadGlobal(JSString), jsStoreGlobal(JSString)
    case jsCall(argc: Int)          // inputs: callee, this, args...
    case jsConstruct(argc: Int)     // inputs: callee, args...
    case jsCreateObject, jsCreateArray
    case jsLoadContext(depth: Int, slot: Int), jsStoreContext(depth: Int, slot: Int)
    /// Any bytecode the graph builder does not model: the interpreter's semantics, run generically.
    case jsGeneric(Instruction)
    /// `a + b` speculated to add numbers (V8's SpeculativeNumberAdd): pure, deoptimizes
    /// when an operand is not of the hinted kind; typed lowering guards its operands and
    /// turns it into an int32 or float64 addition.
    case speculativeNumberAdd(NumberHint)

    // Speculation guards: pass the value through or deoptimize.
    case checkInt32, checkNumber, checkString, checkBoolean, checkNotHole
    /// Passes an object or function through (V8's CheckReceiver); with `orNullish`, null and
    /// undefined too (V8's CheckReceiverOrNullOrUndefined).
    case checkReceiver(orNullish: Bool)
    /// Passes a typed array of the kind through (a typed array's kind never changes: pure).
    case checkTypedArray(TypedArrayKind)
    case checkShape([ShapeRef])
    case checkElementsKind([ElementsKind])
    case checkBounds                 // inputs: index, length
    case checkCallTarget(ObjectRef)
    case checkInt32NoOverflow        // an int32 operation's result is still int32
    /// Passes a JS array through when no object on its prototype chain has indexed
    /// properties (V8's NoElementsProtector), so a hole in it reads as undefined.
    case checkNoPrototypeElements

    // Typed operations (pure)
    case int32Add, int32Sub, int32Mul, int32Div, int32Mod
    case int32BitAnd, int32BitOr, int32BitXor, int32Shl, int32Sar, uint32Shr
    case float64Add, float64Sub, float64Mul, float64Div, float64Mod, float64Pow, float64Negate
    case numberLessThan, numberLessThanOrEqual, numberEqual, sameValue
    case stringConcat, stringEqual
    /// `===` by identity (V8's ReferenceEqual): valid when one operand is an object, a
    /// function, null, undefined or a boolean, whose strict equality is identity.
    case referenceEqual
    case changeInt32ToFloat64, changeUint32ToFloat64, truncateFloat64ToInt32
    case booleanNot
    case mathCall(String)             // Math.* on float64 inputs
    /// Inlined string builtins (strings are immutable: pure). charCodeAt inputs: string, index;
    /// indexOf / lastIndexOf inputs: string, needle string.
    case stringCharCodeAt, stringIndexOf(last: Bool)
    /// Inlined array builtins on a checked JS array: push (inputs: array, value; result: the
    /// new length), pop (input: array), includes / indexOf (inputs: array, value).
    case arrayPush, arrayPop, arraySearch(includes: Bool)

    // Memory (checked before by a guard)
    case loadField(slot: Int), storeField(slot: Int)
    case loadElement, storeElement       // inputs: array, index (, value)
    case arrayLength
    /// The slots of a JS array's dense element storage, holes included (0 when the storage is
    /// sparse, or the array is not extensible or is a prototype, where filling a hole is more
    /// than a store): the bound of a store into a holey array, which may fill a hole.
    case elementsCapacity
    case loadTypedElement(TypedArrayKind), storeTypedElement(TypedArrayKind)
    case typedArrayLength
    /// A new object of the shape, its slots initialized from the inputs (missing ones
    /// undefined): the graph builder's object literals (no inputs, then `storeField`s), and a
    /// materialization of a virtual object at a program point (its field values as inputs).
    case allocateObject(ShapeRef)
    /// Describes, for frame states only, an object that does not exist in optimized code (an
    /// object literal under construction, or an allocation escape analysis removed): its shape
    /// and one input per field. Deoptimization materializes it; `object` identifies it, so
    /// every register (and field) describing the same object gets one materialized object.
    /// Produces no value and emits no code.
    case objectState(ShapeRef, object: Int)

    /// A short name for printing (`Int32Add`, `CheckShape`, ...).
    public var description: String {
        switch self {
        case .parameter(let i): return "Parameter[\(i)]"
        case .constant(let v): return "Constant[\(Opcode.describe(v))]"
        case .osrValue(let i): return "OsrValue[r\(i)]"
        case .deoptimize(let r): return "Deoptimize[\(r)]"
        case .jsBinary(let op): return "JS[\(op.rawValue)]"
        case .speculativeNumberAdd(let hint): return "SpeculativeNumberAdd[\(hint.rawValue)]"
        case .jsGetNamed(let n): return "JSGetNamed[\(n.string)]"
        case .jsSetNamed(let n): return "JSSetNamed[\(n.string)]"
        case .jsLoadGlobal(let n): return "JSLoadGlobal[\(n.string)]"
        case .jsStoreGlobal(let n): return "JSStoreGlobal[\(n.string)]"
        case .jsCall(let n): return "JSCall[\(n)]"
        case .jsConstruct(let n): return "JSConstruct[\(n)]"
        case .jsLoadContext(let d, let s): return "JSLoadContext[\(d),\(s)]"
        case .jsStoreContext(let d, let s): return "JSStoreContext[\(d),\(s)]"
        case .jsGeneric(let i): return "JSGeneric[\(Opcode.instructionName(i))]"
        case .checkShape(let s): return "CheckShape[\(s.map { "#\($0.shape.id)" }.joined(separator: ","))]"
        case .checkElementsKind(let k): return "CheckElementsKind[\(k.map(\.description).joined(separator: ","))]"
        case .checkCallTarget(let o): return "CheckCallTarget[\(o.name)]"
        case .loadField(let s): return "LoadField[\(s)]"
        case .storeField(let s): return "StoreField[\(s)]"
        case .loadTypedElement(let k): return "LoadTypedElement[\(k)]"
        case .storeTypedElement(let k): return "StoreTypedElement[\(k)]"
        case .mathCall(let n): return "Math[\(n)]"
        case .stringIndexOf(let last): return last ? "StringLastIndexOf" : "StringIndexOf"
        case .arraySearch(let includes): return includes ? "ArrayIncludes" : "ArrayIndexOf"
        case .allocateObject(let s): return "AllocateObject[#\(s.shape.id)]"
        case .objectState(let s, let o): return "ObjectState[#\(s.shape.id),o\(o)]"
        case .phi: return "Phi"
        case .effectPhi: return "EffectPhi"
        case .start: return "Start"
        case .context: return "Context"
        case .goto: return "Goto"
        case .branch: return "Branch"
        case .`return`: return "Return"
        case .`throw`: return "Throw"
        case .jsNegate: return "JSNegate"
        case .jsBitNot: return "JSBitNot"
        case .jsToNumber: return "JSToNumber"
        case .jsNot: return "JSNot"
        case .jsTypeOf: return "JSTypeOf"
        case .jsIncrement: return "JSIncrement"
        case .jsDecrement: return "JSDecrement"
        case .jsGetKeyed: return "JSGetKeyed"
        case .jsSetKeyed: return "JSSetKeyed"
        case .jsCreateObject: return "JSCreateObject"
        case .jsCreateArray: return "JSCreateArray"
        case .checkInt32: return "CheckInt32"
        case .checkNumber: return "CheckNumber"
        case .checkString: return "CheckString"
        case .checkBoolean: return "CheckBoolean"
        case .checkNotHole: return "CheckNotHole"
        case .checkReceiver(let orNullish): return orNullish ? "CheckReceiverOrNullOrUndefined" : "CheckReceiver"
        case .checkTypedArray(let k): return "CheckTypedArray[\(k)]"
        case .checkBounds: return "CheckBounds"
        case .checkInt32NoOverflow: return "CheckInt32NoOverflow"
        case .checkNoPrototypeElements: return "CheckNoPrototypeElements"
        case .int32Add: return "Int32Add"
        case .int32Sub: return "Int32Sub"
        case .int32Mul: return "Int32Mul"
        case .int32Div: return "Int32Div"
        case .int32Mod: return "Int32Mod"
        case .int32BitAnd: return "Int32BitAnd"
        case .int32BitOr: return "Int32BitOr"
        case .int32BitXor: return "Int32BitXor"
        case .int32Shl: return "Int32Shl"
        case .int32Sar: return "Int32Sar"
        case .uint32Shr: return "Uint32Shr"
        case .float64Add: return "Float64Add"
        case .float64Sub: return "Float64Sub"
        case .float64Mul: return "Float64Mul"
        case .float64Div: return "Float64Div"
        case .float64Mod: return "Float64Mod"
        case .float64Pow: return "Float64Pow"
        case .float64Negate: return "Float64Negate"
        case .numberLessThan: return "NumberLessThan"
        case .numberLessThanOrEqual: return "NumberLessThanOrEqual"
        case .numberEqual: return "NumberEqual"
        case .sameValue: return "SameValue"
        case .stringConcat: return "StringConcat"
        case .stringEqual: return "StringEqual"
        case .referenceEqual: return "ReferenceEqual"
        case .changeInt32ToFloat64: return "ChangeInt32ToFloat64"
        case .changeUint32ToFloat64: return "ChangeUint32ToFloat64"
        case .truncateFloat64ToInt32: return "TruncateFloat64ToInt32"
        case .booleanNot: return "BooleanNot"
        case .stringCharCodeAt: return "StringCharCodeAt"
        case .arrayPush: return "ArrayPush"
        case .arrayPop: return "ArrayPop"
        case .loadElement: return "LoadElement"
        case .storeElement: return "StoreElement"
        case .arrayLength: return "ArrayLength"
        case .elementsCapacity: return "ElementsCapacity"
        case .typedArrayLength: return "TypedArrayLength"
        }
    }

    /// Whether the operation reads or writes memory or may call user code (must stay on the effect chain).
    public var isEffectful: Bool {
        switch self {
        case .jsBinary, .jsNegate, .jsBitNot, .jsToNumber, .jsIncrement, .jsDecrement, .jsGetNamed, .jsSetNamed,
             .jsGetKeyed, .jsSetKeyed, .jsLoadGlobal, .jsStoreGlobal, .jsCall, .jsConstruct, .jsCreateObject,
             .jsCreateArray, .jsLoadContext, .jsStoreContext, .jsGeneric, .loadField, .storeField, .loadElement,
             .storeElement, .loadTypedElement, .storeTypedElement, .allocateObject, .arrayLength, .elementsCapacity, .typedArrayLength,
             .arrayPush, .arrayPop, .arraySearch:
            return true
        case .checkShape, .checkElementsKind, .checkNoPrototypeElements:
            return true   // they read an object's map (or its prototypes')
        default:
            return false
        }
    }

    /// Whether the node can deoptimize (and therefore carries a frame state).
    public var canDeoptimize: Bool {
        switch self {
        case .checkInt32, .checkNumber, .checkString, .checkBoolean, .checkNotHole, .checkReceiver, .checkTypedArray,
             .checkShape, .checkElementsKind, .checkBounds, .checkCallTarget, .checkInt32NoOverflow,
             .checkNoPrototypeElements, .speculativeNumberAdd, .deoptimize:
            return true
        default:
            return false
        }
    }

    /// Whether the node ends a block.
    public var isTerminator: Bool {
        switch self {
        case .goto, .branch, .return, .deoptimize, .throw: return true
        default: return false
        }
    }

    static func describe(_ v: JSValue) -> String {
        switch v {
        case .number(let d): return d == 0 && d.sign == .minus ? "-0" : NumberConversion.numberToString(d)
        case .string(let s): return "\"\(s.string)\""
        case .bool(let b): return b ? "true" : "false"
        case .undefined: return "undefined"
        case .null: return "null"
        case .hole: return "hole"
        case .object(let o):
            if let f = o as? JSFunction { return "function \(f.debugName)" }
            return "object"
        }
    }

    static func instructionName(_ i: Instruction) -> String {
        let text = "\(i)"
        return String(text.prefix { $0 != "(" })
    }
}

/// What a speculative number operation assumes of its operands, from its feedback.
public enum NumberHint: String, Equatable, Sendable {
    /// int32 values (V8's SignedSmall).
    case int32
    /// Any numbers.
    case number
}

/// A shape referenced from the IR (by identity; printed by its id).
public struct ShapeRef: Equatable {
    public let shape: Shape
    public init(_ s: Shape) { shape = s }
    public static func == (a: ShapeRef, b: ShapeRef) -> Bool { a.shape === b.shape }
}

/// An object referenced from the IR (call targets), compared by identity.
public struct ObjectRef: Equatable {
    public let object: JSObject
    public init(_ o: JSObject) { object = o }
    public var name: String { (object as? JSFunction)?.debugName ?? "object" }
    public static func == (a: ObjectRef, b: ObjectRef) -> Bool { a.object === b.object }
}
