import JSEngine

/// Which registers a bytecode instruction reads and writes, and where control goes after
/// it: what the graph builder (and any liveness analysis) needs to know about bytecode
/// without executing it.
struct BytecodeOperands {
    var reads: [Reg] = []
    var writes: [Reg] = []
    /// Jump target, if the instruction can jump.
    var target: Int32?
    /// Whether execution can continue with the next instruction.
    var fallsThrough = true

    init(_ i: Instruction) {
        switch i {
        case .loadUndefined(let d), .loadNull(let d), .loadTrue(let d), .loadFalse(let d), .loadHole(let d),
             .loadNumber(let d, _), .loadString(let d, _), .loadCallee(let d), .loadHomeObject(let d),
             .loadGlobalObject(let d), .loadContext(let d, _, _), .loadContextChecked(let d, _, _, _),
             .loadGlobal(let d, _, _), .typeofGlobal(let d, _), .loadGlobalLexical(let d, _, _),
             .createClosure(let d, _), .createObject(let d), .createArray(let d, _), .createArguments(let d),
             .createRest(let d, _):
            writes = [d]
        case .move(let d, let s), .negate(let d, let s, _), .bitNot(let d, let s, _), .increment(let d, let s, _),
             .decrement(let d, let s, _), .toNumber(let d, let s), .toNumeric(let d, let s), .toPropertyKey(let d, let s),
             .toStringForConcat(let d, let s), .not(let d, let s), .typeOf(let d, let s),
             .getNamed(let d, let s, _, _), .forInPrepare(let d, let s), .getIterator(let d, let s):
            reads = [s]; writes = [d]
        case .checkHole(let r, _): reads = [r]
        case .storeContext(_, _, let s), .storeContextChecked(_, _, let s, _), .storeGlobal(_, let s, _),
             .storeGlobalLexical(_, let s, _, _), .defineGlobalFunction(_, let s):
            reads = [s]
        case .pushContext, .popContext, .cloneContext, .throwConstAssignment, .defineGlobalVar, .nop, .debugger,
             .throwReferenceError, .throwTypeError, .throwReferenceErrorMessage, .throwSuperNotCalled, .loopHint:
            break
        case .setNamed(let o, _, let s, _), .defineNamed(let o, _, let s), .arrayPush(let o, let s),
             .arraySpread(let o, let s), .copyDataProperties(let o, let s):
            reads = [o, s]
        case .arrayPushHole(let a): reads = [a]
        case .getKeyed(let d, let o, let k, _), .deleteKeyed(let d, let o, let k), .hasProperty(let d, let k, let o),
             .instanceOf(let d, let o, let k, _), .objectRest(let d, let o, let k):
            reads = [o, k]; writes = [d]
        case .setKeyed(let o, let k, let s, _), .defineKeyed(let o, let k, let s), .defineMethod(let o, let k, let s, _),
             .defineGetter(let o, let k, let s, _), .defineSetter(let o, let k, let s, _):
            reads = [o, k, s]
        case .superGet(let d, let h, let t, let k): reads = [h, t, k]; writes = [d]
        case .superSet(let h, let t, let k, let v): reads = [h, t, k, v]
        case .requireObjectCoercible(let o, let k): reads = [o, k]
        case .add(let d, let a, let b, _), .sub(let d, let a, let b, _), .mul(let d, let a, let b, _),
             .div(let d, let a, let b, _), .mod(let d, let a, let b, _), .exp(let d, let a, let b, _),
             .shl(let d, let a, let b, _), .sar(let d, let a, let b, _), .shr(let d, let a, let b, _),
             .bitAnd(let d, let a, let b, _), .bitOr(let d, let a, let b, _), .bitXor(let d, let a, let b, _),
             .equal(let d, let a, let b, _), .notEqual(let d, let a, let b, _), .strictEqual(let d, let a, let b, _),
             .strictNotEqual(let d, let a, let b, _), .less(let d, let a, let b, _), .greater(let d, let a, let b, _),
             .lessEqual(let d, let a, let b, _), .greaterEqual(let d, let a, let b, _):
            reads = [a, b]; writes = [d]
        case .jump(let t): target = t; fallsThrough = false
        case .jumpIfTrue(let r, let t), .jumpIfFalse(let r, let t), .jumpIfNullish(let r, let t),
             .jumpIfNotNullish(let r, let t), .jumpIfUndefined(let r, let t), .jumpIfNotUndefined(let r, let t):
            reads = [r]; target = t
        case .jumpIfStrictEqual(let a, let b, let t), .jumpUnlessCompare(_, let a, let b, let t, _):
            reads = [a, b]; target = t
        case .return(let r), .throw(let r): reads = [r]; fallsThrough = false
        case .call(let d, let c, let t, let a, let n, _):
            reads = [c, t] + (0..<n).map { a + $0 }; writes = [d]
        case .callSpread(let d, let c, let t, let arr, _): reads = [c, t, arr]; writes = [d]
        case .construct(let d, let c, let a, let n, _): reads = [c] + (0..<n).map { a + $0 }; writes = [d]
        case .constructSpread(let d, let c, let arr, _): reads = [c, arr]; writes = [d]
        case .superCall(let d, let a, let n): reads = [0] + (0..<n).map { a + $0 }; writes = [d, 0]
        case .superCallSpread(let d, let arr): reads = [0, arr]; writes = [d, 0]
        case .natives(let d, _, let a, let n): reads = (0..<n).map { a + $0 }; writes = [d]
        case .createClass(let d, let p, _, let h): reads = h >= 0 ? [h] : []; writes = [d, p]
        case .forInNext(let d, let it, let t), .iteratorNext(let d, let it, let t):
            reads = [it]; writes = [d]; target = t
        }
    }
}
