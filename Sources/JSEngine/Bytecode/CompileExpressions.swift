/// Expression compilation: operators, property access, calls, literals, assignments,
/// optional chains and natives-syntax calls.
extension FunctionCompiler {
    /// Compiles `e`; the result is in the returned register (`dst` when given).
    @discardableResult
    func compile(_ e: Expression, into dst: Reg? = nil, nameHint: String? = nil) throws -> Reg {
        let saved = position
        position = e.position
        defer { position = saved }
        func target() -> Reg { dst ?? allocate() }
        switch e.kind {
        case .number(let d):
            if dst == nil, let c = constantRegisters[d.bitPattern] { return c }
            let r = target()
            emit(.loadNumber(r, d))
            return r
        case .string(let u):
            let r = target()
            emit(.loadString(r, name: code.intern(units: u)))
            return r
        case .boolean(let b):
            let r = target()
            emit(b ? .loadTrue(r) : .loadFalse(r))
            return r
        case .null:
            let r = target()
            emit(.loadNull(r))
            return r
        case .this:
            let r = target()
            loadThis(into: r)
            return r
        case .identifier(let n):
            if n == "undefined", resolve(n) == nil {
                let r = target()
                emit(.loadUndefined(r))
                return r
            }
            if dst == nil, let reg = registerOf(n, at: e.position) { return reg }
            let r = target()
            loadVariable(n, into: r, at: e.position)
            return r
        case .template(let quasis, let exprs):
            let r = target()
            emit(.loadString(r, name: code.intern(units: quasis.first ?? [])))
            try withTemps {
                for (i, x) in exprs.enumerated() {
                    let v = try compile(x)
                    let s = allocate()
                    emit(.toStringForConcat(s, v))
                    emit(.add(r, r, s, fb: feedback(.binary)))
                    if i + 1 < quasis.count, !quasis[i + 1].isEmpty {
                        emit(.loadString(s, name: code.intern(units: quasis[i + 1])))
                        emit(.add(r, r, s, fb: feedback(.binary)))
                    }
                }
            }
            return r
        case .array(let elements):
            let r = target()
            try compileArrayElements(elements, into: r)
            return r
        case .object(let props):
            let r = target()
            try compileObjectLiteral(props, into: r)
            return r
        case .function(let f):
            let r = target()
            try emitClosure(f, into: r, inferredName: f.name ?? nameHint)
            return r
        case .class(let c):
            let r = target()
            try compileClass(c, into: r, inferredName: nameHint)
            return r
        case .unary(let op, let x):
            return try compileUnary(op, x, into: target())
        case .update(let op, let prefix, let x):
            return try compileUpdate(op, prefix: prefix, x, into: target())
        case .binary(let op, let a, let b):
            let r = target()
            try withTemps {
                let (left, right) = try compileOperands(a, b)
                emitBinary(op, r, left, right)
            }
            return r
        case .logical(let op, let a, let b):
            let r = target()
            let end = Label()
            try compile(a, into: r)
            switch op {
            case .and: jump({ .jumpIfFalse(r, $0) }, to: end)
            case .or: jump({ .jumpIfTrue(r, $0) }, to: end)
            case .nullish: jump({ .jumpIfNotNullish(r, $0) }, to: end)
            }
            try withTemps { _ = try compile(b, into: r) }
            bind(end)
            return r
        case .assignment(let op, let p, let v):
            return try compileAssignment(op, p, v, into: dst)
        case .conditional(let c, let a, let b):
            let r = target()
            let elseLabel = Label(), end = Label()
            try compileCondition(c, jumpIfFalseTo: elseLabel)
            try withTemps { _ = try compile(a, into: r) }
            jump({ .jump($0) }, to: end)
            bind(elseLabel)
            try withTemps { _ = try compile(b, into: r) }
            bind(end)
            return r
        case .call(let callee, let args, let optional):
            return try compileCall(callee, args, optional: optional, into: target())
        case .new(let callee, let args):
            let r = target()
            try withTemps {
                let c = try compile(callee)
                if let spread = try compileSpreadArguments(args) {
                    emit(.constructSpread(r, callee: c, array: spread, fb: feedback(.call)))
                } else {
                    let (start, count) = try compileArguments(args)
                    emit(.construct(r, callee: c, args: start, argc: count, fb: feedback(.call)))
                }
                code.callSiteNames[Int32(code.instructions.count - 1)] = CallSiteName.describe(callee)
            }
            return r
        case .member(let o, let n, let optional):
            let r = target()
            try withTemps {
                let obj = try compile(o)
                if optional { try jumpToChainEnd(ifNullish: obj) }
                emit(.getNamed(r, object: obj, name: name(n), fb: feedback(.property)))
            }
            return r
        case .index(let o, let i, let optional):
            let r = target()
            try withTemps {
                var obj = try compile(o)
                if optional { try jumpToChainEnd(ifNullish: obj) }
                if hasSideEffectsOnLocals(i), isVariableRegister(obj) {
                    let t = allocate()
                    emit(.move(t, obj))
                    obj = t
                }
                let key = try compile(i)
                emit(.getKeyed(r, object: obj, key: key, fb: feedback(.element)))
            }
            return r
        case .optionalChain(let inner):
            let r = target()
            let nullish = Label(), end = Label()
            optionalChainLabels.append(nullish)
            try compile(inner, into: r)
            optionalChainLabels.removeLast()
            jump({ .jump($0) }, to: end)
            bind(nullish)
            emit(.loadUndefined(r))
            bind(end)
            return r
        case .superCall(let args):
            let r = target()
            try withTemps {
                if let spread = try compileSpreadArguments(args) {
                    emit(.superCallSpread(r, array: spread))
                } else {
                    let (start, count) = try compileArguments(args)
                    emit(.superCall(r, args: start, argc: count))
                }
            }
            storeThisAfterSuper(r)
            return r
        case .superMember(let n):
            let r = target()
            try withTemps {
                let key = allocate()
                emit(.loadString(key, name: name(n)))
                try emitSuperGet(r, key: key)
            }
            return r
        case .superIndex(let x):
            let r = target()
            try withTemps {
                let k = try compile(x)
                let key = allocate()
                emit(.toPropertyKey(key, k))
                try emitSuperGet(r, key: key)
            }
            return r
        case .sequence(let es):
            let r = target()
            for (i, x) in es.enumerated() {
                if i == es.count - 1 {
                    try compile(x, into: r)
                } else {
                    try withTemps { _ = try compile(x) }
                }
            }
            return r
        case .nativeCall(let n, let args):
            let r = target()
            try withTemps {
                let start = allocate(max(args.count, 1))
                for (i, a) in args.enumerated() {
                    try withTemps { _ = try compile(a, into: start + Int32(i)) }
                }
                emit(.natives(r, id: name(n), args: start, argc: Int32(args.count)))
            }
            return r
        }
    }

