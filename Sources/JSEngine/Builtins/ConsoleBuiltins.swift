extension Builtins {
    static func installConsole(_ realm: Realm) {
    }
}
