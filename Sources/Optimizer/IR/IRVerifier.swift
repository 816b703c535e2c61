import JSEngine

/// Structural checks of a graph (`--verify-ir`, after every phase): use lists match
/// inputs, inputs are live and dominate their uses (SSA), phis have one input per
/// predecessor, every block ends in exactly one terminator whose successor count fits,
/// effect inputs are effectful nodes or effect phis, nodes that can deoptimize carry
/// a frame state referring only to live nodes that dominate them, and object descriptions
/// (`objectState`) have one input per field of their shape and are never used as values.
public enum IRVerifier {
    public struct Failure: Error, CustomStringConvertible {
        public let phase: String
        public let function: String
        public let problems: [String]
        public var description: String {
            "IR verification failed after \(phase) in \(function): " + problems.prefix(5).joined(separator: "; ")
        }
    }

    public static func check(_ g: Graph) -> [String] {
        var problems: [String] = []
        let dom = g.dominatorTree
        // Each placed node's index in its block, by node id (0 for others, as before).
        var position = [Int](repeating: 0, count: g.nodes.count)
        for b in g.blocks { for (i, n) in b.nodes.enumerated() where n.id < position.count { position[n.id] = i } }
        func positionInBlock(_ n: Node) -> Int { n.id < position.count ? position[n.id] : 0 }
        // A block no path from the entry reaches is dominated by every block (vacuously).
        func blockDominates(_ a: Block, _ b: Block) -> Bool { !dom.isReachable(b) || dom.dominates(a, b) }
        func dominates(_ def: Node, _ use: Node, inputIndex: Int) -> Bool {
            guard let db = def.block, let ub = use.block else { return false }
            if case .phi = use.opcode {
                // A phi's i-th input must dominate the end of the i-th predecessor.
                guard inputIndex < ub.predecessors.count else { return false }
                return blockDominates(db, ub.predecessors[inputIndex])
            }
            if case .effectPhi = use.opcode {
                guard inputIndex < ub.predecessors.count else { return false }
                return blockDominates(db, ub.predecessors[inputIndex])
            }
            if db === ub { return positionInBlock(def) < positionInBlock(use) }
            return blockDominates(db, ub)
        }
        for b in g.blocks {
            let terminators = b.nodes.filter { $0.opcode.isTerminator }
            if terminators.count != 1 || b.nodes.last?.opcode.isTerminator != true {
                problems.append("B\(b.id) has \(terminators.count) terminators or one not at the end")
            }
            if let t = b.terminator {
                let expected: Int
                switch t.opcode {
                case .goto: expected = 1
                case .branch: expected = 2
                default: expected = 0
                }
                if b.successors.count != expected { problems.append("B\(b.id): \(t.opcode) with \(b.successors.count) successors") }
            }
            for n in b.nodes {
                if n.isDead { problems.append("\(n) is dead but still in B\(b.id)") }
                if n.block !== b { problems.append("\(n) thinks it is in another block") }
                for (i, input) in n.inputs.enumerated() {
                    if input.isDead { problems.append("\(n) uses dead \(input)") }
                    if !input.uses.contains(where: { $0 === n }) { problems.append("\(input) lacks use by \(n)") }
                    if !dominates(input, n, inputIndex: i) { problems.append("\(input) does not dominate its use in \(n)") }
                }
                switch n.opcode {
                case .phi, .effectPhi:
                    if n.inputs.count != b.predecessors.count {
                        problems.append("\(n) has \(n.inputs.count) inputs for \(b.predecessors.count) predecessors")
                    }
                case .objectState(let shape, _):
                    if n.inputs.count != shape.shape.count {
                        problems.append("\(n) describes \(n.inputs.count) fields of a shape with \(shape.shape.count)")
                    }
                default:
                    for input in n.inputs {
                        if case .objectState = input.opcode { problems.append("\(n) uses the object description \(input) as a value") }
                    }
                }
                if let e = n.effect {
                    if e.isDead { problems.append("\(n) has dead effect input \(e)") }
                    switch e.opcode {
                    case .start, .effectPhi: break
                    default:
                        if !e.opcode.isEffectful { problems.append("\(n)'s effect input \(e) is not effectful") }
                    }
                } else if n.opcode.isEffectful {
                    problems.append("\(n) is effectful but has no effect input")
                }
                if n.opcode.canDeoptimize {
                    guard let fs = n.frameState else {
                        problems.append("\(n) can deoptimize but has no frame state")
                        continue
                    }
                    for r in fs.referencedNodes {
                        if r.isDead { problems.append("frame state of \(n) refers to dead \(r)") }
                        else if !dominates(r, n, inputIndex: -1) { problems.append("frame state of \(n) refers to \(r), which does not dominate it") }
                    }
                }
            }
        }
        return problems
    }
}
