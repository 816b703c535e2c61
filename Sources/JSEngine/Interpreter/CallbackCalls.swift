/// Calls of a builtin's callback with a fixed number of arguments (Array.prototype.map's
/// function, sort's comparator, Map.prototype.forEach's callback): the arguments go to a
/// buffer on the host stack that the callee reads in place (`call(_:this:arguments:)`), so a
/// callback call allocates no argument array. Semantics are those of `call(_:this:args:)`.
extension Interpreter {
    /// Calls `f` with the arguments `a` and `b`.
    public func call(_ f: JSObject, this: JSValue, _ a: JSValue, _ b: JSValue) throws -> JSValue {
        try withUnsafeTemporaryAllocation(of: JSValue.self, capacity: 2) { buffer in
            buffer.initializeElement(at: 0, to: a)
            buffer.initializeElement(at: 1, to: b)
            defer { buffer.deinitialize() }
            return try call(f, this: this, arguments: UnsafeBufferPointer(buffer))
        }
    }

    /// Calls `f` with the arguments `a`, `b` and `c`.
    public func call(_ f: JSObject, this: JSValue, _ a: JSValue, _ b: JSValue, _ c: JSValue) throws -> JSValue {
        try withUnsafeTemporaryAllocation(of: JSValue.self, capacity: 3) { buffer in
            buffer.initializeElement(at: 0, to: a)
            buffer.initializeElement(at: 1, to: b)
            buffer.initializeElement(at: 2, to: c)
            defer { buffer.deinitialize() }
            return try call(f, this: this, arguments: UnsafeBufferPointer(buffer))
        }
    }

    /// Calls `f` with the arguments `a`, `b`, `c` and `d`.
    public func call(_ f: JSObject, this: JSValue, _ a: JSValue, _ b: JSValue, _ c: JSValue, _ d: JSValue) throws -> JSValue {
        try withUnsafeTemporaryAllocation(of: JSValue.self, capacity: 4) { buffer in
            buffer.initializeElement(at: 0, to: a)
            buffer.initializeElement(at: 1, to: b)
            buffer.initializeElement(at: 2, to: c)
            buffer.initializeElement(at: 3, to: d)
            defer { buffer.deinitialize() }
            return try call(f, this: this, arguments: UnsafeBufferPointer(buffer))
        }
    }
}
