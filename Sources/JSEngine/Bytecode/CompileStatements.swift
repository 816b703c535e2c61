/// Statement compilation: declarations and hoisting, control flow, loops, switch,
/// try/catch/finally and the routing of break/continue/return through finally clauses.
extension FunctionCompiler {
    // MARK: - Scope bodies

    /// Declares the lexical names and hoisted functions of a statement list in `scope`
    /// and emits their TDZ initialisation and function instantiation.
    func declareBlock(_ body: [Statement], in scope: CompilerScope) throws {
        let lexicalNames = try declareLexicals(body, in: scope)
        enterContext(scope)
        initializeTDZ(scope, names: lexicalNames)
        try instantiateFunctions(body, in: scope)
    }

    /// Declares the let/const/class/function names of a statement list; returns the lexical ones.
    func declareLexicals(_ body: [Statement], in scope: CompilerScope) throws -> [String] {
        var lexicalNames: [String] = []
        for s in body {
            switch s.kind {
            case .declaration(let k, let decls) where k != .var:
                for d in decls {
                    for n in FreeVariableAnalysis.boundNamesList(d.target) {
                        try declare(n, k, in: scope, lexical: true)
                        lexicalNames.append(n)
                    }
                }
            case .class(let c):
                if let n = c.name {
                    try declare(n, .let, in: scope, lexical: true)
                    lexicalNames.append(n)
                }
            case .function(let f):
                if let n = f.name {
                    if scope.kind == .block {
                        try declare(n, .let, in: scope, lexical: false)
                    } else if scope.bindings[n] == nil {
                        try declare(n, .var, in: scope, lexical: false)
                    }
                }
            default: break
            }
        }
        return lexicalNames
    }

    /// Creates the closures of function declarations at the start of their scope.
    func instantiateFunctions(_ body: [Statement], in scope: CompilerScope) throws {
        for s in body {
            guard case .function(let f) = s.kind, let n = f.name else { continue }
            position = s.position
            try withTemps {
                let r = allocate()
                try emitClosure(f, into: r, inferredName: n, isExpression: false)
                if scope.kind == .script {
                    emit(.defineGlobalFunction(name: name(n), r))
                } else {
                    storeVariable(n, from: r, initialize: true, at: s.position)
                    // Annex B: a block-level function in sloppy code also assigns the function-level var.
                    if scope.kind == .block && !strict, let outer = functionLevelVar(n) {
                        _ = outer
                        storeAnnexB(n, from: r)
                    }
                }
            }
        }
    }

    private func functionLevelVar(_ n: String) -> Binding? {
        for s in scopes.reversed() where s.kind != .block {
            return s.bindings[n]
        }
        return nil
    }

    private func storeAnnexB(_ n: String, from r: Reg) {
        guard let fs = scopes.last(where: { $0.kind != .block }), let b = fs.bindings[n], !b.isLexical else { return }
        var depth: Int32 = 0
        for s in scopes.reversed() {
            if s === fs { break }
            if s.hasContext { depth += 1 }
        }
        switch b.location {
        case .register(let reg): emit(.move(reg, r))
        case .context(let slot): emit(.storeContext(depth: depth, slot: slot, r))
        case .global: emit(.storeGlobal(name: name(n), r, fb: feedback(.property)))
        default: break
        }
    }

    func compileBlock(_ body: [Statement], isSwitch: Bool = false) throws {
        let scope = pushScope(.block)
        scope.isSwitch = isSwitch
        try declareBlock(body, in: scope)
        for s in body { try compile(s) }
        exitContext(scope)
        popScope()
    }

    // MARK: - Statements

