import JSEngine

/// The function-exit probes of generated programs. Every generated function returns through
/// `__probe(value)` (and may probe intermediate values the same way), which appends a short, side-effect-free key of the value (`-0` apart
/// from `0`, `NaN`, array contents, the kind of an object) to `__probeLog`; the program ends by
/// printing the log. A miscompiled value returned from a hot loop's call therefore changes the
/// output even when the program never prints that value, as JIT-Picking's probes do. The
/// probes are plain JavaScript, so a finding reproduces with `jitloc run` and in node.
enum ProbePrelude {
    /// The pre-order node numbers of the prelude in `program` (everything up to the end of
    /// `function __probe`), which mutation leaves alone; empty when there is no prelude.
    static func protectedNodes(in program: Program) -> Set<Int> {
        let index = ProgramIndex(program)
        guard let probe = index.nodes.first(where: { node in
            if case .statement(let s) = node.node, case .function(let f) = s.kind { return f.name == "__probe" }
            return false
        }) else { return [] }
        return Set(0..<probe.subtreeEnd)
    }

    static let lines = [
        "var __probeLog = \"\";",
        "var escaped = null;",
        "var calls = 0;",
        "function __key(v) {",
        "  var t = typeof v;",
        "  if (t === \"number\") return v === 0 && 1 / v < 0 ? \"-0\" : \"\" + v;",
        "  if (t === \"object\") return v === null ? \"null\" : Array.isArray(v) ? \"[\" + v.join() + \"]\" : \"o\";",
        "  if (t === \"string\") return \"'\" + v + \"'\";",
        "  return t === \"boolean\" ? \"\" + v : t;",
        "}",
        "function __probe(v) {",
        "  __probeLog += __key(v) + \",\";",
        "  return v;",
        "}",
    ]

    /// The last statement: prints the probe log and how often `valueOf` callbacks and getters
    /// ran (the global `calls`), so a call or getter load the optimizer dropped shows.
    static let epilogue = "console.log(\"probes:\", __probeLog, \"calls:\", calls);"
}
