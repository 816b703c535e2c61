/// Assignment and destructuring: simple, compound and logical assignment to variables and
/// properties, and array/object patterns in declarations, parameters and assignments.
extension FunctionCompiler {
    func compileAssignment(_ op: AssignmentOperator, _ p: Pattern, _ value: Expression, into dst: Reg?) throws -> Reg {
        let r = dst ?? allocate()
        switch p {
        case .identifier(let n, let pos):
            let direct = registerOf(n, at: pos).flatMap { resolve(n)?.binding.kind == .const ? nil : $0 }
            switch op {
            case .assign where direct != nil && writesDestinationLast(value):
                try compile(value, into: direct!, nameHint: n)
                if let d = dst, d != direct! { emit(.move(d, direct!)) }
                return dst ?? direct!
            case .compound(let bop) where direct != nil:
                try withTemps {
                    let v = try compile(value)
                    emitBinary(bop, direct!, direct!, v)
                }
                if let d = dst, d != direct! { emit(.move(d, direct!)) }
                return dst ?? direct!
            case .assign:
                try compile(value, into: r, nameHint: n)
                storeVariable(n, from: r, at: pos)
            case .compound(let bop):
                try withTemps {
                    let old = allocate()
                    loadVariable(n, into: old, at: pos)
                    let v = try compile(value)
                    emitBinary(bop, r, old, v)
                }
                storeVariable(n, from: r, at: pos)
            case .logical(let lop):
                let end = Label()
                loadVariable(n, into: r, at: pos)
                emitShortCircuit(lop, r, end)
                try withTemps { _ = try compile(value, into: r, nameHint: n) }
                storeVariable(n, from: r, at: pos)
                bind(end)
            }
        case .expression(let target):
            try withTemps { try compileMemberAssignment(op, target, value, into: r) }
        case .array, .object:
            guard op == .assign else {
                throw CompileError(message: "Invalid left-hand side in assignment", position: p.position)
            }
            try compile(value, into: r)
            try withTemps { try assignPattern(p, from: r, declare: nil) }
        }
        return r
    }

    /// Whether compiling `e` into a register writes that register only as its last step,
    /// so `x = e` may target x's register directly even when e reads x.
    func writesDestinationLast(_ e: Expression) -> Bool {
        switch e.kind {
        case .number, .string, .boolean, .null, .identifier, .this: return true
        case .binary, .call, .new, .member, .index: return true
        case .unary(let op, _): return op != .delete
        default: return false
        }
    }

    private func emitShortCircuit(_ op: LogicalOperator, _ r: Reg, _ end: Label) {
        switch op {
        case .and: jump({ .jumpIfFalse(r, $0) }, to: end)
        case .or: jump({ .jumpIfTrue(r, $0) }, to: end)
        case .nullish: jump({ .jumpIfNotNullish(r, $0) }, to: end)
        }
    }

    private func compileMemberAssignment(_ op: AssignmentOperator, _ target: Expression, _ value: Expression, into r: Reg) throws {
        var object: Expression
        var nameKey: String? = nil
        var indexExpr: Expression? = nil
        switch target.kind {
        case .member(let o, let n, _): object = o; nameKey = n
        case .index(let o, let i, _): object = o; indexExpr = i
        case .superMember(let n):
            return try compileSuperAssignment(op, Expression(.string(Array(n.utf16)), at: target.position), value, into: r)
        case .superIndex(let k):
            return try compileSuperAssignment(op, k, value, into: r)
        default:
            throw CompileError(message: "Invalid left-hand side in assignment", position: target.position)
        }
        if case .optionalChain = object.kind {
            throw CompileError(message: "Invalid left-hand side in assignment", position: target.position)
        }
        let obj = allocate()
        try compile(object, into: obj)
        var key: Reg = -1
        if let i = indexExpr {
            let k = try compile(i)
            key = allocate()
            if op != .assign { emit(.requireObjectCoercible(obj, key: k)) }
            emit(.toPropertyKey(key, k))
        }
        func load(_ into: Reg) {
            if let n = nameKey {
                emit(.getNamed(into, object: obj, name: name(n), fb: feedback(.property)))
            } else {
                emit(.getKeyed(into, object: obj, key: key, fb: feedback(.element)))
            }
        }
        func store(_ from: Reg) {
            if let n = nameKey {
                emit(.setNamed(object: obj, name: name(n), from, fb: feedback(.property)))
            } else {
                emit(.setKeyed(object: obj, key: key, from, fb: feedback(.element)))
            }
        }
        switch op {
        case .assign:
            try compile(value, into: r)
            store(r)
        case .compound(let bop):
            let old = allocate()
            load(old)
            let v = try compile(value)
            emitBinary(bop, r, old, v)
            store(r)
        case .logical(let lop):
            let end = Label()
            load(r)
            emitShortCircuit(lop, r, end)
            try compile(value, into: r)
            store(r)
            bind(end)
        }
    }

