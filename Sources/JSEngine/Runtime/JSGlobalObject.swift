/// The global object of a realm. An ordinary object, except that it tells the realm's
/// `GlobalPropertyDependencies` when one of its own data properties stops being one
/// (redefined as an accessor, or deleted), so optimized code that relied on the property
/// is discarded, as V8 does when a global property cell changes its kind.
final class JSGlobalObject: JSObject {
    private unowned let realm: Realm

    init(proto: JSObject, realm: Realm) {
        self.realm = realm
        super.init(proto: proto)
    }

    override func putOwn(_ key: PropertyKey, _ value: JSValue, _ attrs: PropertyAttributes) {
        guard case .name(let name) = key, attrs.contains(.accessor), isDataProperty(name) else {
            super.putOwn(key, value, attrs)
            return
        }
        super.putOwn(key, value, attrs)
        realm.globalPropertyDependencies.invalidate(dependentsOn: name, because: "redefined as an accessor")
    }

    override func removeOwn(_ key: PropertyKey) {
        guard case .name(let name) = key, isDataProperty(name) else {
            super.removeOwn(key)
            return
        }
        super.removeOwn(key)
        realm.globalPropertyDependencies.invalidate(dependentsOn: name, because: "deleted")
    }

    private func isDataProperty(_ name: JSString) -> Bool {
        guard let s = shape.slot(of: name) else { return false }
        return !shape.attributes[s].contains(.accessor)
    }
}
