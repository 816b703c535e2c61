/// Bundled test harnesses that `--harness NAME` loads before a program.
public enum Harness {
    public static let names = ["mjsunit"]

    public static func source(named name: String) -> String? {
        switch name {
        case "mjsunit": return MjsunitHarness.source
        default: return nil
        }
    }
}

/// The mjsunit-style assertion library (written for jitloc; mirrors V8's mjsunit.js API).
enum MjsunitHarness {
    static let source = """
    function assertTrue(v, m) { if (v !== true) throw new Error("assertTrue failed" + (m ? ": " + m : "")); }
    """
}
