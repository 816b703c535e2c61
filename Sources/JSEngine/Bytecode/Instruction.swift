/// A register index within a frame. Register 0 holds `this`; registers 1...n the parameters.
public typealias Reg = Int32

/// One bytecode instruction of the register machine the interpreter executes.
///
/// Operands are frame registers (`Reg`), indices into the code block's constant pools
/// (`name`: string constants, `function`: nested code blocks) and feedback-slot indices
/// (`fb`). Jump targets are instruction indices. See docs/ARCHITECTURE.md for the design.
public enum Instruction {
    // Constants and moves
    case loadUndefined(Reg), loadNull(Reg), loadTrue(Reg), loadFalse(Reg), loadHole(Reg)
    case loadNumber(Reg, Double)
    case loadString(Reg, name: Int32)
    case move(Reg, Reg)
    case loadCallee(Reg)

    // Variables
    case checkHole(Reg, name: Int32)
    case loadContext(Reg, depth: Int32, slot: Int32)
    case loadContextChecked(Reg, depth: Int32, slot: Int32, name: Int32)
    case storeContext(depth: Int32, slot: Int32, Reg)
    case storeContextChecked(depth: Int32, slot: Int32, Reg, name: Int32)
    case pushContext(slots: Int32)
    case popContext
    case cloneContext
    case loadGlobal(Reg, name: Int32, fb: Int32)
    case typeofGlobal(Reg, name: Int32)
    case storeGlobal(name: Int32, Reg, fb: Int32)
    case loadGlobalLexical(Reg, slot: Int32, name: Int32)
    case storeGlobalLexical(slot: Int32, Reg, name: Int32, initialize: Bool)
    case throwConstAssignment(name: Int32)

    // Properties
    case getNamed(Reg, object: Reg, name: Int32, fb: Int32)
    case setNamed(object: Reg, name: Int32, Reg, fb: Int32)
    case getKeyed(Reg, object: Reg, key: Reg, fb: Int32)
    case setKeyed(object: Reg, key: Reg, Reg, fb: Int32)
    case deleteKeyed(Reg, object: Reg, key: Reg)
    case defineKeyed(object: Reg, key: Reg, Reg)
    case defineNamed(object: Reg, name: Int32, Reg)
    case defineMethod(object: Reg, key: Reg, Reg, enumerable: Bool)
    case defineGetter(object: Reg, key: Reg, Reg, enumerable: Bool)
    case defineSetter(object: Reg, key: Reg, Reg, enumerable: Bool)
    case copyDataProperties(target: Reg, source: Reg)
    case objectRest(Reg, source: Reg, excluded: Reg)
    case superGet(Reg, home: Reg, this: Reg, key: Reg)
    case superSet(home: Reg, this: Reg, key: Reg, Reg)
    /// Throws V8's "Cannot read properties of null" TypeError when the object is null or undefined
    /// (before a computed key is converted, as the spec orders it).
    case requireObjectCoercible(Reg, key: Reg)
    case loadHomeObject(Reg)
    case loadGlobalObject(Reg)
    case defineGlobalVar(name: Int32)
    case defineGlobalFunction(name: Int32, Reg)
    case hasProperty(Reg, key: Reg, object: Reg)
    case instanceOf(Reg, Reg, Reg, fb: Int32)

