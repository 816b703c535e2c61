import Foundation

/// Receives what a program prints (`print`, `console.log`) so runs can be captured in process.
public protocol OutputSink: AnyObject {
    func write(_ line: String)
}

/// Buffers output in memory (used by tests, the localizer and the fuzzer).
public final class CapturedOutput: OutputSink {
    public private(set) var text = ""
    public init() {}
    public func write(_ line: String) {
        text += line
        text += "\n"
    }
}

/// Writes output to standard output through a buffer flushed at exit or when large.
public final class StandardOutput: OutputSink {
    private var buffer: [UInt8] = []
    public init() {}
    public func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(10)
        if buffer.count > 1 << 16 { flush() }
    }
    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + off, raw.count - off)
                if n <= 0 { break }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
    deinit { flush() }
}

/// One JavaScript world: the global object, the intrinsic prototypes and constructors, the
/// interpreter that runs code in it, and the options it was created with. Everything a run
/// touches hangs off a realm, so a fresh realm is a fully reset engine.
public final class Realm {
    public let options: EngineOptions
    public let output: OutputSink
    public let objectPrototype: JSObject
    public let functionPrototype: JSFunction
    public var global: JSObject!
    public var arrayPrototype: JSObject!
    public var stringPrototype: JSObject!
    public var numberPrototype: JSObject!
    public var booleanPrototype: JSObject!
    public var mapPrototype: JSObject!
    public var setPrototype: JSObject!
    public var arrayBufferPrototype: JSObject!
    public var iteratorPrototype: JSObject!
    public var errorPrototypes: [ErrorKind: JSObject] = [:]
    public var typedArrayPrototypes: [TypedArrayKind: JSObject] = [:]
    public var typedArrayConstructors: [TypedArrayKind: JSFunction] = [:]
    /// The `length` getter %TypedArray%.prototype starts with (optimized code reads a typed
    /// array's length directly while the prototype chain still leads to this getter).
    public internal(set) var typedArrayLengthGetter: JSObject?
    public private(set) var interpreter: Interpreter!
    /// Global `let`/`const`/`class` bindings of all scripts run in this realm.
    public var globalLexicalNames: [String: Int] = [:]
    public var globalLexicalSlots: [JSValue] = []
    public var globalLexicalIsConst: [Bool] = []
    /// Natives-syntax and tier-up observers (the optimizer plugs in here).
    public weak var tierUp: TierUpHook?
    /// Optimized code relying on global properties staying data properties.
    public private(set) lazy var globalPropertyDependencies = GlobalPropertyDependencies(realm: self)
    /// The distinct reasons optimized code deoptimized for in this realm, in first-seen order
    /// (the fuzzer's coverage reads them; at most `maxRecordedDeoptReasons`).
    public private(set) var deoptimizationReasons: [String] = []
    static let maxRecordedDeoptReasons = 64
    var random: DeterministicRandom
    /// Identities and re-entrancy state the builtins keep per realm.
    var builtinState = BuiltinState()
    let startTime = Date()

    public init(options: EngineOptions = EngineOptions(), output: OutputSink = CapturedOutput()) {
        self.options = options
        self.output = output
        self.random = DeterministicRandom(seed: Int64(truncatingIfNeeded: options.randomSeed))
        let objectProto = JSObject(shape: Shape.root(proto: nil))
        self.objectPrototype = objectProto
        let fproto = JSFunction(body: .native({ _, _, _, _ in .undefined }, constructible: false), proto: objectProto)
        self.functionPrototype = fproto
        self.interpreter = Interpreter(realm: self)
        Builtins.install(in: self)
    }

    /// Notes that optimized code deoptimized for `reason`.
    func recordDeoptimization(reason: String) {
        guard deoptimizationReasons.count < Realm.maxRecordedDeoptReasons, !deoptimizationReasons.contains(reason) else { return }
        deoptimizationReasons.append(reason)
    }

    // MARK: - Function creation helpers

