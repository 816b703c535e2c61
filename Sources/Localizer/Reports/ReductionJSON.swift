import Foundation

/// `jitloc reduce --json` (and the `reduced`/`reduction` fields of a localization report):
/// `program`, `reduced` (the reduced PoC's text), `culprit{phase, rule}`, `original_nodes`,
/// `reduced_nodes`, `candidates`, `runs`, `interrupted`, `seconds`; sorted keys.
public enum ReductionJSON {
    /// The fields a localization report's `reduction` object has (all but `program`, `reduced`
    /// and `seconds`).
    public static func summary(_ r: ReducedPoC) -> [String: Any] {
        [
            "culprit": ["phase": r.culprit.phase ?? NSNull(), "rule": r.culprit.rule ?? NSNull()] as [String: Any],
            "original_nodes": r.originalNodes,
            "reduced_nodes": r.reducedNodes,
            "candidates": r.candidatesRun,
            "runs": r.runs,
            "interrupted": r.interrupted,
        ]
    }

    public static func render(_ r: ReducedPoC, program: String, seconds: Double) -> String {
        var object = summary(r)
        object["program"] = program
        object["reduced"] = r.text
        object["seconds"] = (seconds * 1000).rounded() / 1000
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
            ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