    // Operators
    case add(Reg, Reg, Reg, fb: Int32), sub(Reg, Reg, Reg, fb: Int32)
    case mul(Reg, Reg, Reg, fb: Int32), div(Reg, Reg, Reg, fb: Int32)
    case mod(Reg, Reg, Reg, fb: Int32), exp(Reg, Reg, Reg, fb: Int32)
    case shl(Reg, Reg, Reg, fb: Int32), sar(Reg, Reg, Reg, fb: Int32), shr(Reg, Reg, Reg, fb: Int32)
    case bitAnd(Reg, Reg, Reg, fb: Int32), bitOr(Reg, Reg, Reg, fb: Int32), bitXor(Reg, Reg, Reg, fb: Int32)
    case equal(Reg, Reg, Reg, fb: Int32), notEqual(Reg, Reg, Reg, fb: Int32)
    case strictEqual(Reg, Reg, Reg, fb: Int32), strictNotEqual(Reg, Reg, Reg, fb: Int32)
    case less(Reg, Reg, Reg, fb: Int32), greater(Reg, Reg, Reg, fb: Int32)
    case lessEqual(Reg, Reg, Reg, fb: Int32), greaterEqual(Reg, Reg, Reg, fb: Int32)
    case negate(Reg, Reg, fb: Int32), bitNot(Reg, Reg, fb: Int32)
    case increment(Reg, Reg, fb: Int32), decrement(Reg, Reg, fb: Int32)
    case toNumber(Reg, Reg), toNumeric(Reg, Reg)
    case toPropertyKey(Reg, Reg)
    case toStringForConcat(Reg, Reg)
    case not(Reg, Reg)
    case typeOf(Reg, Reg)

    // Control flow
    case jump(Int32)
    case jumpIfTrue(Reg, Int32), jumpIfFalse(Reg, Int32)
    case jumpIfNullish(Reg, Int32), jumpIfNotNullish(Reg, Int32)
    case jumpIfUndefined(Reg, Int32), jumpIfNotUndefined(Reg, Int32)
    case jumpIfStrictEqual(Reg, Reg, Int32)
    /// Compare-and-branch: jumps when `a op b` is false (a loop or `if` test in one dispatch).
    case jumpUnlessCompare(CompareKind, Reg, Reg, Int32, fb: Int32)
    /// A loop's back edge: counts it for tier-up and on-stack replacement. Always directly
    /// followed by the loop's backward `jump` to its header (where OSR code is entered).
    case loopHint(fb: Int32)
    case `return`(Reg)
    case `throw`(Reg)
    case throwReferenceError(name: Int32)
    case throwTypeError(message: Int32)
    case throwReferenceErrorMessage(message: Int32)
    case throwSuperNotCalled

    // Calls
    case call(Reg, callee: Reg, this: Reg, args: Reg, argc: Int32, fb: Int32)
    case callSpread(Reg, callee: Reg, this: Reg, array: Reg, fb: Int32)
    case construct(Reg, callee: Reg, args: Reg, argc: Int32, fb: Int32)
    case constructSpread(Reg, callee: Reg, array: Reg, fb: Int32)
    case superCall(Reg, args: Reg, argc: Int32)
    case superCallSpread(Reg, array: Reg)
    case natives(Reg, id: Int32, args: Reg, argc: Int32)

    // Allocation
    case createClosure(Reg, function: Int32)
    case createClass(Reg, prototype: Reg, function: Int32, heritage: Reg)
    case createObject(Reg)
    case createArray(Reg, capacity: Int32)
    case arrayPush(array: Reg, Reg)
    case arrayPushHole(array: Reg)
    case arraySpread(array: Reg, iterable: Reg)
    case createArguments(Reg)
    case createRest(Reg, from: Int32)

    // Iteration
    case forInPrepare(Reg, object: Reg)
    case forInNext(Reg, iterator: Reg, exit: Int32)
    case getIterator(Reg, iterable: Reg)
    case iteratorNext(Reg, iterator: Reg, exit: Int32)

    case nop
    case debugger
}

/// A `try` region: exceptions thrown by instructions in `start..<end` jump to `handler`
/// with the exception in `register`, after unwinding the context chain to `contextDepth`.
public struct ExceptionHandler {
    public var start: Int32
    public var end: Int32
    public var handler: Int32
    public var register: Reg
    public var contextDepth: Int32
}

/// The comparison of a fused compare-and-branch instruction.
public enum CompareKind: UInt8, Sendable {
    case less, greater, lessEqual, greaterEqual, equal, notEqual, strictEqual, strictNotEqual
}
