/// Generates the bytecode of one function (or script): emission, registers, labels, scopes
/// and variable access. Statements, expressions, patterns and functions are compiled by the
/// extensions in the neighbouring `Compile*.swift` files.
final class FunctionCompiler {
    let code: CodeBlock
    let parent: FunctionCompiler?
    let analysis: FreeVariableAnalysis
    let realm: Realm
    var scopes: [CompilerScope] = []
    var control: [ControlEntry] = []
    var nextRegister: Int32 = 1
    var contextDepth: Int32 = 0
    var position: SourcePosition = .none
    /// The script's source (UTF-16), for the functions' `sourceText` (Function.prototype.toString).
    var sourceUnits: [UInt16] = []
    /// Names that nested functions refer to: these bindings go into contexts.
    var captured: Set<String> = []
    var strict: Bool { code.isStrict }
    /// The innermost `finally` info list for return routing is derived from `control`.
    /// Registers holding numeric constants used as operands, loaded once on entry.
    var constantRegisters: [UInt64: Reg] = [:]
    /// Nullish short-circuit targets of the optional chains being compiled.
    var optionalChainLabels: [Label] = []

    init(code: CodeBlock, parent: FunctionCompiler?, analysis: FreeVariableAnalysis, realm: Realm) {
        self.code = code
        self.parent = parent
        self.analysis = analysis
        self.realm = realm
    }

    // MARK: - Emission

    @discardableResult
    func emit(_ i: Instruction) -> Int {
        code.instructions.append(i)
        code.positions.append(position)
        return code.instructions.count - 1
    }

    var here: Int32 { Int32(code.instructions.count) }

    func feedback(_ slot: FeedbackSlot) -> Int32 { code.feedback.add(slot) }

    func name(_ s: String) -> Int32 { code.intern(s) }

    func bind(_ label: Label) {
        label.target = here
        for p in label.pending { patch(p, to: here) }
        label.pending.removeAll()
    }

    /// Emits a jump-family instruction to `label`, patching later if it is not yet bound.
    func jump(_ make: (Int32) -> Instruction, to label: Label) {
        let at = emit(make(label.target ?? -1))
        if label.target == nil { label.pending.append(at) }
    }

    func patch(_ at: Int, to t: Int32) {
        switch code.instructions[at] {
        case .jump: code.instructions[at] = .jump(t)
        case .jumpIfTrue(let r, _): code.instructions[at] = .jumpIfTrue(r, t)
        case .jumpIfFalse(let r, _): code.instructions[at] = .jumpIfFalse(r, t)
        case .jumpIfNullish(let r, _): code.instructions[at] = .jumpIfNullish(r, t)
        case .jumpIfNotNullish(let r, _): code.instructions[at] = .jumpIfNotNullish(r, t)
        case .jumpIfUndefined(let r, _): code.instructions[at] = .jumpIfUndefined(r, t)
        case .jumpIfNotUndefined(let r, _): code.instructions[at] = .jumpIfNotUndefined(r, t)
        case .jumpIfStrictEqual(let a, let b, _): code.instructions[at] = .jumpIfStrictEqual(a, b, t)
        case .jumpUnlessCompare(let k, let a, let b, _, let fb): code.instructions[at] = .jumpUnlessCompare(k, a, b, t, fb: fb)
        case .forInNext(let d, let it, _): code.instructions[at] = .forInNext(d, iterator: it, exit: t)
        case .iteratorNext(let d, let it, _): code.instructions[at] = .iteratorNext(d, iterator: it, exit: t)
        default: break
        }
    }

    // MARK: - Registers

    func allocate() -> Reg {
        let r = nextRegister
        nextRegister += 1
        if Int(nextRegister) > code.registerCount { code.registerCount = Int(nextRegister) }
        return r
    }

    func allocate(_ n: Int) -> Reg {
        let r = nextRegister
        nextRegister += Int32(n)
        if Int(nextRegister) > code.registerCount { code.registerCount = Int(nextRegister) }
        return r
    }

    /// Runs `body` and releases the temporaries it allocated.
    func withTemps<T>(_ body: () throws -> T) rethrows -> T {
        let mark = nextRegister
        defer { nextRegister = mark }
        return try body()
    }

    // MARK: - Scopes