    func compile(_ s: Statement) throws {
        position = s.position
        switch s.kind {
        case .expression(let e):
            try withTemps { _ = try compileDiscardingResult(e) }
        case .declaration(let kind, let decls):
            for d in decls { try compileDeclarator(d, kind) }
        case .function:
            break // hoisted by declareBlock / the function prologue
        case .class(let c):
            try withTemps {
                let r = allocate()
                try compileClass(c, into: r)
                if let n = c.name {
                    storeVariable(n, from: r, initialize: true, at: s.position)
                    markInitialized(n, after: s.position.offset)
                }
            }
        case .return(let e):
            try withTemps {
                let r: Reg
                if let e = e { r = try compile(e) } else {
                    r = allocate()
                    emit(.loadUndefined(r))
                }
                emitReturn(r)
            }
        case .if(let c, let a, let b):
            let elseLabel = Label(), end = Label()
            try compileCondition(c, jumpIfFalseTo: elseLabel)
            try compileSubStatement(a)
            if let b = b {
                jump({ .jump($0) }, to: end)
                bind(elseLabel)
                try compileSubStatement(b)
            } else {
                bind(elseLabel)
            }
            bind(end)
        case .block(let body):
            try compileBlock(body)
        case .for(let i, let t, let u, let body):
            try compileFor(i, t, u, body, labels: [])
        case .forIn(let b, let e, let body):
            try compileForInOf(b, e, body, isOf: false, labels: [])
        case .forOf(let b, let e, let body):
            try compileForInOf(b, e, body, isOf: true, labels: [])
        case .while(let c, let body):
            try compileWhile(c, body, labels: [])
        case .doWhile(let body, let c):
            try compileDoWhile(body, c, labels: [])
        case .break(let label):
            try emitBreak(label, isContinue: false)
        case .continue(let label):
            try emitBreak(label, isContinue: true)
        case .throw(let e):
            try withTemps {
                let r = try compile(e)
                emit(.throw(r))
            }
        case .try(let b, let c, let f):
            try compileTry(b, c, f)
        case .switch(let d, let cases):
            try compileSwitch(d, cases, labels: [])
        case .labeled:
            try compileLabeled(s)
        case .empty:
            break
        case .debugger:
            emit(.debugger)
        }
    }

    /// Compiles an expression whose value is unused: `i++` becomes `++i`.
    func compileDiscardingResult(_ e: Expression) throws -> Reg {
        if case .update(let op, _, let x) = e.kind {
            if case .identifier(let n) = x.kind, let reg = registerOf(n, at: x.position),
               resolve(n)?.binding.kind != .const {
                return try compileUpdate(op, prefix: true, x, into: reg)
            }
            return try compileUpdate(op, prefix: true, x, into: allocate())
        }
        return try compile(e)
    }

    /// A statement in a sub-statement position (if/loop body) gets its own block scope.
    func compileSubStatement(_ s: Statement) throws {
        if case .block = s.kind { try compile(s) } else { try compileBlock([s]) }
    }

    func markInitialized(_ n: String, after offset: Int32) {
        if let r = resolve(n), r.sameFunction, r.binding.initializedAfter == Int32.max {
            r.binding.initializedAfter = offset
        }
    }

    func compileDeclarator(_ d: VariableDeclarator, _ kind: DeclarationKind) throws {
        try withTemps {
            if let i = d.initializer {
                let inferred: String?
                if case .identifier(let n, _) = d.target { inferred = n } else { inferred = nil }
                let r = try compile(i, nameHint: inferred)
                try assignPattern(d.target, from: r, declare: kind)
            } else if kind != .var {
                let r = allocate()
                emit(.loadUndefined(r))
                try assignPattern(d.target, from: r, declare: kind)
            }
        }
        if kind != .var {
            for n in FreeVariableAnalysis.boundNamesList(d.target) { markInitialized(n, after: d.target.position.offset) }
        }
    }

    // MARK: - Loops

