import JSEngine

/// A function's bytecode as a control-flow graph of basic blocks, the way the graph builder
/// splits it: a block starts at a jump target or after a jump or an instruction that does
/// not fall through. Used for on-stack replacement: which blocks a loop header reaches (in
/// reverse postorder, the order the graph builder translates them in) and which of them are
/// loop headers when the code is entered there, plus register liveness.
struct BytecodeControlFlow {
    let instructions: [Instruction]
    /// Block start indices, ascending.
    let leaders: [Int]
    /// The end (exclusive) of the block starting at each leader.
    let blockEnd: [Int: Int]

    init(_ instructions: [Instruction]) {
        self.instructions = instructions
        var set: Set<Int> = instructions.isEmpty ? [] : [0]
        for (pc, i) in instructions.enumerated() {
            let ops = BytecodeOperands(i)
            if let t = ops.target { set.insert(Int(t)) }
            if ops.target != nil || !ops.fallsThrough, pc + 1 < instructions.count { set.insert(pc + 1) }
        }
        leaders = set.sorted()
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

    /// The blocks reachable from `start` in reverse postorder (every block after the
    /// predecessors that reach it without a back edge), and the targets of back edges found
    /// on the way: the loop headers of the code as entered at `start`. Entered at an inner
    /// loop's header, the enclosing loops' headers become ordinary blocks inside one big
    /// loop headed by `start` (V8 peels the outer loops of an OSR loop the same way).
    func reversePostorder(from start: Int) -> (order: [Int], loopHeaders: Set<Int>) {
        var post: [Int] = []
        var headers: Set<Int> = []
        var state: [Int: Bool] = [:]   // false: on the DFS stack; true: finished
        var stack: [(block: Int, next: Int)] = [(start, 0)]
        state[start] = false
        while let (b, i) = stack.last {
            let succs = successors(ofBlock: b)
            if i < succs.count {
                stack[stack.count - 1].next = i + 1
                let s = succs[i]
                switch state[s] {
                case nil:
                    state[s] = false
                    stack.append((s, 0))
                case false?:
                    headers.insert(s)
                case true?:
                    break
                }
            } else {
                stack.removeLast()
                state[b] = true
                post.append(b)
            }
        }
        return (post.reversed(), headers)
    }
}
