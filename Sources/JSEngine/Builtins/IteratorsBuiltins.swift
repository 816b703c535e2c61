extension Builtins {
    static func installIterators(_ realm: Realm) {
    }
}
