import Foundation

/// The bytecode interpreter: a register machine with an explicit frame stack, so JS-to-JS
/// calls do not recurse on the host stack, deep JS recursion ends in a RangeError, and the
/// optimizer can deoptimize into frames. It fills the feedback vectors as it runs and asks
/// the tier-up hook to optimize hot functions.
public final class Interpreter {
    unowned(unsafe) let realm: Realm
    let registers: UnsafeMutablePointer<JSValue>
    let capacity: Int
    var top = 0
    /// Registers below this index are initialised (memory above it is untouched, so a
    /// fresh realm does not pay for the whole register file).
    var initializedCount = 0
    var frames: FrameStack
    @usableFromInline var nativeDepth = 0
    var checkCountdown = 4096
    var steps: UInt64 = 0
    let heapBaseline: Int
    @usableFromInline static let maxNativeDepth = 10_000

    init(realm: Realm) {
        self.realm = realm
        capacity = 1 << 20
        registers = UnsafeMutablePointer<JSValue>.allocate(capacity: capacity)
        frames = FrameStack(capacity: realm.options.maxCallDepth + 16)
        heapBaseline = Interpreter.heapInUse()
    }

    deinit {
        frames.removeAll()
        frames.deallocate()
        registers.deinitialize(count: initializedCount)
        registers.deallocate()
    }

    /// Resident memory of the process in bytes (from /proc/self/statm; 0 where unavailable).
    static func heapInUse() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    // MARK: - Entry points

    /// Runs a compiled script with `this` = the global object.
    public func runScript(_ code: CodeBlock) throws -> JSValue {
        try pushFrame(code: code, function: nil, context: nil, this: .object(realm.global),
                      args: [], returnRegister: -1, isConstruct: false, newTarget: nil, isEntry: true)
        return try run()
    }

    /// Calls any callable from Swift (builtins calling back into JS).
    public func call(_ f: JSObject, this: JSValue, args: [JSValue]) throws -> JSValue {
        // An exact class test instead of a dynamic cast (JSFunction is final).
        guard type(of: f) == JSFunction.self else {
            throw realm.typeError("\(realm.describeForError(.object(f))) is not a function")
        }
        let fn = unsafeDowncast(f, to: JSFunction.self)
        switch fn.body {
        case .native(let body, _):
            return try withNativeDepth { try body(realm, this, args, nil) }
        case .bound(let target, let boundThis, let boundArgs):
            return try call(target, this: boundThis, args: boundArgs + args)
        case .bytecode(let code, let ctx):
            if fn.isClassConstructor {
                throw realm.typeError("Class constructor \(fn.debugName) cannot be invoked without 'new'")
            }
            return try args.withUnsafeBufferPointer { try callBytecode(fn, code: code, context: ctx, this: this, arguments: $0) }
        }
    }

    /// `new fn(...args)` from Swift.
    public func construct(_ fn: JSFunction, args: [JSValue], newTarget: JSObject) throws -> JSValue {
        switch fn.body {
        case .native(let body, let constructible):
            guard constructible else { throw realm.typeError("\(fn.debugName) is not a constructor") }
            return try withNativeDepth { try body(realm, .undefined, args, newTarget) }
        case .bound(let target, _, let boundArgs):
            guard let t = target as? JSFunction else { throw realm.typeError("not a constructor") }
            return try construct(t, args: boundArgs + args, newTarget: newTarget === fn ? t : newTarget)
        case .bytecode(let code, let ctx):
            guard code.isConstructible else { throw realm.typeError("\(fn.debugName) is not a constructor") }
            let this = try thisForConstruct(code, newTarget: newTarget)
            return try withNativeDepth {
                try pushFrame(code: code, function: fn, context: ctx, this: this, args: args,
                              returnRegister: -1, isConstruct: true, newTarget: newTarget, isEntry: true)
                return try run()
            }
        }
    }

    /// Calls any callable with arguments in memory the caller keeps unchanged during the
    /// call (optimized code's outgoing arguments, a builtin's callback arguments): JS
    /// functions take them without copying them into an array first.
    public func call(_ f: JSObject, this: JSValue, arguments: UnsafeBufferPointer<JSValue>) throws -> JSValue {
        if type(of: f) == JSFunction.self {
            let fn = unsafeDowncast(f, to: JSFunction.self)
            switch fn.body {
            case .bytecode(let code, let ctx) where !fn.isClassConstructor:
                return try callBytecode(fn, code: code, context: ctx, this: this, arguments: arguments)
            case .native(let body, _):
                // A builtin takes its arguments as an array.
                let args = Array(arguments)
                return try withNativeDepth { try body(realm, this, args, nil) }
            case .bytecode, .bound:
                break
            }
        }
        return try call(f, this: this, args: Array(arguments))
    }

