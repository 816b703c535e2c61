import JSEngine

/// Which interpreter registers may still be read when execution resumes at each bytecode
/// instruction (V8's `BytecodeAnalysis` liveness, LLVM's live-variable analysis): a
/// backward data-flow fixpoint over the instructions with `BytecodeOperands`' reads,
/// writes and jump targets. The graph builder records only live registers in frame
/// states, so a value the interpreter would never read again after a deoptimization does
/// not keep its node alive (as an unused call result or a dead temporary), merges only live
/// registers at joins and loop headers, and on-stack replacement takes over only the live
/// registers of the frame.
///
/// The receiver and the parameters stay live everywhere: the interpreter frame owns them
/// (and a construct frame's `return` reads `this` without naming it).
struct BytecodeLiveness {
    private let registerCount: Int
    /// Registers 0...parameterCount (the receiver and the parameters).
    private let fixedRegisters: Int
    /// Live-in registers per instruction, as one flat bit matrix (instruction-major).
    private let liveIn: [Bool]

    init(_ code: CodeBlock) {
        let insts = code.instructions
        let count = code.registerCount
        registerCount = count
        fixedRegisters = min(code.parameterCount + 1, count)
        let operands = insts.map(BytecodeOperands.init)
        var live = [Bool](repeating: false, count: insts.count * count)
        var changed = true
        while changed {
            changed = false
            for pc in stride(from: insts.count - 1, through: 0, by: -1) {
                let ops = operands[pc]
                var out = [Bool](repeating: false, count: count)
                var successors: [Int] = []
                if ops.fallsThrough && pc + 1 < insts.count { successors.append(pc + 1) }
                if let t = ops.target, Int(t) >= 0, Int(t) < insts.count { successors.append(Int(t)) }
                for s in successors {
                    for r in 0..<count where live[s * count + r] { out[r] = true }
                }
                for w in ops.writes where Int(w) >= 0 && Int(w) < count { out[Int(w)] = false }
                for r in ops.reads where Int(r) >= 0 && Int(r) < count { out[Int(r)] = true }
                for r in 0..<count where out[r] != live[pc * count + r] {
                    live[pc * count + r] = out[r]
                    changed = true
                }
            }
        }
        liveIn = live
    }

    /// Whether register `r` may be read after resuming at instruction `pc`.
    func isLive(_ r: Int, at pc: Int) -> Bool {
        if r < fixedRegisters { return true }
        let i = pc * registerCount + r
        guard r < registerCount, pc >= 0, i < liveIn.count else { return true }
        return liveIn[i]
    }

    /// The registers live when execution resumes at instruction `pc`, ascending.
    func liveRegisters(at pc: Int) -> [Int] {
        (0..<registerCount).filter { isLive($0, at: pc) }
    }
}
