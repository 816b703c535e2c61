import JSEngine

/// Renders a graph as readable text (`--print-ir`): blocks with their edges, then one
/// node per line with its inputs, effect input, type, source position and, for nodes that
/// can deoptimize, the bytecode index their frame state resumes at.
public enum IRPrinter {
    public static func print(_ g: Graph, after phase: String) -> String {
        var out = "--- IR of \(g.functionName.isEmpty ? "<anonymous>" : g.functionName)"
        if let header = g.osrEntry { out += " (osr at bytecode \(header))" }
        out += " after \(phase)"
        out += " (\(g.blocks.count) blocks, \(g.liveNodes.count) nodes) ---\n"
        for b in g.blocks {
            var head = "B\(b.id)"
            var notes: [String] = []
            if b.id == 0 { notes.append("entry") }
            if b.isLoopHeader { notes.append("loop header") }
            if !b.predecessors.isEmpty { notes.append("preds " + b.predecessors.map(\.description).joined(separator: " ")) }
            if !b.successors.isEmpty { notes.append("succs " + b.successors.map(\.description).joined(separator: " ")) }
            if !notes.isEmpty { head += " (" + notes.joined(separator: ", ") + ")" }
            out += head + "\n"
            for n in b.nodes { out += "  " + line(n) + "\n" }
        }
        return out
    }

    static func line(_ n: Node) -> String {
        var s = n.description
        if let e = n.effect { s += " effect n\(e.id)" }
        s += " : \(n.type)"
        if n.position.line > 0 { s += "  @\(n.position)" }
        if let fs = n.frameState { s += "  deopt->pc \(fs.pc)" }
        return s
    }
}
