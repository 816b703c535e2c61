extension Builtins {
    static func installMath(_ realm: Realm) {
    }
}