    /// A call of `fn`, a bytecode function that is not a class constructor, from the host
    /// stack: its function-entry optimized code when it has some (which counts the native
    /// call level and finishes a deoptimization itself), else an entry frame run to its end.
    private func callBytecode(_ fn: JSFunction, code: CodeBlock, context: Context?, this: JSValue,
                              arguments: UnsafeBufferPointer<JSValue>) throws -> JSValue {
        if let optimized = code.optimizedCode {
            return try optimized.call(fn, code: code, context: context, this: this, arguments: arguments,
                                      realm: realm, interpreter: self)
        }
        try enterNativeCall()
        defer { leaveNativeCall() }
        try pushFrame(code: code, function: fn, context: context, this: this, args: arguments.baseAddress, argc: arguments.count,
                      returnRegister: -1, isConstruct: false, newTarget: nil, isEntry: true)
        return try run()
    }

    /// Finishes in the interpreter a call of `fn` whose function-entry optimized code
    /// deoptimized (with `receiver` already converted for `code`, and the call's `arguments`):
    /// the callee's frame is pushed as an entry frame, its inlined frames are rebuilt on top
    /// and the call runs to its end, so the caller, interpreter or optimized code, gets the
    /// call's result as if the callee had never been optimized.
    public func finishDeoptimizedCall(_ code: CodeBlock, _ fn: JSFunction, context: Context?, receiver: JSValue,
                                      arguments: UnsafeBufferPointer<JSValue>, frames deoptFrames: [DeoptimizedFrame],
                                      reason: String, position: SourcePosition) throws -> JSValue {
        try pushFrame(code: code, function: fn, context: context, this: receiver, args: arguments.baseAddress,
                      argc: arguments.count, returnRegister: -1, isConstruct: false, newTarget: nil, isEntry: true)
        let entryDepth = frames.count
        try resumeAfterDeopt(code, fn, deoptFrames, reason: reason, position: position)
        return try run(entryDepth: entryDepth)
    }

    /// Counts a call that runs on the host stack (a builtin's, or one made by optimized
    /// code): a RangeError when `maxNativeDepth` of them are active, so deep recursion
    /// through them never overflows the host stack. Every successful call is paired with
    /// `leaveNativeCall` when the call ends, by return or by throw.
    @inlinable public func enterNativeCall() throws {
        if nativeDepth >= Interpreter.maxNativeDepth { throw nativeStackOverflow() }
        nativeDepth += 1
    }

    /// Ends a call counted by `enterNativeCall`.
    @inlinable public func leaveNativeCall() {
        nativeDepth -= 1
    }

    /// The RangeError of a call beyond `maxNativeDepth`.
    @usableFromInline func nativeStackOverflow() -> Error {
        realm.rangeError("Maximum call stack size exceeded")
    }

    /// Charges `count` steps taken outside the interpreter's loop (optimized code's back
    /// edges and calls) to the step budget and checks the run's limits.
    public func chargeSteps(_ count: UInt64) throws {
        steps &+= count
        try checkLimits()
    }

    func withNativeDepth<T>(_ body: () throws -> T) throws -> T {
        try enterNativeCall()
        defer { leaveNativeCall() }
        return try body()
    }

    /// The receiver a base constructor starts with: an object whose prototype is newTarget.prototype.
    func thisForConstruct(_ code: CodeBlock, newTarget: JSObject) throws -> JSValue {
        if code.kind == .derivedConstructor { return .hole }
        let p = try realm.get(newTarget, PropertyKey.prototype, receiver: .object(newTarget))
        let proto = p.asObject ?? realm.objectPrototype
        return .object(JSObject(proto: proto))
    }

    /// Abandons every frame (after an uncatchable termination) so the realm can be inspected.
    public func reset() {
        for i in 0..<top { registers[i] = .undefined }
        top = 0
        frames.removeAll()
        nativeDepth = 0
    }

    // MARK: - Frames

