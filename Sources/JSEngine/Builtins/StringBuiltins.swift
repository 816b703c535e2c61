extension Builtins {
    static func installString(_ realm: Realm) {
    }
}