    /// Creates a builtin function object with `name` and `length`.
    public func makeNative(_ name: String, length: Int, constructible: Bool = false,
                           _ body: @escaping NativeFunction) -> JSFunction {
        let f = JSFunction(body: .native(body, constructible: constructible), proto: functionPrototype)
        f.define("length", .number(Double(length)), [.configurable])
        f.define("name", .string(name), [.configurable])
        return f
    }

    /// Installs a builtin method on `object`.
    @discardableResult
    public func method(_ object: JSObject, _ name: String, _ length: Int, _ body: @escaping NativeFunction) -> JSFunction {
        let f = makeNative(name, length: length, body)
        object.define(name, .object(f))
        return f
    }

    /// Installs a getter on `object`.
    public func getter(_ object: JSObject, _ name: String, _ body: @escaping NativeFunction) {
        let f = makeNative("get " + name, length: 0, body)
        object.defineAccessor(name, getter: f, setter: nil)
    }

    public func newObject() -> JSObject { JSObject(proto: objectPrototype) }

    public func newArray(_ values: [JSValue] = []) -> JSArray { JSArray(proto: arrayPrototype, values: values) }

    /// Calls any callable with `this` and arguments.
    public func call(_ f: JSValue, this: JSValue, _ args: [JSValue]) throws -> JSValue {
        guard case .object(let o) = f, o.isCallable else {
            throw typeError("\(describeForError(f)) is not a function")
        }
        return try interpreter.call(o, this: this, args: args)
    }

    /// `new f(...args)`.
    public func construct(_ f: JSValue, _ args: [JSValue], newTarget: JSObject? = nil) throws -> JSValue {
        guard case .object(let o) = f, let fn = o as? JSFunction, fn.isConstructor else {
            throw typeError("\(describeForError(f)) is not a constructor")
        }
        return try interpreter.construct(fn, args: args, newTarget: newTarget ?? fn)
    }

    /// Milliseconds since the realm was created (for `--timeout`).
    public var elapsedSeconds: Double { Date().timeIntervalSince(startTime) }

    /// Checks the time, step and heap budgets now (optimized code calls this every few
    /// thousand instructions, as the interpreter does on back edges and calls); throws
    /// `EngineTermination.resourceLimit` when one is exhausted.
    public func checkResourceLimits() throws { try interpreter.checkLimits() }
}

/// The hook through which the optimizing tier learns that a function got hot and
/// through which natives syntax asks for optimization. Implemented by the Optimizer module.
public protocol TierUpHook: AnyObject {
    /// Called when `code`'s invocation or back-edge counter crosses the threshold, or when
    /// natives syntax forces optimization. Returns true when optimized code was installed.
    /// Throws `EngineTermination` to end the run (an IR verifier failure, for example).
    func optimize(_ function: JSFunction, realm: Realm, reason: TierUpReason) throws -> Bool
    /// Called when a loop got hot (its code block's back-edge counter crossed
    /// `--osr-threshold`) or `%OptimizeOsr()` asked for it: compiles `code` for entry at the
    /// loop whose header is bytecode index `loopHeader` and installs the result in
    /// `code.osrCode[loopHeader]`. `function` is nil for top-level script code; `entryValues`
    /// are the frame's registers at the back edge (index = register number), which the
    /// compiler may speculate on. Returns true when OSR code was installed; throws
    /// `EngineTermination` to end the run.
    func optimizeOsr(_ code: CodeBlock, function: JSFunction?, loopHeader: Int, entryValues: [JSValue], realm: Realm,
                     reason: TierUpReason) throws -> Bool
    /// Drops optimized code (natives `%DeoptimizeFunction`).
    func deoptimize(_ function: JSFunction, realm: Realm)
}

/// Why a function is being optimized.
public enum TierUpReason: Sendable {
    case hotFunction, hotLoop, nativesSyntax, eager
}


/// Per-realm state of the builtins: the original functions fast paths compare against,
/// and the arrays being joined (cycle detection).
struct BuiltinState {
    var arrayConstructor: ObjectIdentifier?
    var mapSet: JSFunction?
    var setAdd: JSFunction?
    var joinStack: [ObjectIdentifier] = []
}
