import JSEngine

/// Which interpreter registers hold a value some later instruction may still read, at the
/// start of each bytecode instruction (backward data flow over `BytecodeOperands`, as
/// TurboFan's BytecodeAnalysis does for frame states). The graph builder merges only live
/// registers at joins and loop headers: a dead register gets no phi, so a value that is no
/// longer needed (an object literal from an earlier loop iteration, say) is not kept alive
/// by one; on-stack replacement takes over only the live registers of the frame. An
/// instruction that can jump is assumed not to write on its jump edge. Register 0 (`this`)
/// always counts as live: a construct frame's `return` reads it without naming it.
struct BytecodeLiveness {
    private var liveIn: [Set<Reg>]
    private let registerCount: Int

    init(_ code: CodeBlock) {
        let insts = code.instructions
        let ops = insts.map { BytecodeOperands($0) }
        registerCount = code.registerCount
        liveIn = [Set<Reg>](repeating: [], count: insts.count)
        var changed = true
        while changed {
            changed = false
            for pc in stride(from: insts.count - 1, through: 0, by: -1) {
                let o = ops[pc]
                var out: Set<Reg> = []
                if o.fallsThrough, pc + 1 < insts.count { out = liveIn[pc + 1] }
                var live = out.subtracting(o.writes)
                if let t = o.target, Int(t) >= 0, Int(t) < insts.count { live.formUnion(liveIn[Int(t)]) }
                live.formUnion(o.reads)
                if live != liveIn[pc] {
                    liveIn[pc] = live
                    changed = true
                }
            }
        }
    }

    /// Whether register `r` may be read after the start of instruction `pc`.
    func isLive(_ r: Int, at pc: Int) -> Bool {
        guard r != 0, pc >= 0, pc < liveIn.count, let reg = Reg(exactly: r) else { return true }
        return liveIn[pc].contains(reg)
    }

    /// The registers live at the start of instruction `pc`, ascending (register 0 included).
    func liveRegisters(at pc: Int) -> [Int] {
        (0..<registerCount).filter { isLive($0, at: pc) }
    }
}