    /// Evaluates two operands left to right; the left one is copied out of its variable's
    /// register when evaluating the right one may assign that variable.
    func compileOperands(_ a: Expression, _ b: Expression) throws -> (Reg, Reg) {
        var left = try compile(a)
        if hasSideEffectsOnLocals(b), isVariableRegister(left) {
            let t = allocate()
            emit(.move(t, left))
            left = t
        }
        return (left, try compile(b))
    }

    // MARK: - Conditions

    /// Compiles a test that jumps to `label` when false, fusing comparisons with the branch.
    func compileCondition(_ e: Expression, jumpIfFalseTo label: Label) throws {
        let kinds: [BinaryOperator: CompareKind] = [
            .less: .less, .greater: .greater, .lessEqual: .lessEqual, .greaterEqual: .greaterEqual,
            .equal: .equal, .notEqual: .notEqual, .strictEqual: .strictEqual, .strictNotEqual: .strictNotEqual,
        ]
        let saved = position
        position = e.position
        defer { position = saved }
        switch e.kind {
        case .binary(let op, let a, let b) where kinds[op] != nil:
            try withTemps {
                let (left, right) = try compileOperands(a, b)
                let fb = feedback(.compare)
                jump({ .jumpUnlessCompare(kinds[op]!, left, right, $0, fb: fb) }, to: label)
            }
        case .logical(.and, let a, let b):
            try compileCondition(a, jumpIfFalseTo: label)
            try compileCondition(b, jumpIfFalseTo: label)
        default:
            try withTemps {
                let r = try compile(e)
                jump({ .jumpIfFalse(r, $0) }, to: label)
            }
        }
    }

    // MARK: - Helpers

    func isVariableRegister(_ r: Reg) -> Bool {
        for s in scopes {
            for b in s.bindings.values {
                if case .register(let x) = b.location, x == r { return true }
            }
        }
        return r > 0 && r <= Int32(code.parameterCount)
    }

