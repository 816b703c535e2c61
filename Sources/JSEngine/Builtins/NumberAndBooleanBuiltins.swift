extension Builtins {
    static func installNumberAndBoolean(_ realm: Realm) {
    }
}
