/// A JavaScript exception propagating through Swift code (builtins, conversions, the interpreter).
public struct JSException: Error {
    public let value: JSValue
    public init(_ value: JSValue) { self.value = value }
}

/// Conditions that end a run and cannot be caught by JS code.
public enum EngineTermination: Error, Equatable {
    /// A resource limit: time, steps or heap. Exit code 3.
    case resourceLimit(String)
    /// Optimized code broke memory safety (the JIT's ASan-style report). Exit code 4.
    case memorySafetyViolation(String)
    /// An internal engine error (a bug in the engine, not in the JS program). Exit code 5.
    case internalError(String)
    /// `--assert-types`: optimized code produced a value outside the type the optimizer gave
    /// its node (a wrong type claim, so a JIT bug). The message names the node, its type,
    /// the phase that typed it, the value and the source position. Exit code 5.
    case typeAssertion(String)
}

/// The kinds of native errors the engine throws.
public enum ErrorKind: String, Sendable, CaseIterable {
    case error = "Error", typeError = "TypeError", rangeError = "RangeError"
    case referenceError = "ReferenceError", syntaxError = "SyntaxError"
    case evalError = "EvalError", uriError = "URIError"
}

extension Realm {
    /// Creates an error object of `kind` with `message` (not thrown).
    public func makeError(_ kind: ErrorKind, _ message: String) -> JSObject {
        let proto = errorPrototypes[kind] ?? objectPrototype
        let e = JSErrorObject(proto: proto)
        e.define("message", .string(message))
        return e
    }

    /// A JSException carrying a new error of `kind`.
    public func error(_ kind: ErrorKind, _ message: String) -> JSException {
        JSException(.object(makeError(kind, message)))
    }

    public func typeError(_ message: String) -> JSException { error(.typeError, message) }
    public func rangeError(_ message: String) -> JSException { error(.rangeError, message) }
    public func referenceError(_ message: String) -> JSException { error(.referenceError, message) }
}

/// An instance of Error or one of its subclasses (brand for `Object.prototype.toString`).
public final class JSErrorObject: JSObject {
    public override var objectClass: ObjectClass { .error }
}