    /// Whether evaluating `e` may assign a variable (so an earlier operand read from a
    /// variable's register must be copied first).
    func hasSideEffectsOnLocals(_ e: Expression) -> Bool {
        var found = false
        func visit(_ e: Expression) {
            if found { return }
            switch e.kind {
            case .assignment, .update: found = true
            default:
                ExpressionWalker.walk(e, identifier: { _ in }, function: { _ in }, pattern: { _ in found = true })
                if !found { walkChildren(e) }
            }
        }
        func walkChildren(_ e: Expression) {
            switch e.kind {
            case .unary(_, let x), .optionalChain(let x), .member(let x, _, _), .superIndex(let x): visit(x)
            case .binary(_, let a, let b), .logical(_, let a, let b), .index(let a, let b, _): visit(a); visit(b)
            case .conditional(let a, let b, let c): visit(a); visit(b); visit(c)
            case .call(let c, let args, _), .new(let c, let args): visit(c); args.forEach { visit($0.expression) }
            case .sequence(let es), .template(_, let es), .nativeCall(_, let es): es.forEach(visit)
            case .array(let els):
                for el in els {
                    if case .expression(let x) = el { visit(x) }
                    if case .spread(let x) = el { visit(x) }
                }
            case .object(let props):
                for p in props {
                    switch p {
                    case .property(let k, let v):
                        if case .computed(let x) = k { visit(x) }
                        visit(v)
                    case .spread(let x): visit(x)
                    default: break
                    }
                }
            case .superCall(let args): args.forEach { visit($0.expression) }
            default: break
            }
        }
        visit(e)
        return found
    }

    func jumpToChainEnd(ifNullish r: Reg) throws {
        guard let l = optionalChainLabels.last else {
            throw CompileError(message: "optional chain outside a chain", position: position)
        }
        jump({ .jumpIfNullish(r, $0) }, to: l)
    }

    func loadThis(into r: Reg) {
        loadVariable(FreeVariableAnalysis.thisName, into: r, at: position)
        if code.kind == .derivedConstructor || isInsideDerivedConstructorArrow {
            emit(.checkHole(r, name: name("this")))
        }
    }

    var isInsideDerivedConstructorArrow: Bool {
        var c: FunctionCompiler? = self
        while let f = c, f.code.kind == .arrow { c = f.parent }
        return c?.code.kind == .derivedConstructor && c !== self
    }

    func storeThisAfterSuper(_ r: Reg) {
        if let res = resolve(FreeVariableAnalysis.thisName), case .context = res.binding.location {
            storeVariable(FreeVariableAnalysis.thisName, from: 0, initialize: true, at: position)
        }
    }

    func emitSuperGet(_ r: Reg, key: Reg) throws {
        let home = allocate()
        guard resolve(FreeVariableAnalysis.homeName) != nil else {
            throw CompileError(message: "'super' keyword unexpected here", position: position)
        }
        loadVariable(FreeVariableAnalysis.homeName, into: home, at: position)
        let this = allocate()
        loadThis(into: this)
        emit(.superGet(r, home: home, this: this, key: key))
    }

    func emitBinary(_ op: BinaryOperator, _ r: Reg, _ a: Reg, _ b: Reg) {
        switch op {
        case .add: emit(.add(r, a, b, fb: feedback(.binary)))
        case .sub: emit(.sub(r, a, b, fb: feedback(.binary)))
        case .mul: emit(.mul(r, a, b, fb: feedback(.binary)))
        case .div: emit(.div(r, a, b, fb: feedback(.binary)))
        case .mod: emit(.mod(r, a, b, fb: feedback(.binary)))
        case .exp: emit(.exp(r, a, b, fb: feedback(.binary)))
        case .shl: emit(.shl(r, a, b, fb: feedback(.binary)))
        case .sar: emit(.sar(r, a, b, fb: feedback(.binary)))
        case .shr: emit(.shr(r, a, b, fb: feedback(.binary)))
        case .bitAnd: emit(.bitAnd(r, a, b, fb: feedback(.binary)))
        case .bitOr: emit(.bitOr(r, a, b, fb: feedback(.binary)))
        case .bitXor: emit(.bitXor(r, a, b, fb: feedback(.binary)))
        case .equal: emit(.equal(r, a, b, fb: feedback(.compare)))
        case .notEqual: emit(.notEqual(r, a, b, fb: feedback(.compare)))
        case .strictEqual: emit(.strictEqual(r, a, b, fb: feedback(.compare)))
        case .strictNotEqual: emit(.strictNotEqual(r, a, b, fb: feedback(.compare)))
        case .less: emit(.less(r, a, b, fb: feedback(.compare)))
        case .greater: emit(.greater(r, a, b, fb: feedback(.compare)))
        case .lessEqual: emit(.lessEqual(r, a, b, fb: feedback(.compare)))
        case .greaterEqual: emit(.greaterEqual(r, a, b, fb: feedback(.compare)))
        case .in: emit(.hasProperty(r, key: a, object: b))
        case .instanceof: emit(.instanceOf(r, a, b, fb: feedback(.call)))
        }
    }

