import JSEngine

/// The back end's linear form of a graph: blocks in a linear order, each with the live
/// nodes it executes in order (phis first, the terminator last). Scheduling builds it as
/// data and leaves the graph untouched; register allocation and instruction selection
/// read only this order.
public struct Schedule {
    public var blocks: [ScheduledBlock]

    public init(blocks: [ScheduledBlock]) { self.blocks = blocks }

    /// Every scheduled node in linear order.
    public var linearNodes: [Node] { blocks.flatMap(\.nodes) }

    /// The linear index of each block by block id.
    public var blockIndex: [Int: Int] {
        var out: [Int: Int] = [:]
        for (i, b) in blocks.enumerated() { out[b.block.id] = i }
        return out
    }

    /// Readable text (`n3 B1`-style), for tests and tracing.
    public var description: String {
        blocks.map { b in "B\(b.block.id)[depth \(b.loopDepth)]: " + b.nodes.map { "n\($0.id)" }.joined(separator: " ") }
            .joined(separator: "\n")
    }
}

/// One block of a schedule.
public struct ScheduledBlock {
    public let block: Block
    public var nodes: [Node]
    /// How many loops contain the block (0 outside loops).
    public var loopDepth: Int
}

/// Control-flow facts the back end needs: reverse postorder, immediate dominators
/// (Cooper, Harvey and Kennedy's iterative algorithm over the RPO) and loop depths from
/// natural loops of back edges.
struct ControlFlowInfo {
    let rpo: [Block]
    /// RPO index by block id.
    let order: [Int: Int]
    /// Immediate dominator's RPO index, by RPO index (the entry maps to itself).
    let idom: [Int]
    /// Depth in the dominator tree, by RPO index.
    let domDepth: [Int]
    /// Loop nesting depth, by RPO index.
    let loopDepth: [Int]

    init(_ g: Graph) {
        var visited: Set<Int> = []
        var post: [Block] = []
        // Iterative DFS (deterministic: successor order only).
        var stack: [(Block, Int)] = [(g.entry, 0)]
        visited.insert(g.entry.id)
        while let (b, i) = stack.popLast() {
            if i < b.successors.count {
                stack.append((b, i + 1))
                // Last successor first, so the first (a loop's body) comes first in RPO.
                let s = b.successors[b.successors.count - 1 - i]
                if visited.insert(s.id).inserted { stack.append((s, 0)) }
            } else {
                post.append(b)
            }
        }
        let rpo = Array(post.reversed())
        var order: [Int: Int] = [:]
        for (i, b) in rpo.enumerated() { order[b.id] = i }
        var idom = [Int](repeating: -1, count: rpo.count)
        if !rpo.isEmpty { idom[0] = 0 }
        func intersect(_ a: Int, _ b: Int) -> Int {
            var x = a, y = b
            while x != y {
                while x > y { x = idom[x] }
                while y > x { y = idom[y] }
            }
            return x
        }
        var changed = true
        while changed {
            changed = false
            for i in rpo.indices.dropFirst() {
                var new = -1
                for p in rpo[i].predecessors {
                    guard let pi = order[p.id], idom[pi] >= 0 else { continue }
                    new = new < 0 ? pi : intersect(pi, new)
                }
                if new >= 0, idom[i] != new { idom[i] = new; changed = true }
            }
        }
        var depth = [Int](repeating: 0, count: rpo.count)
        for i in rpo.indices.dropFirst() where idom[i] >= 0 { depth[i] = depth[idom[i]] + 1 }
        // Natural loops: a back edge p -> h where h dominates p; the body is everything
        // reaching p backwards without passing h. Bodies of one header are merged.
        var loopDepth = [Int](repeating: 0, count: rpo.count)
        func dominates(_ a: Int, _ b: Int) -> Bool {
            var x = b
            while true {
                if x == a { return true }
                if x == 0 || idom[x] < 0 { return false }
                x = idom[x]
            }
        }
        for h in rpo.indices {
            var body: Set<Int> = []
            for p in rpo[h].predecessors {
                guard let pi = order[p.id], dominates(h, pi) else { continue }
                var work = [pi]
                body.insert(h)
                while let x = work.popLast() {
                    guard body.insert(x).inserted || x == pi else { continue }
                    if x == h { continue }
                    for q in rpo[x].predecessors { if let qi = order[q.id], !body.contains(qi) { work.append(qi) } }
                }
            }
            for x in body.sorted() { loopDepth[x] += 1 }
        }
        self.rpo = rpo
        self.order = order
        self.idom = idom
        self.domDepth = depth
        self.loopDepth = loopDepth
    }

    /// The nearest common dominator of two blocks (RPO indices).
    func commonDominator(_ a: Int, _ b: Int) -> Int {
        var x = a, y = b
        while x != y {
            while domDepth[x] > domDepth[y] { x = idom[x] }
            while domDepth[y] > domDepth[x] { y = idom[y] }
            if x != y { x = idom[x]; y = idom[y] }
        }
        return x
    }
}