    func compileLabeled(_ s: Statement) throws {
        var labels: [String] = []
        var inner = s
        while case .labeled(let l, let body) = inner.kind {
            labels.append(l)
            inner = body
        }
        position = inner.position
        switch inner.kind {
        case .for(let i, let t, let u, let body): try compileFor(i, t, u, body, labels: labels)
        case .forIn(let b, let e, let body): try compileForInOf(b, e, body, isOf: false, labels: labels)
        case .forOf(let b, let e, let body): try compileForInOf(b, e, body, isOf: true, labels: labels)
        case .while(let c, let body): try compileWhile(c, body, labels: labels)
        case .doWhile(let body, let c): try compileDoWhile(body, c, labels: labels)
        case .switch(let d, let cases): try compileSwitch(d, cases, labels: labels)
        default:
            let end = Label()
            control.append(.breakable(labels: labels, breakLabel: end, continueLabel: nil, isLoopOrSwitch: false))
            try compile(inner)
            control.removeLast()
            bind(end)
        }
    }

    func compileWhile(_ c: Expression, _ body: Statement, labels: [String]) throws {
        let top = Label(), end = Label(), cont = Label()
        bind(top)
        try compileCondition(c, jumpIfFalseTo: end)
        control.append(.breakable(labels: labels, breakLabel: end, continueLabel: cont, isLoopOrSwitch: true))
        try compileSubStatement(body)
        control.removeLast()
        bind(cont)
        emit(.loopHint(fb: feedback(.loop)))
        jump({ .jump($0) }, to: top)
        bind(end)
    }

    func compileDoWhile(_ body: Statement, _ c: Expression, labels: [String]) throws {
        let top = Label(), end = Label(), cont = Label()
        bind(top)
        control.append(.breakable(labels: labels, breakLabel: end, continueLabel: cont, isLoopOrSwitch: true))
        try compileSubStatement(body)
        control.removeLast()
        bind(cont)
        // The test leaves the loop; the back edge is the unconditional jump after the loop
        // hint, as in every loop (on-stack replacement enters at the jump's target).
        try compileCondition(c, jumpIfFalseTo: end)
        emit(.loopHint(fb: feedback(.loop)))
        jump({ .jump($0) }, to: top)
        bind(end)
    }

    func compileFor(_ initializer: ForInitializer?, _ test: Expression?, _ update: Expression?,
                    _ body: Statement, labels: [String]) throws {
        let scope = pushScope(.block)
        var perIteration = false
        if case .declaration(let k, let decls)? = initializer, k != .var {
            var names: [String] = []
            for d in decls {
                for n in FreeVariableAnalysis.boundNamesList(d.target) {
                    try declare(n, k, in: scope, lexical: true)
                    names.append(n)
                }
            }
            enterContext(scope)
            initializeTDZ(scope, names: names)
            perIteration = scope.hasContext
        }
        switch initializer {
        case .declaration(let k, let decls)?:
            for d in decls { try compileDeclarator(d, k) }
        case .expression(let e)?:
            try withTemps { _ = try compile(e) }
        case nil: break
        }
        let top = Label(), end = Label(), cont = Label()
        bind(top)
        if let t = test { try compileCondition(t, jumpIfFalseTo: end) }
        control.append(.breakable(labels: labels, breakLabel: end, continueLabel: cont, isLoopOrSwitch: true))
        try compileSubStatement(body)
        control.removeLast()
        bind(cont)
        if perIteration { emit(.cloneContext) }
        if let u = update { try withTemps { _ = try compileDiscardingResult(u) } }
        emit(.loopHint(fb: feedback(.loop)))
        jump({ .jump($0) }, to: top)
        bind(end)
        exitContext(scope)
        popScope()
    }

