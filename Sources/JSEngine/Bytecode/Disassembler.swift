/// Renders code blocks as readable text (`jitloc run --print-bytecode`): one instruction per
/// line with its index and source position, then the constant pool and handlers, then
/// each nested function.
public enum Disassembler {
    public static func disassemble(_ code: CodeBlock) -> String {
        var out = ""
        render(code, into: &out)
        return out
    }

    private static func render(_ code: CodeBlock, into out: inout String) {
        let title = code.isScript ? "script" : (code.name.isEmpty ? "<anonymous>" : code.name)
        out += "== \(title) (params: \(code.parameterCount), registers: \(code.registerCount), "
        out += "feedback slots: \(code.feedback.slots.count)\(code.isStrict ? ", strict" : "")) ==\n"
        for (i, inst) in code.instructions.enumerated() {
            let pos = i < code.positions.count ? code.positions[i].description : "?"
            var text = "\(inst)"
            if case .loadString(_, let n) = inst, Int(n) < code.strings.count {
                text += "    ; \"\(code.strings[Int(n)].string)\""
            }
            out += pad(String(i), 5) + "  " + pad(pos, 8) + "  " + text + "\n"
        }
        for h in code.handlers {
            out += "  handler: [\(h.start), \(h.end)) -> \(h.handler), exception in r\(h.register)\n"
        }
        for f in code.functions {
            out += "\n"
            render(f, into: &out)
        }
    }

    private static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
    }
}
