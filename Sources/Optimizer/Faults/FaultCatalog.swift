import JSEngine

/// The injectable faults: believable logic errors inside the optimizer's phases, each
/// modelled on a class of real JIT bugs. They are the ground truth the localizer and the
/// fuzzer are measured on. Off unless named with `--inject ID[,ID...]`; with none
/// injected the optimizer is correct. A fault never looks at the program's text, names
/// or constants: it changes one decision of its phase's general algorithm, so it
/// misbehaves on every program that reaches that decision.
public enum FaultID: String, CaseIterable, Sendable {
    case inliningSkipTargetCheck = "inlining.skip-target-check"
    case inliningMissingArgsNotUndefined = "inlining.missing-args-not-undefined"
    case inliningIncludesIgnoresPrototype = "inlining.includes-ignores-prototype"
    case typerExpm1NotMinusZero = "typer.expm1-not-minus-zero"
    case typerIndexOfRangeOffByOne = "typer.indexof-range-off-by-one"
    case typerAndMaskRange = "typer.and-mask-range"
    case typerMinMaxIgnoresMinusZero = "typer.minmax-ignores-minus-zero"
    case typedLoweringAddChecksOneSide = "typed-lowering.add-checks-one-side"
    case typedLoweringUshrAsIdentity = "typed-lowering.ushr-as-identity"
    case typedLoweringSubOverflowCompare = "typed-lowering.sub-overflow-compare"
    case constantFoldingMulZero = "constant-folding.mul-zero"
    case constantFoldingShiftCountUnmasked = "constant-folding.shift-count-unmasked"
    case constantFoldingSelfCompareNaN = "constant-folding.self-compare-nan"
    case gvnSubCommutative = "gvn.sub-commutative"
    case gvnLoadIgnoresEffects = "gvn.load-ignores-effects"
    case loadEliminationCallDoesNotKill = "load-elimination.call-does-not-kill"
    case loadEliminationElementAliasByNode = "load-elimination.element-alias-by-node"
    case loadEliminationLengthSurvivesPush = "load-elimination.length-survives-push"
    case checkEliminationShapeCheckAcrossCall = "check-elimination.shape-check-across-call"
    case checkEliminationElementsKindAfterStore = "check-elimination.elements-kind-after-store"
    case bceInclusiveLoopBound = "bounds-check-elimination.inclusive-loop-bound"
    case bceIgnoresLowerBound = "bounds-check-elimination.ignores-lower-bound"
    case escapeAnalysisStoreToEscapingObject = "escape-analysis.store-to-escaping-object"
    case escapeAnalysisDeoptMaterializesInitialValues = "escape-analysis.deopt-materializes-initial-values"
    case licmHoistsLoadOverLoopStore = "licm.hoists-load-over-loop-store"
    case licmHoistsLoadAboveItsCheck = "licm.hoists-load-above-its-check"
    case loopPeelingPeeledIterationSkipsCondition = "loop-peeling.peeled-iteration-skips-condition"
    case dceDropsUnusedCall = "dead-code-elimination.drops-unused-call"
    case dceDropsUnusedGetterLoad = "dead-code-elimination.drops-unused-getter-load"
    case schedulingIgnoresEffectOrder = "scheduling.ignores-effect-order"
    case registerAllocationSpillSlotReuse = "register-allocation.spill-slot-reuse"
    case instructionSelectionUint32ToFloat64Signed = "instruction-selection.uint32-to-float64-signed"
    case instructionSelectionPow2ModIgnoresSign = "instruction-selection.pow2-mod-ignores-sign"

    /// The phase the fault lives in (the part of the id before the dot).
    public var phase: String { String(rawValue.prefix { $0 != "." }) }
}

/// One catalog entry: the fault, its phase, what the faulty code does, and the real-world
/// bug class it mirrors.
public struct Fault: Sendable {
    public let id: FaultID
    public let summary: String
    public let analog: String
    public var phase: String { id.phase }
}

