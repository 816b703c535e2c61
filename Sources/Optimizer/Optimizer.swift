import JSEngine

/// The optimizing tier's entry point (implemented by the Optimizer issue).
/// It will conform to `TierUpHook` and compile hot functions into optimized code.
public enum OptimizerModule {
    /// The phase ids in pipeline order.
    public static let phaseIDs = FlagParser.phaseIDs
}