    func compileUnary(_ op: UnaryOperator, _ x: Expression, into r: Reg) throws -> Reg {
        switch op {
        case .typeof:
            if case .identifier(let n) = x.kind, resolve(n) == nil, realm.globalLexicalNames[n] == nil {
                emit(.typeofGlobal(r, name: name(n)))
                return r
            }
            try withTemps {
                let v = try compile(x)
                emit(.typeOf(r, v))
            }
        case .delete:
            try compileDelete(x, into: r)
        case .void:
            try withTemps { _ = try compile(x) }
            emit(.loadUndefined(r))
        default:
            try withTemps {
                let v = try compile(x)
                switch op {
                case .minus: emit(.negate(r, v, fb: feedback(.binary)))
                case .plus: emit(.toNumber(r, v))
                case .not: emit(.not(r, v))
                case .bitNot: emit(.bitNot(r, v, fb: feedback(.binary)))
                default: break
                }
            }
        }
        return r
    }

    private func compileDelete(_ x: Expression, into r: Reg) throws {
        if case .optionalChain(let e) = x.kind {
            // `delete a?.b`: true when the chain short-circuits.
            let nullish = Label(), end = Label()
            optionalChainLabels.append(nullish)
            try compileDelete(e, into: r)
            optionalChainLabels.removeLast()
            jump({ .jump($0) }, to: end)
            bind(nullish)
            emit(.loadTrue(r))
            bind(end)
            return
        }
        let inner = x
        switch inner.kind {
        case .member(let o, let n, let optional):
            try withTemps {
                let obj = try compile(o)
                if optional { try jumpToChainEnd(ifNullish: obj) }
                let key = allocate()
                emit(.loadString(key, name: name(n)))
                emit(.deleteKeyed(r, object: obj, key: key))
            }
        case .index(let o, let i, let optional):
            try withTemps {
                let obj = try compile(o)
                if optional { try jumpToChainEnd(ifNullish: obj) }
                let key = try compile(i)
                emit(.deleteKeyed(r, object: obj, key: key))
            }
        case .identifier(let n):
            if resolve(n) == nil && realm.globalLexicalNames[n] == nil {
                try withTemps {
                    let g = allocate()
                    emit(.loadGlobalObject(g))
                    let key = allocate()
                    emit(.loadString(key, name: name(n)))
                    emit(.deleteKeyed(r, object: g, key: key))
                }
            } else {
                emit(.loadFalse(r))
            }
        case .superMember, .superIndex:
            // `delete super.x` evaluates `this` (and the key expression) and throws.
            try withTemps {
                let t = allocate()
                loadThis(into: t)
                if case .superIndex(let k) = inner.kind { _ = try compile(k) }
            }
            emit(.throwReferenceErrorMessage(message: name("Unsupported reference to 'super'")))
        default:
            try withTemps { _ = try compile(x) }
            emit(.loadTrue(r))
        }
    }

    func compileUpdate(_ op: UpdateOperator, prefix: Bool, _ x: Expression, into r: Reg) throws -> Reg {
        func apply(_ dst: Reg, _ src: Reg) {
            let fb = feedback(.binary)
            emit(op == .increment ? .increment(dst, src, fb: fb) : .decrement(dst, src, fb: fb))
        }
        switch x.kind {
        case .identifier(let n) where prefix && registerOf(n, at: x.position) != nil && resolve(n)?.binding.kind != .const:
            let reg = registerOf(n, at: x.position)!
            apply(reg, reg)
            if r != reg { emit(.move(r, reg)) }
        case .identifier(let n):
            try withTemps {
                let old = allocate()
                loadVariable(n, into: old, at: x.position)
                if prefix {
                    apply(r, old)
                    storeVariable(n, from: r, at: x.position)
                } else {
                    emit(.toNumeric(r, old))
                    let nv = allocate()
                    apply(nv, r)
                    storeVariable(n, from: nv, at: x.position)
                }
            }
        case .member(let o, let n, _):
            try withTemps {
                let obj = try compile(o)
                let old = allocate()
                emit(.getNamed(old, object: obj, name: name(n), fb: feedback(.property)))
                let nv = allocate()
                if prefix {
                    apply(nv, old)
                    emit(.move(r, nv))
                } else {
                    emit(.toNumeric(r, old))
                    apply(nv, r)
                }
                emit(.setNamed(object: obj, name: name(n), nv, fb: feedback(.property)))
            }
        case .index(let o, let i, _):
            try withTemps {
                let obj = try compile(o)
                let k = try compile(i)
                let key = allocate()
                emit(.requireObjectCoercible(obj, key: k))
                emit(.toPropertyKey(key, k))
                let old = allocate()
                emit(.getKeyed(old, object: obj, key: key, fb: feedback(.element)))
                let nv = allocate()
                if prefix {
                    apply(nv, old)
                    emit(.move(r, nv))
                } else {
                    emit(.toNumeric(r, old))
                    apply(nv, r)
                }
                emit(.setKeyed(object: obj, key: key, nv, fb: feedback(.element)))
            }
        default:
            throw CompileError(message: "Invalid left-hand side expression in \(prefix ? "prefix" : "postfix") operation", position: x.position)
        }
        return r
    }

