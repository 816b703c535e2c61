import JSEngine

/// A function's bytecode as a control-flow graph of basic blocks, the way the graph builder
/// splits it: a block starts at a jump target or after a jump or an instruction that does
/// not fall through. Used by the graph builder for its blocks and, for on-stack replacement,
/// for the loops enclosing the entry loop and for register liveness.
struct BytecodeControlFlow {
    let instructions: [Instruction]
    /// Block start indices, ascending.
    let leaders: [Int]
    /// The end (exclusive) of the block starting at each leader.
    let blockEnd: [Int: Int]
    /// The targets of backward jumps (a jump at or after its target): the loop headers.
    let loopHeaders: Set<Int>

    init(_ instructions: [Instruction]) {
        self.instructions = instructions
        var set: Set<Int> = instructions.isEmpty ? [] : [0]
        var headers: Set<Int> = []
        for (pc, i) in instructions.enumerated() {
            let ops = BytecodeOperands(i)
            if let t = ops.target {
                set.insert(Int(t))
                if Int(t) <= pc { headers.insert(Int(t)) }
            }
            if ops.target != nil || !ops.fallsThrough, pc + 1 < instructions.count { set.insert(pc + 1) }
        }
        leaders = set.sorted()
        loopHeaders = headers
        var ends: [Int: Int] = [:]
        for (k, l) in leaders.enumerated() { ends[l] = k + 1 < leaders.count ? leaders[k + 1] : instructions.count }
        blockEnd = ends
    }

    /// Where control can go after instruction `pc`: the next instruction when it falls
    /// through, then its jump target.
    func successors(ofInstruction pc: Int) -> [Int] {
        let ops = BytecodeOperands(instructions[pc])
        var out: [Int] = []
        if ops.fallsThrough, pc + 1 < instructions.count { out.append(pc + 1) }
        if let t = ops.target, Int(t) >= 0, Int(t) < instructions.count { out.append(Int(t)) }
        return out
    }

    /// The blocks (by leader) that control can enter after the block starting at `leader`.
    func successors(ofBlock leader: Int) -> [Int] {
        guard let end = blockEnd[leader], end > leader else { return [] }
        return successors(ofInstruction: end - 1)
    }

    /// The headers of the loops that enclose the loop headed at `header`, innermost first.
    /// A loop is the bytecode range from its header to the last jump back to it (loops
    /// nest: the compiler emits structured code).
    func enclosingLoopHeaders(of header: Int) -> [Int] {
        var lastBackEdge: [Int: Int] = [:]
        for pc in instructions.indices {
            if let t = BytecodeOperands(instructions[pc]).target, Int(t) <= pc {
                lastBackEdge[Int(t)] = Swift.max(lastBackEdge[Int(t)] ?? pc, pc)
            }
        }
        guard let end = lastBackEdge[header] else { return [] }
        return lastBackEdge.filter { $0.key < header && $0.value >= end }.map(\.key).sorted(by: >)
    }
}
