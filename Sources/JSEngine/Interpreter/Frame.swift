/// An activation record of a bytecode function on the interpreter's explicit frame stack.
/// Its registers live in the interpreter's register file at `base ..< base + registerCount`.
/// The optimizer's deoptimizer rebuilds frames of this shape.
public struct Frame {
    public let code: CodeBlock
    public let function: JSFunction?
    public let base: Int
    public var pc: Int = 0
    public var context: Context?
    public var contextDepth: Int32 = 0
    /// Absolute register index in the caller that receives the result (-1: none).
    public let returnRegister: Int
    public let isConstruct: Bool
    public let newTarget: JSObject?
    /// The actual arguments, kept when the function uses `arguments` or a rest parameter.
    public var arguments: [JSValue]
    /// Whether returning from this frame leaves the current `run` invocation.
    public let isEntry: Bool
}

/// The interpreter's frame stack: frames stored contiguously in preallocated memory, so a
/// call pushes a frame without array bookkeeping and frames are read in place.
struct FrameStack {
    private let base: UnsafeMutablePointer<Frame>
    let capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = UnsafeMutablePointer<Frame>.allocate(capacity: capacity)
    }

    /// Frees the storage (the owner calls this once, after `removeAll`).
    func deallocate() { base.deallocate() }

    var isFull: Bool { count >= capacity }

    mutating func append(_ f: Frame) {
        (base + count).initialize(to: f)
        count += 1
    }

    @discardableResult
    mutating func removeLast() -> Frame {
        count -= 1
        return (base + count).move()
    }

    mutating func removeAll() {
        while count > 0 { removeLast() }
    }

    /// The innermost frame, in place.
    var top: UnsafeMutablePointer<Frame> { base + (count - 1) }

    var last: Frame? { count > 0 ? base[count - 1] : nil }

    subscript(i: Int) -> Frame {
        get { base[i] }
        nonmutating _modify { yield &base[i] }
    }
}
