extension Builtins {
    static func installJSON(_ realm: Realm) {
    }
}