    // MARK: - Calls

    func compileCall(_ callee: Expression, _ args: [Argument], optional: Bool, into r: Reg) throws -> Reg {
        try withTemps {
            let f = allocate()
            let this = allocate()
            var calleeExpr = callee
            var chainEnd: (nullish: Label, end: Label)? = nil
            if case .optionalChain(let inner) = callee.kind {
                switch inner.kind {
                case .member, .index:
                    // `(a?.m)()` keeps `a` as the receiver, like `a.m()`.
                    chainEnd = (Label(), Label())
                    optionalChainLabels.append(chainEnd!.nullish)
                    calleeExpr = inner
                default: break
                }
            }
            switch calleeExpr.kind {
            case .member(let o, let n, let opt):
                try compile(o, into: this)
                if opt { try jumpToChainEnd(ifNullish: this) }
                emit(.getNamed(f, object: this, name: name(n), fb: feedback(.property)))
            case .index(let o, let i, let opt):
                try compile(o, into: this)
                if opt { try jumpToChainEnd(ifNullish: this) }
                let k = try compile(i)
                emit(.getKeyed(f, object: this, key: k, fb: feedback(.element)))
            case .superMember(let n):
                let key = allocate()
                emit(.loadString(key, name: name(n)))
                try emitSuperGet(f, key: key)
                loadThis(into: this)
            case .superIndex(let x):
                let k = try compile(x)
                let key = allocate()
                emit(.toPropertyKey(key, k))
                try emitSuperGet(f, key: key)
                loadThis(into: this)
            default:
                try compile(callee, into: f)
                emit(.loadUndefined(this))
            }
            if let c = chainEnd {
                jump({ .jump($0) }, to: c.end)
                bind(c.nullish)
                emit(.loadUndefined(f))
                bind(c.end)
                optionalChainLabels.removeLast()
            }
            if optional { try jumpToChainEnd(ifNullish: f) }
            let site = CallSiteName.describe(callee)
            if let spread = try compileSpreadArguments(args) {
                emit(.callSpread(r, callee: f, this: this, array: spread, fb: feedback(.call)))
            } else {
                let (start, count) = try compileArguments(args)
                emit(.call(r, callee: f, this: this, args: start, argc: count, fb: feedback(.call)))
            }
            code.callSiteNames[Int32(code.instructions.count - 1)] = site
        }
        return r
    }

    /// Evaluates plain arguments into consecutive registers.
    func compileArguments(_ args: [Argument]) throws -> (Reg, Int32) {
        let start = allocate(max(args.count, 1))
        for (i, a) in args.enumerated() {
            try withTemps { _ = try compile(a.expression, into: start + Int32(i)) }
        }
        return (start, Int32(args.count))
    }

    /// If any argument is spread, builds an array of all arguments and returns it.
    func compileSpreadArguments(_ args: [Argument]) throws -> Reg? {
        guard args.contains(where: { if case .spread = $0 { return true }; return false }) else { return nil }
        let arr = allocate()
        try compileArrayElements(args.map { a -> ArrayElement in
            switch a {
            case .expression(let x): return .expression(x)
            case .spread(let x): return .spread(x)
            }
        }, into: arr)
        return arr
    }

