/// The optimization phases that exist, in no particular order (the pipeline orders them by
/// id). A phase of `Pipeline.order` missing here is not implemented yet and is reported so.
public enum PhaseRegistry {
    public static var all: [OptimizationPhase] {
        var phases: [OptimizationPhase] = []
        phases.append(InliningPhase())
        phases.append(LoopInvariantCodeMotion())
        phases.append(LoopPeeling())
        phases.append(GlobalValueNumbering())
        phases.append(CheckElimination())
        phases.append(LoadElimination())
        phases.append(BoundsCheckElimination())
        phases.append(EscapeAnalysis())
        phases.append(DeadCodeElimination())
        phases.append(TyperPhase())
        phases.append(TypedLoweringPhase())
        phases.append(ConstantFoldingPhase())
        phases.append(SchedulingPhase())              // back end: run by Backend.compile
        phases.append(RegisterAllocationPhase())
        phases.append(InstructionSelectionPhase())
        return phases
    }
}
