extension Builtins {
    static func installFunction(_ realm: Realm) {
    }
}
