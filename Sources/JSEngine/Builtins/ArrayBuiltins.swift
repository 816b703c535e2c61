extension Builtins {
    static func installArray(_ realm: Realm) {
    }
}
