/// Calls of a builtin's callback with a fixed number of arguments (Array.prototype.map's
/// function, sort's comparator, Map.prototype.forEach's callback): the arguments go to a
/// buffer on the host stack that the callee reads in place (`call(_:this:arguments:)`), so a
/// callback call allocates no argument array. Semantics are those of `call(_:this:args:)`.
///
/// The buffer holds bitwise copies of the argument values, which do not own references: the
/// caller keeps every argument alive for the call (they are borrowed parameters), and a
/// callee only reads its arguments buffer (copying what it keeps), exactly as it reads an
/// array's storage or the caller's registers. So a callback call retains and releases
/// nothing for its arguments, and the buffer is never deinitialized.
extension Interpreter {
    /// Calls `f` with the arguments `a` and `b`.
    public func call(_ f: JSObject, this: JSValue, _ a: JSValue, _ b: JSValue) throws -> JSValue {
        try withUnsafeTemporaryAllocation(byteCount: 2 * Self.argumentStride, alignment: Self.argumentAlignment) { raw in
            Self.borrow(a, into: raw, at: 0)
            Self.borrow(b, into: raw, at: 1)
            return try call(f, this: this, arguments: UnsafeBufferPointer(raw.bindMemory(to: JSValue.self)))
        }
    }

    /// Calls `f` with the arguments `a`, `b` and `c`.
    public func call(_ f: JSObject, this: JSValue, _ a: JSValue, _ b: JSValue, _ c: JSValue) throws -> JSValue {
        try withUnsafeTemporaryAllocation(byteCount: 3 * Self.argumentStride, alignment: Self.argumentAlignment) { raw in
            Self.borrow(a, into: raw, at: 0)
            Self.borrow(b, into: raw, at: 1)
            Self.borrow(c, into: raw, at: 2)
            return try call(f, this: this, arguments: UnsafeBufferPointer(raw.bindMemory(to: JSValue.self)))
        }
    }

    /// Calls `f` with the arguments `a`, `b`, `c` and `d`.
    public func call(_ f: JSObject, this: JSValue, _ a: JSValue, _ b: JSValue, _ c: JSValue, _ d: JSValue) throws -> JSValue {
        try withUnsafeTemporaryAllocation(byteCount: 4 * Self.argumentStride, alignment: Self.argumentAlignment) { raw in
            Self.borrow(a, into: raw, at: 0)
            Self.borrow(b, into: raw, at: 1)
            Self.borrow(c, into: raw, at: 2)
            Self.borrow(d, into: raw, at: 3)
            return try call(f, this: this, arguments: UnsafeBufferPointer(raw.bindMemory(to: JSValue.self)))
        }
    }

    private static let argumentStride = MemoryLayout<JSValue>.stride
    private static let argumentAlignment = MemoryLayout<JSValue>.alignment

    /// Writes a bitwise, non-owning copy of `value` to argument slot `index` of `buffer`.
    @inline(__always)
    private static func borrow(_ value: borrowing JSValue, into buffer: UnsafeMutableRawBufferPointer, at index: Int) {
        withUnsafeBytes(of: value) { bytes in
            UnsafeMutableRawBufferPointer(rebasing: buffer[(index * argumentStride)...]).copyMemory(from: bytes)
        }
    }
}