    func compileForInOf(_ binding: ForBinding, _ object: Expression, _ body: Statement, isOf: Bool, labels: [String]) throws {
        // The iterated expression sees the loop's lexical names in TDZ.
        let mark = nextRegister
        let iterator = allocate()
        let value = allocate()
        let tdz = pushScope(.block)
        if case .declaration(let k, let p) = binding, k != .var {
            for n in FreeVariableAnalysis.boundNamesList(p) { try declare(n, k, in: tdz, lexical: true) }
            enterContext(tdz)
            initializeTDZ(tdz, names: FreeVariableAnalysis.boundNamesList(p))
        }
        try withTemps {
            let o = try compile(object)
            emit(isOf ? .getIterator(iterator, iterable: o) : .forInPrepare(iterator, object: o))
        }
        exitContext(tdz)
        popScope()
        let top = Label(), end = Label(), cont = Label()
        bind(top)
        jump({ isOf ? .iteratorNext(value, iterator: iterator, exit: $0) : .forInNext(value, iterator: iterator, exit: $0) }, to: end)
        let scope = pushScope(.block)
        control.append(.breakable(labels: labels, breakLabel: end, continueLabel: cont, isLoopOrSwitch: true))
        switch binding {
        case .declaration(let k, let p):
            if k != .var {
                for n in FreeVariableAnalysis.boundNamesList(p) { try declare(n, k, in: scope, lexical: true) }
                enterContext(scope)
            }
            try assignPattern(p, from: value, declare: k)
        case .target(let p):
            try assignPattern(p, from: value, declare: nil)
        }
        try compileSubStatement(body)
        exitContext(scope)
        control.removeLast()
        bind(cont)
        emit(.loopHint(fb: feedback(.loop)))
        jump({ .jump($0) }, to: top)
        bind(end)
        popScope()
        nextRegister = max(nextRegister, mark)
    }

    // MARK: - Switch

    func compileSwitch(_ d: Expression, _ cases: [SwitchCase], labels: [String]) throws {
        let mark = nextRegister
        let disc = allocate()
        try withTemps {
            let r = try compile(d)
            if r != disc { emit(.move(disc, r)) }
        }
        let scope = pushScope(.block)
        scope.isSwitch = true
        let all = cases.flatMap { $0.body }
        try declareBlock(all, in: scope)
        let end = Label()
        var caseLabels: [Label] = []
        var defaultLabel: Label?
        for c in cases {
            let l = Label()
            caseLabels.append(l)
            if let t = c.test {
                position = c.position
                try withTemps {
                    let r = try compile(t)
                    jump({ .jumpIfStrictEqual(disc, r, $0) }, to: l)
                }
            } else {
                defaultLabel = l
            }
        }
        jump({ .jump($0) }, to: defaultLabel ?? end)
        control.append(.breakable(labels: labels, breakLabel: end, continueLabel: nil, isLoopOrSwitch: true))
        for (i, c) in cases.enumerated() {
            bind(caseLabels[i])
            for s in c.body { try compile(s) }
        }
        control.removeLast()
        bind(end)
        exitContext(scope)
        popScope()
        nextRegister = max(nextRegister, mark)
    }

    // MARK: - Try

    func compileTry(_ block: [Statement], _ handler: CatchClause?, _ finalizer: [Statement]?) throws {
        if let f = finalizer {
            let info = FinallyInfo(kindRegister: allocate(), valueRegister: allocate())
            let start = here
            control.append(.finally(info))
            if let h = handler {
                try compileTryCatch(block, h)
            } else {
                try compileBlock(block)
            }
            control.removeLast()
            let end = here
            emit(.loadNumber(info.kindRegister, FinallyInfo.normal))
            jump({ .jump($0) }, to: info.entry)
            let catchAll = here
            code.handlers.append(ExceptionHandler(start: start, end: end, handler: catchAll,
                                                  register: info.valueRegister, contextDepth: contextDepth))
            emit(.loadNumber(info.kindRegister, FinallyInfo.throw))
            bind(info.entry)
            try compileBlock(f)
            try emitFinallyDispatch(info)
        } else if let h = handler {
            try compileTryCatch(block, h)
        } else {
            try compileBlock(block)
        }
    }

    private func compileTryCatch(_ block: [Statement], _ handler: CatchClause) throws {
        let start = here
        try compileBlock(block)
        let end = here
        let done = Label()
        jump({ .jump($0) }, to: done)
        let exception = allocate()
        code.handlers.append(ExceptionHandler(start: start, end: end, handler: here,
                                              register: exception, contextDepth: contextDepth))
        let scope = pushScope(.block)
        if let p = handler.parameter {
            for n in FreeVariableAnalysis.boundNamesList(p) { try declare(n, .let, in: scope, lexical: false) }
            enterContext(scope)
            try assignPattern(p, from: exception, declare: .let)
        } else {
            enterContext(scope)
        }
        try compileBlock(handler.body)
        exitContext(scope)
        popScope()
        bind(done)
    }