/// The catalog, in pipeline order of the phases.
public enum FaultCatalog {
    public static let all: [Fault] = [
        Fault(id: .inliningSkipTargetCheck,
              summary: "inlines a monomorphic call target without keeping the check that the callee is still that function",
              analog: "missing code dependency: optimized code keeps running an inlined callee after the binding changed"),
        Fault(id: .inliningMissingArgsNotUndefined,
              summary: "binds parameters the call does not pass to the last passed argument instead of undefined",
              analog: "argument-count adaptation errors in inlined frames"),
        Fault(id: .inliningIncludesIgnoresPrototype,
              summary: "the inlined Array.prototype.includes / indexOf reads a hole as undefined without consulting the prototype chain",
              analog: "V8 issue 8056 (holes and prototype elements in inlined builtins)"),
        Fault(id: .typerExpm1NotMinusZero,
              summary: "types Math.expm1 as never returning -0",
              analog: "the 2018 V8 Math.expm1 -0 typer bug (35C3 CTF krautflare)"),
        Fault(id: .typerIndexOfRangeOffByOne,
              summary: "types String.prototype.indexOf / lastIndexOf with an upper bound one too low",
              analog: "off-by-one result range of a builtin in the typer, turned into an out-of-bounds access by bounds-check elimination"),
        Fault(id: .typerAndMaskRange,
              summary: "types x & m as [0, m] (or [m, 0]) without checking the sign of the constant mask",
              analog: "range-analysis errors on bitwise operators (sign of a mask ignored)"),
        Fault(id: .typerMinMaxIgnoresMinusZero,
              summary: "types Math.max / Math.min as never returning -0 when an operand's range includes 0",
              analog: "Chromium bug 1072171"),
        Fault(id: .typedLoweringAddChecksOneSide,
              summary: "lowers a + b with number feedback guarding only the left operand",
              analog: "a missing speculation guard: type confusion on the unchecked operand"),
        Fault(id: .typedLoweringUshrAsIdentity,
              summary: "lowers x >>> 0 to x when x is speculated int32, dropping the unsigned conversion",
              analog: "signed/unsigned confusion when lowering the unsigned shift (the class of CVE-2021-21220)"),
        Fault(id: .typedLoweringSubOverflowCompare,
              summary: "lowers an int32 subtraction used only by a comparison to a wrapping subtraction without overflow check",
              analog: "V8 issue 5129 (truncation of a subtraction feeding a comparison)"),
        Fault(id: .constantFoldingMulZero,
              summary: "folds x * 0 and 0 * x to +0 for any number x",
              analog: "algebraic simplification ignoring -0, NaN and Infinity"),
        Fault(id: .constantFoldingShiftCountUnmasked,
              summary: "folds constant shifts without masking the count by 31",
              analog: "constant folder disagreeing with the machine about shift counts"),
        Fault(id: .constantFoldingSelfCompareNaN,
              summary: "folds x !== x to false and x === x to true for number-typed x, ignoring NaN",
              analog: "self-comparison folding that forgets NaN"),
        Fault(id: .gvnSubCommutative,
              summary: "value-numbers subtraction, division and modulus as commutative",
              analog: "wrong congruence (commutativity) in value numbering"),
        Fault(id: .gvnLoadIgnoresEffects,
              summary: "value-numbers field loads as pure, merging loads across stores and calls",
              analog: "loads value-numbered without their memory dependences"),
        Fault(id: .loadEliminationCallDoesNotKill,
              summary: "treats calls to non-inlined functions as not writing memory",
              analog: "a call's side effects not modelled (the class of CVE-2020-6418)"),
        Fault(id: .loadEliminationElementAliasByNode,
              summary: "a store a[i] = v invalidates only cached loads whose index is the same IR node",
              analog: "element aliasing decided by syntactic index equality"),
        Fault(id: .loadEliminationLengthSurvivesPush,
              summary: "a cached array length survives push and pop",
              analog: "stale array length after a resizing operation"),
        Fault(id: .checkEliminationShapeCheckAcrossCall,
              summary: "removes a shape check dominated by an identical one although a call between them may change the shape",
              analog: "redundant map-check elimination across a side effect"),
        Fault(id: .checkEliminationElementsKindAfterStore,
              summary: "removes an elements-kind check although a transitioning store between them may change the kind",
              analog: "elements-kind transitions not invalidating kind checks"),
        Fault(id: .bceInclusiveLoopBound,
              summary: "treats a loop guarded by i <= a.length like i < a.length and removes the bounds check",
              analog: "off-by-one bounds-check elimination on an inclusive loop bound"),
        Fault(id: .bceIgnoresLowerBound,
              summary: "removes a bounds check from i < a.length alone without proving i >= 0",
              analog: "bounds-check elimination without a lower-bound proof"),
        Fault(id: .escapeAnalysisStoreToEscapingObject,
              summary: "treats an allocation stored into an escaping object as not escaping and scalar-replaces it",
              analog: "escape analysis missing an escape through a store into another object"),
        Fault(id: .escapeAnalysisDeoptMaterializesInitialValues,
              summary: "on deoptimization, materializes a scalar-replaced object with its allocation-time field values",
              analog: "wrong field values in objects materialized on deoptimization"),
        Fault(id: .licmHoistsLoadOverLoopStore,
              summary: "hoists a field load out of a loop ignoring stores to that field inside the loop",
              analog: "loop-invariant code motion ignoring aliasing stores in the loop"),
        Fault(id: .licmHoistsLoadAboveItsCheck,
              summary: "hoists an invariant load out of a loop while its guarding check stays in the loop",
              analog: "a load hoisted above the check that guards it"),
        Fault(id: .loopPeelingPeeledIterationSkipsCondition,
              summary: "the peeled first iteration omits the loop condition",
              analog: "control-flow errors in loop transformations"),
        Fault(id: .dceDropsUnusedCall,
              summary: "removes calls whose result is unused, as if every call were pure",
              analog: "dead-code elimination blind to side effects"),
        Fault(id: .dceDropsUnusedGetterLoad,
              summary: "removes an unused property load even when it may invoke a getter",
              analog: "property loads assumed side-effect free although they may run a getter"),
        Fault(id: .schedulingIgnoresEffectOrder,
              summary: "places a load at its earliest position by value inputs, ignoring its effect input",
              analog: "a scheduler ignoring memory dependences"),
        Fault(id: .registerAllocationSpillSlotReuse,
              summary: "frees a spill slot at the first reload instead of at the end of the value's live range",
              analog: "spill-slot sharing with an overlapping live range in linear-scan allocation"),
        Fault(id: .instructionSelectionUint32ToFloat64Signed,
              summary: "converts a uint32 value to float64 with the signed conversion",
              analog: "CVE-2021-21220 (sign extension in instruction selection)"),
        Fault(id: .instructionSelectionPow2ModIgnoresSign,
              summary: "selects x & (m-1) for x % m with a power-of-two constant m without proving x >= 0",
              analog: "strength reduction of modulus that ignores the dividend's sign"),
    ]

