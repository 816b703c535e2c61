import ArgumentParser

/// `jitloc test262 DIR`: runs a test262 checkout (see the JSEngine issue).
struct Test262Command: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "test262", abstract: "Run test262 tests.")
    @ArgumentParser.Argument(help: "The test262 directory.") var directory: String
    func run() throws {
        throw ValidationError("test262 runner not yet available")
    }
}