    func pushScope(_ kind: CompilerScope.Kind) -> CompilerScope {
        let s = CompilerScope(kind: kind)
        scopes.append(s)
        return s
    }

    /// Declares `name` in `scope`; captured names get context slots, others registers.
    @discardableResult
    func declare(_ name: String, _ kind: DeclarationKind, in scope: CompilerScope, lexical: Bool) throws -> Binding {
        if let existing = scope.bindings[name] {
            if lexical || existing.isLexical {
                throw CompileError(message: "Identifier '\(name)' has already been declared", position: position)
            }
            return existing
        }
        let location: BindingLocation
        if scope.kind == .script {
            if lexical {
                if realm.globalLexicalNames[name] != nil {
                    throw CompileError(message: "Identifier '\(name)' has already been declared", position: position)
                }
                if let p = realm.global.getOwn(PropertyKey(name)), !p.attributes.contains(.configurable) {
                    throw CompileError(message: "Identifier '\(name)' has already been declared", position: position)
                }
                let slot = Int32(realm.globalLexicalSlots.count)
                realm.globalLexicalSlots.append(.hole)
                realm.globalLexicalIsConst.append(kind == .const)
                realm.globalLexicalNames[name] = Int(slot)
                location = .globalLexical(slot: slot)
            } else {
                if realm.globalLexicalNames[name] != nil {
                    throw CompileError(message: "Identifier '\(name)' has already been declared", position: position)
                }
                location = .global
            }
        } else if captured.contains(name) {
            if !scope.hasContext { scope.hasContext = true }
            location = .context(slot: scope.contextSlots)
            scope.contextSlots += 1
        } else {
            location = .register(allocate())
        }
        let b = Binding(name: name, kind: kind, location: location, isLexical: lexical)
        scope.bindings[name] = b
        return b
    }

    /// The result of resolving a name: the binding and how many contexts to walk up.
    struct Resolved {
        let binding: Binding
        let depth: Int32
        let sameFunction: Bool
        let scope: CompilerScope
    }

    func resolve(_ name: String) -> Resolved? {
        var depth: Int32 = 0
        var compiler: FunctionCompiler? = self
        var same = true
        while let c = compiler {
            for s in c.scopes.reversed() {
                if let b = s.bindings[name] {
                    if case .context = b.location {} else if case .register = b.location, !same {
                        return nil
                    }
                    return Resolved(binding: b, depth: depth, sameFunction: same, scope: s)
                }
                if s.hasContext { depth += 1 }
            }
            compiler = c.parent
            same = false
        }
        return nil
    }

    /// Whether a read of `r` at the current position can skip its TDZ check.
    func needsHoleCheck(_ r: Resolved, at offset: Int32) -> Bool {
        guard r.binding.isLexical else { return false }
        if !r.sameFunction || r.scope.isSwitch { return true }
        if case .context = r.binding.location { return true }
        return offset <= r.binding.initializedAfter
    }

    // MARK: - Variable access

    /// Loads the variable `name` into `dst`.
    func loadVariable(_ name: String, into dst: Reg, at pos: SourcePosition) {
        guard let r = resolve(name) else {
            if name == FreeVariableAnalysis.thisName {
                emit(.loadGlobalObject(dst))
            } else if let slot = realm.globalLexicalNames[name] {
                emit(.loadGlobalLexical(dst, slot: Int32(slot), name: self.name(name)))
            } else {
                emit(.loadGlobal(dst, name: self.name(name), fb: feedback(.property)))
            }
            return
        }
        let check = needsHoleCheck(r, at: pos.offset)
        switch r.binding.location {
        case .register(let reg):
            if reg != dst { emit(.move(dst, reg)) }
            if check { emit(.checkHole(dst, name: self.name(name))) }
        case .context(let slot):
            if check {
                emit(.loadContextChecked(dst, depth: r.depth, slot: slot, name: self.name(name)))
            } else {
                emit(.loadContext(dst, depth: r.depth, slot: slot))
            }
        case .global:
            emit(.loadGlobal(dst, name: self.name(name), fb: feedback(.property)))
        case .globalLexical(let slot):
            emit(.loadGlobalLexical(dst, slot: slot, name: self.name(name)))
        case .callee:
            emit(.loadCallee(dst))
        }
    }

