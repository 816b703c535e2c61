extension Builtins {
    static func installObject(_ realm: Realm) {
    }
}
