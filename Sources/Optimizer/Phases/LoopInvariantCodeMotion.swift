/// `licm`: moves computations whose inputs do not change inside a loop out of it, into the
/// loop's preheader, so they run once instead of on every iteration. Mirrors LLVM's LICM
/// pass (and the loop-invariant hoisting of V8's scheduler, which places floating nodes
/// outside loops when it can).
///
/// Only pure nodes move: constants, typed arithmetic, conversions and comparisons. Guards
/// stay where they are (moving one would need a frame state valid before the loop), and so
/// do loads and stores: whether a load is invariant depends on every store in the loop,
/// which this pass does not analyse.
public struct LoopInvariantCodeMotion: OptimizationPhase {
    public let id = "licm"
    public init() {}

    public func run(_ ctx: PhaseContext) {
        let g = ctx.graph
        for loop in LoopAnalysis(g).loops {
            guard let preheader = loop.preheader else { continue }
            var moved = true
            while moved {
                moved = false
                for block in loop.body {
                    for n in block.nodes where isHoistable(n) && n.inputs.allSatisfy({ !loop.contains($0.block) }) {
                        let hoisted = ctx.rewrite("hoist-invariant", at: n) {
                            g.place(n, in: preheader)
                            return [n]
                        }
                        if hoisted { moved = true }
                    }
                }
            }
        }
    }

    /// Pure, non-control, non-phi nodes that cannot deoptimize.
    func isHoistable(_ n: Node) -> Bool {
        if n.opcode.isEffectful || n.opcode.isTerminator || n.opcode.canDeoptimize { return false }
        switch n.opcode {
        case .phi, .effectPhi, .start, .parameter, .context, .osrValue: return false
        default: return true
        }
    }
}