    /// If `name` is a register variable needing no check, that register (for operand reuse).
    func registerOf(_ name: String, at pos: SourcePosition) -> Reg? {
        guard let r = resolve(name), case .register(let reg) = r.binding.location else { return nil }
        if needsHoleCheck(r, at: pos.offset) { return nil }
        return reg
    }

    /// Stores `src` into the variable `name`. `initialize` marks a declaration's own
    /// initialisation (no TDZ check, const allowed).
    func storeVariable(_ name: String, from src: Reg, initialize: Bool = false, at pos: SourcePosition) {
        guard let r = resolve(name) else {
            if let slot = realm.globalLexicalNames[name] {
                if realm.globalLexicalIsConst[slot] && !initialize {
                    emit(.throwConstAssignment(name: self.name(name)))
                    return
                }
                emit(.storeGlobalLexical(slot: Int32(slot), src, name: self.name(name), initialize: initialize))
            } else {
                emit(.storeGlobal(name: self.name(name), src, fb: feedback(.property)))
            }
            return
        }
        if case .callee = r.binding.location {
            if strict { emit(.throwConstAssignment(name: self.name(name))) }
            return
        }
        if r.binding.kind == .const && !initialize {
            if needsHoleCheck(r, at: pos.offset) { loadVariable(name, into: allocateScratch(), at: pos) }
            emit(.throwConstAssignment(name: self.name(name)))
            return
        }
        let check = !initialize && needsHoleCheck(r, at: pos.offset)
        switch r.binding.location {
        case .register(let reg):
            if check { emit(.checkHole(reg, name: self.name(name))) }
            if reg != src { emit(.move(reg, src)) }
        case .context(let slot):
            if check {
                emit(.storeContextChecked(depth: r.depth, slot: slot, src, name: self.name(name)))
            } else {
                emit(.storeContext(depth: r.depth, slot: slot, src))
            }
        case .global:
            emit(.storeGlobal(name: self.name(name), src, fb: feedback(.property)))
        case .globalLexical(let slot):
            emit(.storeGlobalLexical(slot: slot, src, name: self.name(name), initialize: initialize))
        case .callee:
            if strict { emit(.throwConstAssignment(name: self.name(name))) }
        }
    }

    private func allocateScratch() -> Reg { allocate() }

    /// Sets every lexical binding of `scope` to the hole (TDZ) on scope entry.
    func initializeTDZ(_ scope: CompilerScope, names: [String]) {
        for n in names {
            guard let b = scope.bindings[n], b.isLexical else { continue }
            if case .register(let r) = b.location { emit(.loadHole(r)) }
            // Context slots start as holes; global lexical slots are created as holes.
        }
    }

    /// Emits `pushContext` for a scope that needs one.
    func enterContext(_ scope: CompilerScope) {
        guard scope.hasContext else { return }
        emit(.pushContext(slots: scope.contextSlots))
        contextDepth += 1
        control.append(.context)
    }

    func exitContext(_ scope: CompilerScope) {
        guard scope.hasContext else { return }
        emit(.popContext)
        contextDepth -= 1
        if case .context? = control.last { control.removeLast() }
    }

    func popScope() {
        scopes.removeLast()
    }
}

extension FunctionCompiler {
    /// Loads the numeric literals that appear as operands of binary operators in `body`
    /// (not in nested functions) into registers once, at entry, so loops do not reload them.
    func loadOperandConstants(_ body: [Statement]) {
        var seen: [Double] = []
        func note(_ e: Expression) {
            if case .number(let d) = e.kind, seen.count < 16,
               !seen.contains(where: { $0.bitPattern == d.bitPattern }) {
                seen.append(d)
            }
        }
        let onExpression: (Expression) -> Void = { e in
            switch e.kind {
            case .binary(_, let a, let b):
                note(a)
                note(b)
            case .assignment(.compound, _, let v):
                note(v)
            default: break
            }
        }
        for s in body {
            StatementWalker.walk(s, expression: { e in
                ExpressionWalker.walk(e, identifier: { _ in }, function: { _ in }, pattern: { _ in }, visit: onExpression)
            }, pattern: { _ in }, function: { _ in })
        }
        for d in seen {
            let r = allocate()
            emit(.loadNumber(r, d))
            constantRegisters[d.bitPattern] = r
        }
    }
}
