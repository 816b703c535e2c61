extension Builtins {
    static func installTypedArrays(_ realm: Realm) {
    }
}
