import JSEngine

/// The global properties a compiled graph relies on, as V8's property-cell dependencies:
/// the names of the `JSLoadGlobal` nodes left in the final graph (inlined callees' included)
/// whose property is, at compile time, an own data property of the global object. The
/// optimized global load reads such a property from the global object's slot through its
/// inline cache and is only valid while the property stays a data property; the compiler
/// registers the installed code with the realm's `GlobalPropertyDependencies` for these
/// names, so redefining one as an accessor or deleting it discards the code.
enum GlobalLoadDependencies {
    /// The names, sorted and without duplicates.
    static func names(in graph: Graph, global: JSObject) -> [JSString] {
        var names: [JSString] = []
        for n in graph.liveNodes {
            guard case .jsLoadGlobal(let name) = n.opcode, global.ownDataValue(name) != nil,
                  !names.contains(name) else { continue }
            names.append(name)
        }
        return names.sorted { $0.string < $1.string }
    }
}