    /// Faults listed but not built into their phase yet (`--inject` of one changes nothing;
    /// `jitloc faults` marks them). Empty once the catalog is complete.
    public static let pending: Set<FaultID> = []

    /// The catalog entry for an id string, or nil.
    public static func fault(_ id: String) -> Fault? { all.first { $0.id.rawValue == id } }

    /// The ids in `names` that are not in the catalog.
    public static func unknown(_ names: [String]) -> [String] { names.filter { fault($0) == nil } }
}

/// What a phase asks before taking a faulty decision: whether the fault is injected, and,
/// when it is and the situation is one where the faulty decision differs from the correct
/// one, a record that the fault fired (so tests can tell programs that reach a faulty case
/// from programs that do not).
public struct FaultSwitch {
    public let options: EngineOptions
    let log: RewriteLog?

    public init(options: EngineOptions, log: RewriteLog?) {
        self.options = options
        self.log = log
    }

    /// Whether fault `id` is injected (records nothing: for a phase that must first work out
    /// whether the faulty decision differs from the correct one).
    public func isInjected(_ id: FaultID) -> Bool { options.injectedFaults.contains(id.rawValue) }

    /// A switch with no fault injected (for callers outside a compilation, such as tests).
    public static var none: FaultSwitch { FaultSwitch(options: EngineOptions(), log: nil) }

    /// True when fault `id` is injected and `applies` (the faulty decision differs from the
    /// correct one here); records the firing.
    public func injected(_ id: FaultID, applies: Bool = true) -> Bool {
        guard applies, options.injectedFaults.contains(id.rawValue) else { return false }
        log?.recordFiring(id)
        return true
    }
}

extension PhaseContext {
    /// The fault switch of this run (see `FaultSwitch.injected`).
    public var faults: FaultSwitch { FaultSwitch(options: options, log: log) }
}
