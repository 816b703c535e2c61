import JSEngine

/// `escape-analysis`: replaces objects that never leave the function by their field values
/// (scalar replacement). Mirrors V8 TurboFan's `EscapeAnalysis` + `EscapeAnalysisReducer`
/// and the (non-partial) escape analysis of Graal and HotSpot C2.
///
/// `EscapeClassification` decides which `allocateObject` nodes do not escape: their only
/// uses are shape checks their shape passes, field loads and stores with the object as the
/// object, frame states, and being stored into another such object (then it escapes when
/// that container does, unless nothing uses it after its one store into that container in
/// the allocation's block: then the allocation sinks into that store). `VirtualObjectFields` follows each field's value along the effect
/// order, with phis at joins. Then, in this order:
/// - each frame state that mentions such an object describes it instead, as an
///   `objectState` of its shape whose inputs are the field values at that frame state's
///   program point (nested objects described the same way), so a deoptimization there
///   materializes the object as it is then ("describe-virtual-object-in-frame-state");
/// - loads become the value the field holds ("replace-load-with-field-value");
/// - shape checks of the object go ("remove-shape-check-of-virtual-object");
/// - an object whose allocation sank into its one store into an object that must exist is
///   allocated there instead, with the field values of that point ("materialize-at-escaping-store");
/// - when nothing reads the object any more, its stores go ("remove-store-to-virtual-object")
///   and then the allocation ("scalar-replace-allocation"), containers before the objects
///   stored in them.
/// Each step stands on its own: when a limit skips a rewrite, the steps that would depend
/// on it are not attempted, and the object simply stays allocated.
public struct EscapeAnalysis: OptimizationPhase {
    public let id = "escape-analysis"
    public init() {}

    public func run(_ ctx: PhaseContext) {
        let g = ctx.graph
        let tree = g.dominatorTree
        var classification = EscapeClassification(graph: g, tree: tree)
        guard !classification.allocations.isEmpty else { return }
        let fields = VirtualObjectFields(graph: g, tree: tree,
                                         allocations: classification.allocations.map { ($0.node, $0.shape, $0.stores) })
        classification.propagateEscapes(fields: fields, faults: ctx.faults)
        let virtual = classification.virtualObjects
        guard !virtual.isEmpty else { return }
        var replacement = ScalarReplacement(ctx: ctx, classification: classification, fields: fields)
        replacement.describeVirtualObjectsInFrameStates(removing: virtual)
        replacement.replaceLoads(of: virtual)
        replacement.removeShapeChecks(of: virtual)
        replacement.materializeAtEscapingStores(of: virtual)
        replacement.removeAllocations(virtual)
    }
}
