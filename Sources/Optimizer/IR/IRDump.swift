import Foundation
import JSEngine

/// Machine-readable dumps of a graph: JSON (`--dump-ir=DIR`, one file per function and
/// phase) and Graphviz DOT (`--dump-dot=DIR`).
///
/// JSON schema (version 1):
/// `{ "version": 1, "function": String, "phase": String,
///    "blocks": [ { "id": Int, "loopHeader": Bool, "predecessors": [Int], "successors": [Int], "nodes": [Int] } ],
///    "nodes": [ { "id": Int, "opcode": String, "inputs": [Int], "effect": Int|null, "block": Int,
///                 "type": String, "typedBy": String, "createdBy": String, "bytecode": Int,
///                 "line": Int, "column": Int, "deoptPC": Int|null } ] }`
/// Node ids are stable within a run; lists are in block and node order.
public enum IRDump {
    public static func json(_ g: Graph, phase: String) -> String {
        var blocks: [[String: Any]] = []
        for b in g.blocks {
            blocks.append([
                "id": b.id, "loopHeader": b.isLoopHeader,
                "predecessors": b.predecessors.map(\.id), "successors": b.successors.map(\.id),
                "nodes": b.nodes.map(\.id),
            ])
        }
        var nodes: [[String: Any]] = []
        for n in g.liveNodes {
            nodes.append([
                "id": n.id, "opcode": "\(n.opcode)", "inputs": n.inputs.map(\.id),
                "effect": n.effect.map { $0.id as Any } ?? NSNull(), "block": n.block?.id ?? -1,
                "type": n.type.description, "typedBy": n.typedBy, "createdBy": n.createdBy,
                "bytecode": n.bytecodeOffset, "line": Int(n.position.line), "column": Int(n.position.column),
                "deoptPC": n.frameState.map { $0.pc as Any } ?? NSNull(),
            ])
        }
        let root: [String: Any] = ["version": 1, "function": g.functionName, "phase": phase, "blocks": blocks, "nodes": nodes]
        guard let data = try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .prettyPrinted]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    public static func dot(_ g: Graph, phase: String) -> String {
        var out = "digraph \"\(escape(g.functionName)) after \(phase)\" {\n  node [shape=box, fontname=\"monospace\"];\n"
        for b in g.blocks {
            out += "  subgraph cluster_B\(b.id) {\n    label=\"B\(b.id)\(b.isLoopHeader ? " (loop)" : "")\";\n"
            for n in b.nodes { out += "    n\(n.id) [label=\"n\(n.id) \(escape("\(n.opcode)"))\\n\(escape(n.type.description))\"];\n" }
            out += "  }\n"
        }
        for n in g.liveNodes {
            for i in n.inputs { out += "  n\(i.id) -> n\(n.id);\n" }
            if let e = n.effect { out += "  n\(e.id) -> n\(n.id) [style=dashed, color=blue];\n" }
        }
        for b in g.blocks {
            guard let t = b.terminator else { continue }
            for s in b.successors {
                if let first = s.nodes.first { out += "  n\(t.id) -> n\(first.id) [style=bold, color=red];\n" }
            }
        }
        return out + "}\n"
    }

    /// Writes `<dir>/<function>-<nn>-<phase>.<ext>`; errors are reported, never fatal.
    public static func write(_ text: String, directory: String, function: String, index: Int, phase: String, ext: String) -> String? {
        let safe = (function.isEmpty ? "anonymous" : function).map { $0.isLetter || $0.isNumber ? $0 : "_" }
        let name = "\(String(safe))-\(String(format: "%02d", index))-\(phase).\(ext)"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try text.write(toFile: (directory as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
            return nil
        } catch {
            return "cannot write \(name) in \(directory): \(error.localizedDescription)"
        }
    }

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