    /// `super.x = v`, `super[k] op= v`: [[Set]] on the home object's prototype with `this` as receiver.
    private func compileSuperAssignment(_ op: AssignmentOperator, _ keyExpr: Expression, _ value: Expression, into r: Reg) throws {
        let raw = try compile(keyExpr)
        let key = allocate()
        emit(.toPropertyKey(key, raw))
        let home = allocate()
        guard resolve(FreeVariableAnalysis.homeName) != nil else {
            throw CompileError(message: "'super' keyword unexpected here", position: keyExpr.position)
        }
        loadVariable(FreeVariableAnalysis.homeName, into: home, at: position)
        let this = allocate()
        loadThis(into: this)
        switch op {
        case .assign:
            try compile(value, into: r)
        case .compound(let bop):
            let old = allocate()
            emit(.superGet(old, home: home, this: this, key: key))
            let v = try compile(value)
            emitBinary(bop, r, old, v)
        case .logical(let lop):
            let end = Label()
            emit(.superGet(r, home: home, this: this, key: key))
            emitShortCircuit(lop, r, end)
            try compile(value, into: r)
            emit(.superSet(home: home, this: this, key: key, r))
            bind(end)
            return
        }
        emit(.superSet(home: home, this: this, key: key, r))
    }

    /// Binds or assigns the value in `src` to pattern `p`. `declare` is the declaration kind
    /// for declarations (initialising bindings), nil for plain assignment.
    func assignPattern(_ p: Pattern, from src: Reg, declare: DeclarationKind?, nested: Bool = false) throws {
        switch p {
        case .identifier(let n, let pos):
            storeVariable(n, from: src, initialize: declare != nil && declare != .var, at: pos)
        case .expression(let e):
            try withTemps {
                switch e.kind {
                case .member(let o, let n, _):
                    let obj = try compile(o)
                    emit(.setNamed(object: obj, name: name(n), src, fb: feedback(.property)))
                case .index(let o, let i, _):
                    let obj = try compile(o)
                    let k = try compile(i)
                    emit(.setKeyed(object: obj, key: k, src, fb: feedback(.element)))
                default:
                    throw CompileError(message: "Invalid destructuring assignment target", position: e.position)
                }
            }
        case .array(let elements, let rest):
            try withTemps {
                let iterator = allocate()
                emit(.getIterator(iterator, iterable: src))
                let done = allocate()
                emit(.loadFalse(done))
                for el in elements {
                    let v = allocate()
                    emit(.loadUndefined(v))
                    let skip = Label(), exhausted = Label()
                    jump({ .jumpIfTrue(done, $0) }, to: skip)
                    jump({ .iteratorNext(v, iterator: iterator, exit: $0) }, to: exhausted)
                    jump({ .jump($0) }, to: skip)
                    bind(exhausted)
                    emit(.loadTrue(done))
                    emit(.loadUndefined(v))
                    bind(skip)
                    if let el = el {
                        try applyDefault(el, to: v)
                        try assignPattern(el.target, from: v, declare: declare, nested: true)
                    }
                }
                if let r = rest {
                    let arr = allocate()
                    emit(.createArray(arr, capacity: 0))
                    let end = Label(), top = Label()
                    jump({ .jumpIfTrue(done, $0) }, to: end)
                    bind(top)
                    let v = allocate()
                    jump({ .iteratorNext(v, iterator: iterator, exit: $0) }, to: end)
                    emit(.arrayPush(array: arr, v))
                    jump({ .jump($0) }, to: top)
                    bind(end)
                    try assignPattern(r, from: arr, declare: declare)
                }
            }
        case .object(let props, let rest):
            try withTemps {
                let check = Label()
                jump({ .jumpIfNotNullish(src, $0) }, to: check)
                // V8's message names the first property and whether the value was null or undefined.
                var firstName: String? = nil
                var firstHasDefault = false
                if let first = props.first, case .identifier(let n) = first.key {
                    firstName = n
                    firstHasDefault = first.value.defaultValue != nil
                }
                func message(_ v: String) -> String {
                    guard let n = firstName else { return "Cannot destructure '\(v)' as it is \(v)." }
                    if firstHasDefault || nested { return "Cannot read properties of \(v) (reading '\(n)')" }
                    return "Cannot destructure property '\(n)' of '\(v)' as it is \(v)."
                }
                let isNull = Label()
                jump({ .jumpIfNotUndefined(src, $0) }, to: isNull)
                emit(.throwTypeError(message: name(message("undefined"))))
                bind(isNull)
                emit(.throwTypeError(message: name(message("null"))))
                bind(check)
                var keys: [Reg] = []
                for prop in props {
                    let v = allocate()
                    switch prop.key {
                    case .identifier(let n):
                        let k = allocate()
                        emit(.loadString(k, name: name(n)))
                        keys.append(k)
                        emit(.getKeyed(v, object: src, key: k, fb: feedback(.element)))
                    case .computed(let e):
                        let raw = try compile(e)
                        let k = allocate()
                        emit(.toPropertyKey(k, raw))
                        keys.append(k)
                        emit(.getKeyed(v, object: src, key: k, fb: feedback(.element)))
                    }
                    try applyDefault(prop.value, to: v)
                    try assignPattern(prop.value.target, from: v, declare: declare, nested: true)
                }
                if let r = rest {
                    let excluded = allocate()
                    emit(.createArray(excluded, capacity: Int32(keys.count)))
                    for k in keys { emit(.arrayPush(array: excluded, k)) }
                    let out = allocate()
                    emit(.objectRest(out, source: src, excluded: excluded))
                    try assignPattern(r, from: out, declare: declare)
                }
            }
        }
    }

    func applyDefault(_ el: PatternElement, to v: Reg) throws {
        guard let d = el.defaultValue else { return }
        let has = Label()
        jump({ .jumpIfNotUndefined(v, $0) }, to: has)
        var hint: String? = nil
        if case .identifier(let n, _) = el.target { hint = n }
        try withTemps { _ = try compile(d, into: v, nameHint: hint) }
        bind(has)
    }
}
