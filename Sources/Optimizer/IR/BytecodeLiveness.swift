import JSEngine

/// Which interpreter registers are live at a bytecode index: read on some path from there
/// before being written (a backward data-flow analysis over `BytecodeControlFlow`, as V8's
/// BytecodeAnalysis). On-stack replacement takes over only the live registers of the
/// frame. Register 0 (`this`) always counts as live: a construct frame's `return` reads it
/// without naming it.
struct BytecodeLiveness {
    let cfg: BytecodeControlFlow
    let registerCount: Int
    /// Live registers at the start of each block, by leader.
    private(set) var liveIn: [Int: [Bool]] = [:]

    init(_ cfg: BytecodeControlFlow, registerCount: Int) {
        self.cfg = cfg
        self.registerCount = registerCount
        var changed = true
        while changed {
            changed = false
            for leader in cfg.leaders.reversed() {
                var live = [Bool](repeating: false, count: registerCount)
                for s in cfg.successors(ofBlock: leader) {
                    guard let l = liveIn[s] else { continue }
                    for r in 0..<registerCount where l[r] { live[r] = true }
                }
                let end = cfg.blockEnd[leader] ?? leader
                var pc = end - 1
                while pc >= leader {
                    transfer(cfg.instructions[pc], &live)
                    pc -= 1
                }
                if liveIn[leader] != live {
                    liveIn[leader] = live
                    changed = true
                }
            }
        }
    }

    /// Live registers before `inst` given those live after it. A write kills a register
    /// only when the instruction always performs it (not a conditional jump's write).
    private func transfer(_ inst: Instruction, _ live: inout [Bool]) {
        let ops = BytecodeOperands(inst)
        if ops.target == nil {
            for w in ops.writes where Int(w) >= 0 && Int(w) < registerCount { live[Int(w)] = false }
        }
        for r in ops.reads where Int(r) >= 0 && Int(r) < registerCount { live[Int(r)] = true }
    }

    /// The registers live at the start of the block beginning at `leader`, ascending
    /// (register 0 included).
    func liveRegisters(atBlock leader: Int) -> [Int] {
        let live = liveIn[leader] ?? []
        return (0..<registerCount).filter { $0 == 0 || (live.indices.contains($0) && live[$0]) }
    }
}