    /// Creates an array in `r` from literal elements (holes and spreads included).
    func compileArrayElements(_ elements: [ArrayElement], into r: Reg) throws {
        emit(.createArray(r, capacity: Int32(elements.count)))
        try withTemps {
            for el in elements {
                switch el {
                case .hole: emit(.arrayPushHole(array: r))
                case .expression(let x):
                    let v = try compile(x)
                    emit(.arrayPush(array: r, v))
                case .spread(let x):
                    let v = try compile(x)
                    emit(.arraySpread(array: r, iterable: v))
                }
            }
        }
    }

    // MARK: - Object literals

    func compileObjectLiteral(_ props: [ObjectProperty], into r: Reg) throws {
        emit(.createObject(r))
        for p in props {
            try withTemps {
                switch p {
                case .property(let k, let v):
                    if case .identifier("__proto__") = k {
                        // `__proto__: v` sets the literal's prototype (through Object.prototype's
                        // __proto__ setter, which ignores values that are neither objects nor null).
                        let val = try compile(v)
                        emit(.setNamed(object: r, name: name("__proto__"), val, fb: feedback(.property)))
                    } else if case .identifier(let n) = k, PropertyKey(n).isName {
                        let val = try compile(v, nameHint: n)
                        emit(.defineNamed(object: r, name: name(n), val))
                    } else {
                        let key = try compileKey(k)
                        let val = try compile(v, nameHint: keyHint(k))
                        if case .computed = k, isAnonymousFunctionDefinition(v) {
                            // SetFunctionName with the computed key, as for methods.
                            emit(.defineMethod(object: r, key: key, val, enumerable: true))
                        } else {
                            emit(.defineKeyed(object: r, key: key, val))
                        }
                    }
                case .method(let k, let f):
                    let key = try compileKey(k)
                    let fn = allocate()
                    try emitClosure(f, into: fn, inferredName: keyHint(k))
                    emit(.defineMethod(object: r, key: key, fn, enumerable: true))
                case .getter(let k, let f):
                    let key = try compileKey(k)
                    let fn = allocate()
                    try emitClosure(f, into: fn, inferredName: keyHint(k).map { "get " + $0 })
                    emit(.defineGetter(object: r, key: key, fn, enumerable: true))
                case .setter(let k, let f):
                    let key = try compileKey(k)
                    let fn = allocate()
                    try emitClosure(f, into: fn, inferredName: keyHint(k).map { "set " + $0 })
                    emit(.defineSetter(object: r, key: key, fn, enumerable: true))
                case .spread(let x):
                    let v = try compile(x)
                    emit(.copyDataProperties(target: r, source: v))
                }
            }
        }
    }

    func isAnonymousFunctionDefinition(_ e: Expression) -> Bool {
        switch e.kind {
        case .function(let f): return f.name == nil
        case .class(let c): return c.name == nil
        default: return false
        }
    }

    func compileKey(_ k: PropertyName) throws -> Reg {
        switch k {
        case .identifier(let n):
            let r = allocate()
            emit(.loadString(r, name: name(n)))
            return r
        case .computed(let e):
            let v = try compile(e)
            let r = allocate()
            emit(.toPropertyKey(r, v))
            return r
        }
    }

    func keyHint(_ k: PropertyName) -> String? {
        if case .identifier(let n) = k { return n }
        return nil
    }
}

extension PropertyKey {
    var isName: Bool { if case .name = self { return true }; return false }
}

/// Renders a callee expression the way V8's "x is not a function" messages show it.
enum CallSiteName {
    static func describe(_ e: Expression) -> String {
        switch e.kind {
        case .identifier(let n): return n
        case .member(let o, let n, _): return describe(o) + "." + n
        case .index(let o, let i, _):
            if case .number(let d) = i.kind { return describe(o) + "[" + NumberConversion.numberToString(d) + "]" }
            if case .string(let u) = i.kind { return describe(o) + "." + String(decoding: u, as: UTF16.self) }
            if case .identifier(let n) = i.kind { return describe(o) + "[" + n + "]" }
            return describe(o) + "[...]"
        case .unary(.void, let x):
            if case .number(let d) = x.kind { return "(void " + NumberConversion.numberToString(d) + ")" }
            return "(intermediate value)"
        case .this: return "this"
        case .null: return "null"
        case .boolean(let b): return b ? "true" : "false"
        case .number(let d): return NumberConversion.numberToString(d)
        case .string(let u): return "\"" + String(decoding: u, as: UTF16.self) + "\""
        case .superMember(let n): return "(intermediate value)." + n
        case .call(let c, _, _): return describe(c) + "(...)"
        case .optionalChain(let x): return describe(x)
        default: return "(intermediate value)"
        }
    }
}
