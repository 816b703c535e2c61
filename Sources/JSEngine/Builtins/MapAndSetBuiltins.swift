extension Builtins {
    static func installMapAndSet(_ realm: Realm) {
    }
}
