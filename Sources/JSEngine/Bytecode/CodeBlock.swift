/// The compiled form of one function (or of a whole script): bytecode, constant pools,
/// exception table, source positions, the feedback vector the interpreter fills, and the
/// counters and slot the tier-up machinery uses.
public final class CodeBlock {
    public let name: String
    public var instructions: [Instruction] = []
    /// Source position of each instruction (parallel to `instructions`).
    public var positions: [SourcePosition] = []
    public var strings: [JSString] = []
    public var functions: [CodeBlock] = []
    public var handlers: [ExceptionHandler] = []
    /// Callee descriptions for `x is not a function` messages, by instruction index.
    public var callSiteNames: [Int32: String] = [:]
    public var registerCount: Int = 1
    /// Declared parameters (not counting `this`).
    public var parameterCount: Int = 0
    /// The function's `length` property.
    public var length: Int = 0
    public var kind: FunctionKind = .normal
    public var isStrict = false
    public var isScript = false
    /// Whether the frame must keep the actual arguments (for `arguments` or rest parameters).
    public var needsArguments = false
    /// Whether the function (or an arrow inside it) reads `this`; when not, a sloppy
    /// function's receiver need not be converted to an object on entry.
    public var usesThis = true
    /// Number of slots of the function-level context created on entry (0: none).
    public var functionContextSlots: Int = 0
    public let feedback = FeedbackVector()
    public var position: SourcePosition = .none
    public var sourceText: String = ""

    /// Tier-up state.
    public var invocationCount = 0
    public var backEdgeCount = 0
    public var optimizationState = OptimizationState()
    /// Installed optimized code (by the tier-up hook), run instead of the bytecode on calls.
    public var optimizedCode: OptimizedCode? {
        didSet { optimizationState.isOptimized = optimizedCode != nil }
    }
    /// Installed on-stack-replacement code by loop header bytecode index (entered from a
    /// running interpreter frame at that loop's back edge; separate from `optimizedCode`).
    public var osrCode: [Int: OptimizedCode] = [:]
    public var osrState = OsrState()

    /// Whether `code` is installed here (at function entry or at an OSR entry).
    public func isInstalled(_ code: OptimizedCode) -> Bool {
        optimizedCode === code || osrCode.values.contains { $0 === code }
    }

    /// Drops `code` wherever it is installed here (function entry or an OSR entry); returns
    /// whether it was installed.
    @discardableResult
    public func discard(_ code: OptimizedCode) -> Bool {
        var found = false
        if optimizedCode === code {
            optimizedCode = nil
            found = true
        }
        for header in osrCode.keys.sorted() where osrCode[header] === code {
            osrCode[header] = nil
            found = true
        }
        return found
    }

    /// Counts a deoptimization (or a discard of invalidated code): the function collects
    /// feedback again from its next call, and after `OptimizationState.maxDeopts` of them it
    /// is not optimized again.
    public func countDeoptimization() {
        optimizationState.deoptCount += 1
        invocationCount = 0
        if optimizationState.deoptCount >= OptimizationState.maxDeopts { optimizationState.disabled = true }
    }

    /// Drops all optimized code of this code block (function entry and OSR).
    public func discardAllOptimizedCode() {
        optimizedCode = nil
        osrCode.removeAll()
    }

    public init(name: String) { self.name = name }

    deinit { sealedStorage?.deallocate() }

    private var sealedStorage: UnsafeMutablePointer<Instruction>?

    /// The instructions in stable memory for the interpreter's dispatch loop (no array
    /// bookkeeping per fetch). Created on first use after compilation finished.
    var sealedInstructions: UnsafeMutablePointer<Instruction> {
        if let s = sealedStorage { return s }
        let p = UnsafeMutablePointer<Instruction>.allocate(capacity: max(instructions.count, 1))
        p.initialize(from: instructions, count: instructions.count)
        sealedStorage = p
        return p
    }

    public var isConstructible: Bool {
        switch kind {
        case .normal, .classConstructor, .derivedConstructor: return true
        default: return false
        }
    }

    public var isArrow: Bool { kind == .arrow }

    /// The name traces use for this code run as `function`: the function's, or `script`
    /// for top-level code.
    public func traceName(_ function: JSFunction?) -> String {
        function?.debugName ?? (isScript ? "script" : name)
    }

    /// Interns a string constant and returns its index.
    public func intern(_ s: String) -> Int32 { intern(units: Array(s.utf16)) }

    public func intern(units: [UInt16]) -> Int32 {
        let js = JSString(units)
        if let i = stringIndex[js] { return i }
        strings.append(js)
        let i = Int32(strings.count - 1)
        stringIndex[js] = i
        return i
    }
    private var stringIndex: [JSString: Int32] = [:]
}

/// What natives syntax and the tier-up hook have decided about a function.
public struct OptimizationState {
    public var preparedForOptimization = false
    public var optimizeOnNextCall = false
    public var neverOptimize = false
    public var isOptimized = false
    public var deoptCount = 0
    /// After this many deoptimizations a function is not optimized again.
    public static let maxDeopts = 5
    public var optimizationCount = 0
    /// Whether the optimizer gave up on this function for good.
    public var disabled = false
    public init() {}
}
