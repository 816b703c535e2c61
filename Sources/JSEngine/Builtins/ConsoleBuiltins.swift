/// `console.log` and friends. `console.error`, `warn`, `info` and `debug` write to the same
/// output sink as `log` (node sends error/warn to stderr; jitloc keeps one ordered stream).
extension Builtins {
    /// Installs `console`, and links `Number.parseInt`/`parseFloat` to the globals (this
    /// installer runs last, after the globals exist).
    static func installConsole(_ realm: Realm) {
        linkNumberParseFunctions(realm)
        let console = JSObject(proto: realm.objectPrototype)
        for name in ["log", "error", "warn", "info", "debug"] {
            realm.method(console, name, 0) { realm, _, args, _ in
                var formatter = ConsoleFormatter(realm: realm)
                realm.output.write(try formatter.formatLogArguments(args))
                return .undefined
            }
        }
        realm.global.define("console", .object(console))
    }
}
