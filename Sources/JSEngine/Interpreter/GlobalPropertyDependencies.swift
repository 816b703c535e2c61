/// Code dependencies on global properties (V8's `CompilationDependencies` on property
/// cells): optimized code that specialized a load of a global variable on the property
/// being an own data property of the global object registers itself here for that name.
/// When the global object redefines the property as an accessor or deletes it
/// (`JSGlobalObject`), every dependent code is discarded from its code block, so the next
/// call or loop entry runs in the interpreter and `%GetOptimizationStatus` reports the
/// function unoptimized. A frame still running discarded code meets the load's own guard
/// (it deoptimizes there), as V8's lazily deoptimized frames do.
public final class GlobalPropertyDependencies {
    /// One piece of optimized code and the code block it is installed in. The references
    /// are strong, not weak: a weak reference moves its object's reference count to a side
    /// table, which makes every retain and release of a hot code block (one per call) take
    /// Swift's slow path. Entries whose code is no longer installed are pruned instead
    /// (`register`), and all of them go with the realm.
    private struct Dependent {
        let codeBlock: CodeBlock
        let code: OptimizedCode
        let traceName: String
        var isInstalled: Bool { codeBlock.isInstalled(code) }
    }

    private unowned let realm: Realm
    private var dependents: [JSString: [Dependent]] = [:]

    init(realm: Realm) { self.realm = realm }

    /// Registers `code`, installed in `codeBlock`, as depending on each of `names` staying an
    /// own data property of the global object.
    public func register(_ code: OptimizedCode, installedIn codeBlock: CodeBlock, traceName: String, on names: [JSString]) {
        for name in names {
            var list = dependents[name, default: []]
            list.removeAll { !$0.isInstalled }
            list.append(Dependent(codeBlock: codeBlock, code: code, traceName: traceName))
            dependents[name] = list
        }
    }

    /// The number of live dependents on `name` (for tests and traces).
    public func dependentCount(on name: JSString) -> Int {
        dependents[name, default: []].filter(\.isInstalled).count
    }

    /// Discards every optimized code depending on `name`; each discard counts as a
    /// deoptimization of its code block (so repeated invalidation ends optimization of it).
    func invalidate(dependentsOn name: JSString, because change: String) {
        guard let list = dependents.removeValue(forKey: name) else { return }
        for d in list {
            guard d.codeBlock.discard(d.code) else { continue }
            d.codeBlock.countDeoptimization()
            let reason = "global property \(name.string) \(change)"
            realm.recordDeoptimization(reason: reason)
            if realm.options.traceDeopt {
                realm.output.write("[discarding optimized code of \(d.traceName): \(reason)]")
            }
        }
    }
}
