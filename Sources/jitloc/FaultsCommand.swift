import ArgumentParser
import Foundation
import Optimizer

/// `jitloc faults [--json]`: lists the injectable faults (id, phase, summary, analog).
struct FaultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faults",
        abstract: "List the injectable JIT faults (use one with `jitloc run --inject ID`).",
        discussion: "Each fault is a believable logic error inside one optimization phase, modelled on a class of real JIT bugs. corpora/pocs/ID.js is a proof of concept for each."
    )

    @Flag(name: .long, help: "Print a JSON array of {id, phase, summary, analog}.")
    var json = false

    func run() throws {
        if json {
            let rows = FaultCatalog.all.map { f -> [String: Any] in
                ["id": f.id.rawValue, "phase": f.phase, "summary": f.summary, "analog": f.analog,
                 "implemented": !FaultCatalog.pending.contains(f.id)]
            }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        let width = FaultCatalog.all.map(\.id.rawValue.count).max() ?? 0
        for f in FaultCatalog.all {
            let status = FaultCatalog.pending.contains(f.id) ? " (not implemented yet)" : ""
            print(f.id.rawValue.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + f.summary + status)
            print(String(repeating: " ", count: width) + "  mirrors: " + f.analog)
        }
        let phases = Set(FaultCatalog.all.map(\.phase)).count
        print("\(FaultCatalog.all.count) faults over \(phases) phases")
    }
}