    /// After a finally body: rethrow, return, or continue the jump that entered it.
    private func emitFinallyDispatch(_ info: FinallyInfo) throws {
        let after = Label()
        try withTemps {
            let k = allocate()
            emit(.loadNumber(k, FinallyInfo.normal))
            jump({ .jumpIfStrictEqual(info.kindRegister, k, $0) }, to: after)
            let notThrow = Label()
            emit(.loadNumber(k, FinallyInfo.throw))
            let isThrow = Label()
            jump({ .jumpIfStrictEqual(info.kindRegister, k, $0) }, to: isThrow)
            jump({ .jump($0) }, to: notThrow)
            bind(isThrow)
            emit(.throw(info.valueRegister))
            bind(notThrow)
            let notReturn = Label()
            emit(.loadNumber(k, FinallyInfo.return))
            let isReturn = Label()
            jump({ .jumpIfStrictEqual(info.kindRegister, k, $0) }, to: isReturn)
            jump({ .jump($0) }, to: notReturn)
            bind(isReturn)
            emitReturn(info.valueRegister)
            bind(notReturn)
            for route in info.routes {
                let next = Label()
                emit(.loadNumber(k, Double(route.code)))
                let take = Label()
                jump({ .jumpIfStrictEqual(info.kindRegister, k, $0) }, to: take)
                jump({ .jump($0) }, to: next)
                bind(take)
                try emitJumpOut(toControlIndex: route.targetIndex, isContinue: route.isContinue)
                bind(next)
            }
        }
        bind(after)
    }

    // MARK: - Break, continue, return

    func emitBreak(_ label: String?, isContinue: Bool) throws {
        var i = control.count - 1
        while i >= 0 {
            if case .breakable(let labels, _, let cont, let isLoopOrSwitch) = control[i] {
                let matches: Bool
                if let l = label {
                    matches = labels.contains(l)
                } else {
                    matches = isContinue ? cont != nil : isLoopOrSwitch
                }
                if matches && (!isContinue || cont != nil) {
                    try emitJumpOut(toControlIndex: i, isContinue: isContinue)
                    return
                }
            }
            i -= 1
        }
        throw CompileError(message: label.map { "Undefined label '\($0)'" } ?? (isContinue ? "Illegal continue statement" : "Illegal break statement"),
                           position: position)
    }

    /// Emits the exits (context pops, finally clauses) from the current point to control entry `target`.
    func emitJumpOut(toControlIndex target: Int, isContinue: Bool) throws {
        var i = control.count - 1
        var pops: Int32 = 0
        while i > target {
            switch control[i] {
            case .context:
                pops += 1
            case .finally(let info):
                for _ in 0..<pops { emit(.popContext) }
                let code = info.routes.count + 1
                info.routes.append((code: code, targetIndex: target, isContinue: isContinue))
                emit(.loadNumber(info.kindRegister, Double(code)))
                jump({ .jump($0) }, to: info.entry)
                return
            case .breakable:
                break
            }
            i -= 1
        }
        for _ in 0..<pops { emit(.popContext) }
        guard case .breakable(_, let brk, let cont, _) = control[target] else { return }
        jump({ .jump($0) }, to: isContinue ? (cont ?? brk) : brk)
    }

    /// Returns `value`, running enclosing finally clauses first.
    func emitReturn(_ value: Reg) {
        for entry in control.reversed() {
            if case .finally(let info) = entry {
                if info.valueRegister != value { emit(.move(info.valueRegister, value)) }
                emit(.loadNumber(info.kindRegister, FinallyInfo.return))
                jump({ .jump($0) }, to: info.entry)
                return
            }
        }
        emit(.return(value))
    }
}