    func pushFrame(code: CodeBlock, function: JSFunction?, context: Context?, this: JSValue,
                   args: [JSValue], returnRegister: Int, isConstruct: Bool, newTarget: JSObject?, isEntry: Bool) throws {
        try args.withUnsafeBufferPointer { buf in
            try pushFrame(code: code, function: function, context: context, this: this,
                          args: buf.baseAddress, argc: buf.count, returnRegister: returnRegister,
                          isConstruct: isConstruct, newTarget: newTarget, isEntry: isEntry)
        }
    }

    func pushFrame(code: CodeBlock, function: JSFunction?, context: Context?, this: JSValue,
                   args: UnsafePointer<JSValue>?, argc: Int, returnRegister: Int, isConstruct: Bool,
                   newTarget: JSObject?, isEntry: Bool) throws {
        if frames.count >= realm.options.maxCallDepth || frames.isFull {
            throw realm.rangeError("Maximum call stack size exceeded")
        }
        let base = top
        let count = code.registerCount
        if base + count + 8 >= capacity { throw realm.rangeError("Maximum call stack size exceeded") }
        if base + count > initializedCount {
            (registers + initializedCount).initialize(repeating: .undefined, count: base + count - initializedCount)
            initializedCount = base + count
        }
        let regs = registers + base
        regs[0] = isConstruct ? this : try receiver(for: code, this)
        let params = code.parameterCount
        var i = 0
        while i < params {
            regs[1 + i] = i < argc ? args![i] : .undefined
            i += 1
        }
        i = params + 1
        while i < count {
            regs[i] = .undefined
            i += 1
        }
        top = base + count
        var saved: [JSValue] = []
        if code.needsArguments, argc > 0 {
            saved = Array(UnsafeBufferPointer(start: args!, count: argc))
        }
        frames.append(Frame(code: code, function: function, base: base, pc: 0, context: context,
                            contextDepth: 0, returnRegister: returnRegister, isConstruct: isConstruct,
                            newTarget: newTarget, arguments: saved, isEntry: isEntry))
        code.invocationCount &+= 1
        if let f = function {
            if code.invocationCount == realm.options.jitThreshold {
                try notifyHot(f, .hotFunction)
            } else if realm.options.eagerOptimization && code.invocationCount == 2 {
                // Eager mode: optimize as soon as one run has filled the feedback vector.
                try notifyHot(f, .eager)
            }
        }
    }

    /// Tells the tier-up hook (the optimizer, when installed) that `f` got hot.
    func notifyHot(_ f: JSFunction, _ reason: TierUpReason) throws {
        guard realm.options.optimize, let hook = realm.tierUp, let code = f.codeBlock,
              !code.optimizationState.neverOptimize, !code.optimizationState.disabled, !f.neverOptimize else { return }
        _ = try hook.optimize(f, realm: realm, reason: reason)
    }

    /// The `this` a function sees: sloppy functions get the global object for null/undefined
    /// and wrappers for primitives; functions that never read `this` get undefined.
    public func receiver(for code: CodeBlock, _ this: JSValue) throws -> JSValue {
        if !code.usesThis { return .undefined }
        guard !code.isStrict && code.kind != .arrow && !code.isScript else { return this }
        switch this {
        case .undefined, .null, .hole: return .object(realm.global)
        case .object: return this
        default: return .object(try realm.toObject(this))
        }
    }

    /// Checks the time, step and heap budgets (called every few thousand back edges and calls).
    func checkLimits() throws {
        checkCountdown = 4096
        let o = realm.options
        if o.timeoutSeconds > 0, realm.elapsedSeconds > o.timeoutSeconds {
            throw EngineTermination.resourceLimit("timeout: script ran longer than \(NumberConversion.numberToString(o.timeoutSeconds)) s")
        }
        if o.maxSteps > 0, steps > o.maxSteps {
            throw EngineTermination.resourceLimit("step budget of \(o.maxSteps) exhausted")
        }
        if Interpreter.heapInUse() - heapBaseline > o.maxHeapMB << 20 {
            throw EngineTermination.resourceLimit("heap budget of \(o.maxHeapMB) MiB exhausted")
        }
    }

    @inline(__always) func tick() throws {
        checkCountdown -= 1
        if checkCountdown <= 0 {
            steps &+= 4096
            try checkLimits()
        }
    }
}