/// The reference scheduler used when `scheduling` is switched off: the graph builder's
/// block order and node order, exactly.
public enum ReferenceScheduler {
    public static func schedule(_ g: Graph) -> Schedule {
        let cf = ControlFlowInfo(g)
        return Schedule(blocks: g.blocks.map { b in
            ScheduledBlock(block: b, nodes: b.nodes, loopDepth: cf.order[b.id].map { cf.loopDepth[$0] } ?? 0)
        })
    }
}

/// Small facts about nodes shared by the back-end phases.
enum BackendFacts {
    /// Whether a node produces a value that needs a location (constants are immediates).
    static func producesValue(_ n: Node) -> Bool {
        switch n.opcode {
        case .constant, .objectState, .start, .effectPhi, .goto, .branch, .return, .throw, .deoptimize,
             .storeField, .storeElement, .storeTypedElement, .jsSetNamed, .jsSetKeyed, .jsStoreGlobal,
             .jsStoreContext:
            return false
        default:
            return true
        }
    }

    static func isPhi(_ n: Node) -> Bool { if case .phi = n.opcode { return true }; return false }

    /// The value a speculation guard passes through (its first input), or nil when `n` is not
    /// a guard. A guard's value is its input's, so the register allocator gives the two one
    /// place (`valueRoot`), as TurboFan's checks are no-ops on the value's register.
    static func guardedValue(_ n: Node) -> Node? {
        switch n.opcode {
        case .checkInt32, .checkNumber, .checkString, .checkBoolean, .checkNotHole, .checkReceiver, .checkTypedArray,
             .checkShape, .checkElementsKind, .checkBounds, .checkCallTarget, .checkInt32NoOverflow,
             .checkNoPrototypeElements:
            return n.inputs.first
        default:
            return nil
        }
    }

    /// The node whose value `n` is, looking through guards (`guardedValue`); a malformed
    /// cycle of guards stops after `maximumGuardChain` steps.
    static func valueRoot(_ n: Node) -> Node {
        var root = n
        var steps = 0
        while let input = guardedValue(root), steps < maximumGuardChain {
            root = input
            steps += 1
        }
        return root
    }

    static let maximumGuardChain = 4096

    /// Whether overflow guard `check`, scheduled right after `arith`, is fused with it into
    /// one checked instruction (TurboFan's CheckedInt32Add and friends) that deoptimizes
    /// before it writes its result: `arith` is a typed int32 add, sub or mul, `check` guards
    /// it, and the guard's frame state does not need the result (it resumes before the
    /// operation, so it reads the operands). The register allocator then counts the guard's
    /// frame-state reads at the arithmetic's position, so a loop value's phi can be dead
    /// there and share its register with the result; instruction selection emits the fused
    /// form for exactly these pairs.
    static func fusesOverflowGuard(_ arith: Node, _ check: Node, frameStateInputs: FrameStateInputCache) -> Bool {
        switch arith.opcode {
        case .int32Add, .int32Sub, .int32Mul: break
        default: return false
        }
        guard arith.inputs.count == 2, case .checkInt32NoOverflow = check.opcode, check.inputs.first === arith else { return false }
        return !frameStateInputs.inputs(of: check).contains { valueRoot($0) === arith }
    }

    /// Whether a node is a value or effect phi: its inputs are defined at the ends of the
    /// block's predecessors (along a back edge, later in the same block), never before it.
    static func isValueOrEffectPhi(_ n: Node) -> Bool {
        switch n.opcode {
        case .phi, .effectPhi: return true
        default: return false
        }
    }

    /// Whether a node only reads memory (on the effect chain for ordering, but without side
    /// effects and never deoptimizing): field, element and length loads.
    static func isMemoryRead(_ n: Node) -> Bool {
        switch n.opcode {
        case .loadField, .loadElement, .arrayLength, .elementsCapacity, .loadTypedElement, .typedArrayLength: return true
        default: return false
        }
    }

    /// The interpreter-register values the frame state of `n` (and its parents) refers to:
    /// uses for liveness and scheduling. An `objectState` stands for the field values it
    /// describes (nested ones too): deoptimization reads those. The closure context is not
    /// materialized by the executable form (the caller knows it), so it is not a use; nor is
    /// the frame state of a memory read, which never deoptimizes.
    static func frameStateInputs(_ n: Node) -> [Node] {
        if isMemoryRead(n) { return [] }
        var entries: [Node] = []
        var f = n.frameState
        while let fs = f {
            entries += fs.registers.compactMap { $0 }
            f = fs.parent
        }
        var out: [Node] = []
        var expanded: Set<Int> = []   // each description once (a malformed cycle must not loop)
        var i = 0
        while i < entries.count {
            let v = entries[i]
            i += 1
            guard case .objectState = v.opcode else { out.append(v); continue }
            if expanded.insert(v.id).inserted { entries += v.inputs }
        }
        return out
    }
}
