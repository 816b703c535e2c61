/// Function, class and script compilation: prologues (this, arguments, parameters,
/// defaults, rest, hoisted declarations), closures and class construction.
extension FunctionCompiler {
    /// Compiles the script's top level.
    func compileScript(_ program: Program) throws {
        captured = analysis.capturedNames(in: program.body)
        let scope = pushScope(.script)
        var varNames = FreeVariableAnalysis.varNamesList(program.body)
        if !program.isStrict {
            var lexical = Set<String>()
            for s in program.body { FreeVariableAnalysis.lexicalNames(s, into: &lexical) }
            for n in FreeVariableAnalysis.blockFunctionNames(program.body) where !varNames.contains(n) && !lexical.contains(n) {
                varNames.append(n)
            }
        }
        for n in varNames {
            try declare(n, .var, in: scope, lexical: false)
            emit(.defineGlobalVar(name: name(n)))
        }
        _ = try declareLexicals(program.body, in: scope)
        try instantiateFunctions(program.body, in: scope)
        loadOperandConstants(program.body)
        for s in program.body { try compile(s) }
        let r = allocate()
        emit(.loadUndefined(r))
        emit(.return(r))
        popScope()
    }

    /// Compiles a nested function and emits the instruction that creates its closure.
    func emitClosure(_ f: FunctionNode, into r: Reg, inferredName: String?, isExpression: Bool = true) throws {
        let child = try compileFunction(f, name: inferredName ?? f.name ?? "", selfName: isExpression && f.kind == .normal ? f.name : nil)
        code.functions.append(child)
        emit(.createClosure(r, function: Int32(code.functions.count - 1)))
    }

    /// Compiles `f` into a new code block whose compiler is a child of this one.
    func compileFunction(_ f: FunctionNode, name: String, selfName: String?) throws -> CodeBlock {
        let child = CodeBlock(name: name)
        child.kind = f.kind
        child.isStrict = f.isStrict
        child.parameterCount = f.parameters.count
        child.length = f.declaredLength
        child.position = f.position
        if f.sourceRange.lowerBound >= 0, f.sourceRange.upperBound <= sourceUnits.count, !f.sourceRange.isEmpty {
            child.sourceText = String(decoding: sourceUnits[f.sourceRange], as: UTF16.self)
        }
        let fc = FunctionCompiler(code: child, parent: self, analysis: analysis, realm: realm)
        fc.sourceUnits = sourceUnits
        fc.nextRegister = Int32(f.parameters.count) + 1
        child.registerCount = Int(fc.nextRegister)
        try fc.compileBody(f, selfName: selfName)
        return child
    }

    private func compileBody(_ f: FunctionNode, selfName: String?) throws {
        position = f.position
        captured = analysis.capturedNames(in: f)
        let scope = pushScope(.function)
        let references = analysis.references(of: f)
        var prologue: [() throws -> Void] = []
        if let n = selfName {
            if captured.contains(n) {
                // Nested functions see the name through a context slot holding the callee.
                try declare(n, .var, in: scope, lexical: false)
                prologue.append {
                    let t = self.allocate()
                    self.emit(.loadCallee(t))
                    self.storeVariable(n, from: t, initialize: true, at: f.position)
                }
            } else {
                scope.bindings[n] = Binding(name: n, kind: .var, location: .callee, isLexical: false)
            }
        }
        if f.kind != .arrow {
            let thisBinding = try declare(FreeVariableAnalysis.thisName, .var, in: scope, lexical: false)
            if case .register = thisBinding.location {
                thisBinding.location = .register(0)
                nextRegister -= 1
            } else {
                prologue.append { self.storeVariable(FreeVariableAnalysis.thisName, from: 0, initialize: true, at: f.position) }
            }
            // Only a method whose body (or a nested arrow) uses `super` needs its home object.
            if f.kind != .normal, references.contains(FreeVariableAnalysis.homeName) {
                try declare(FreeVariableAnalysis.homeName, .var, in: scope, lexical: false)
                prologue.append {
                    let t = self.allocate()
                    self.emit(.loadHomeObject(t))
                    self.storeVariable(FreeVariableAnalysis.homeName, from: t, initialize: true, at: f.position)
                }
            }
        }
        // Parameters. In a simple list, uncaptured parameters live in their incoming
        // registers. A list with defaults, patterns or a rest parameter binds its names
        // like `let` (TDZ until initialised, in order), as the spec's parameter scope does.
        let simpleParams = f.rest == nil && f.parameters.allSatisfy(isSimpleIdentifier)
        var parameterNames: [String] = []
        if simpleParams {
            for (i, p) in f.parameters.enumerated() {
                guard case .identifier(let n, _) = p.target else { continue }
                if captured.contains(n) {
                    try declare(n, .var, in: scope, lexical: false)
                    let reg = Reg(i + 1)
                    prologue.append { self.storeVariable(n, from: reg, initialize: true, at: f.position) }
                } else if scope.bindings[n] == nil {
                    scope.bindings[n] = Binding(name: n, kind: .var, location: .register(Reg(i + 1)), isLexical: false)
                } else {
                    scope.bindings[n]?.location = .register(Reg(i + 1))
                }
            }
        } else {
            var patterns = f.parameters.map(\.target)
            if let r = f.rest { patterns.append(r) }
            for p in patterns {
                for n in FreeVariableAnalysis.boundNamesList(p) where scope.bindings[n] == nil {
                    try declare(n, .let, in: scope, lexical: true)
                    parameterNames.append(n)
                }
            }
        }
        if let r = f.rest {
            for n in FreeVariableAnalysis.boundNamesList(r) where scope.bindings[n] == nil {
                try declare(n, .var, in: scope, lexical: false)
            }
        }
        if f.kind != .arrow, references.contains(FreeVariableAnalysis.argumentsName),
           scope.bindings[FreeVariableAnalysis.argumentsName] == nil {
            try declare(FreeVariableAnalysis.argumentsName, .var, in: scope, lexical: false)
            code.needsArguments = true
            prologue.append {
                let t = self.allocate()
                self.emit(.createArguments(t))
                self.storeVariable(FreeVariableAnalysis.argumentsName, from: t, initialize: true, at: f.position)
            }
        }
        if f.rest != nil { code.needsArguments = true }
        code.usesThis = f.kind != .normal || references.contains(FreeVariableAnalysis.thisName)
        var bodyVarNames = FreeVariableAnalysis.varNamesList(f.body)
        if !f.isStrict {
            var lexical = Set<String>()
            for s in f.body { FreeVariableAnalysis.lexicalNames(s, into: &lexical) }
            for n in FreeVariableAnalysis.blockFunctionNames(f.body)
            where !bodyVarNames.contains(n) && !lexical.contains(n) && scope.bindings[n] == nil {
                bodyVarNames.append(n)
            }
        }
        // With parameter expressions, the body's vars live in their own scope (initialised
        // from same-named parameters), so closures in defaults keep seeing the parameters.
        let separateVarScope = !simpleParams && !bodyVarNames.isEmpty
        var contextVars: [String] = []
        if !separateVarScope {
            for n in bodyVarNames where scope.bindings[n] == nil {
                let b = try declare(n, .var, in: scope, lexical: false)
                if case .context = b.location { contextVars.append(n) }
            }
        }
        let lexicalNames = separateVarScope ? [] : try declareLexicals(f.body, in: scope)
        enterContext(scope)
        code.functionContextSlots = Int(scope.contextSlots)
        initializeTDZ(scope, names: lexicalNames + parameterNames)
        try withTemps {
            for p in prologue { try p() }
            if !contextVars.isEmpty {
                let u = allocate()
                emit(.loadUndefined(u))
                for n in contextVars { storeVariable(n, from: u, initialize: true, at: f.position) }
            }
        }
        // Defaults and destructuring parameters, in order.
        if !simpleParams {
            for (i, p) in f.parameters.enumerated() {
                let reg = Reg(i + 1)
                try applyDefault(p, to: reg)
                try withTemps { try assignPattern(p.target, from: reg, declare: .let) }
            }
            if let r = f.rest {
                try withTemps {
                    let t = allocate()
                    emit(.createRest(t, from: Int32(f.parameters.count)))
                    try assignPattern(r, from: t, declare: .let)
                }
            }
            for n in parameterNames { scope.bindings[n]?.initializedAfter = -1 }
        }
        var bodyScope = scope
        if separateVarScope {
            bodyScope = pushScope(.function)
            var copies: [(String, Reg)] = []
            for n in bodyVarNames {
                let b = try declare(n, .var, in: bodyScope, lexical: false)
                _ = b
                if scopes.dropLast().contains(where: { $0.bindings[n] != nil }) {
                    scopes.removeLast()
                    let t = allocate()
                    loadVariable(n, into: t, at: f.position)
                    scopes.append(bodyScope)
                    copies.append((n, t))
                }
            }
            let bodyLexicals = try declareLexicals(f.body, in: bodyScope)
            enterContext(bodyScope)
            initializeTDZ(bodyScope, names: bodyLexicals)
            let u = allocate()
            emit(.loadUndefined(u))
            for n in bodyVarNames {
                if let c = copies.first(where: { $0.0 == n }) {
                    storeVariable(n, from: c.1, initialize: true, at: f.position)
                } else if case .context = bodyScope.bindings[n]!.location {
                    storeVariable(n, from: u, initialize: true, at: f.position)
                }
            }
        }
        try instantiateFunctions(f.body, in: bodyScope)
        loadOperandConstants(f.body)
        for s in f.body { try compile(s) }
        position = f.position
        let u = allocate()
        emit(.loadUndefined(u))
        emit(.return(u))
        popScope()
    }

    private func isSimpleIdentifier(_ p: PatternElement) -> Bool {
        if case .identifier = p.target, p.defaultValue == nil { return true }
        return false
    }

    // MARK: - Classes

    func compileClass(_ c: ClassNode, into r: Reg, inferredName: String? = nil) throws {
        // A named class sees its own name as an immutable binding inside its body.
        if let n = c.name {
            let scope = pushScope(.block)
            try declare(n, .const, in: scope, lexical: true)
            enterContext(scope)
            initializeTDZ(scope, names: [n])
            try compileClassBody(c, into: r, className: n)
            storeVariable(n, from: r, initialize: true, at: c.position)
            exitContext(scope)
            popScope()
        } else {
            try compileClassBody(c, into: r, className: inferredName ?? "")
        }
    }

    private func compileClassBody(_ c: ClassNode, into r: Reg, className: String) throws {
        try withTemps {
            var heritage: Reg = -1
            if let h = c.heritage { heritage = try compile(h) }
            var ctorNode = c.constructor ?? defaultConstructor(derived: c.heritage != nil, at: c.position)
            ctorNode.sourceRange = c.sourceRange
            let ctor = try compileFunction(ctorNode, name: className, selfName: nil)
            code.functions.append(ctor)
            let proto = allocate()
            position = c.position
            emit(.createClass(r, prototype: proto, function: Int32(code.functions.count - 1), heritage: heritage))
            for m in c.members {
                let target = m.isStatic ? r : proto
                try withTemps {
                    let key = try compileKey(m.key)
                    let fn = allocate()
                    let hint = keyHint(m.key)
                    switch m.kind {
                    case .method:
                        try emitClosure(m.function, into: fn, inferredName: hint, isExpression: false)
                        emit(.defineMethod(object: target, key: key, fn, enumerable: false))
                    case .getter:
                        try emitClosure(m.function, into: fn, inferredName: hint.map { "get " + $0 }, isExpression: false)
                        emit(.defineGetter(object: target, key: key, fn, enumerable: false))
                    case .setter:
                        try emitClosure(m.function, into: fn, inferredName: hint.map { "set " + $0 }, isExpression: false)
                        emit(.defineSetter(object: target, key: key, fn, enumerable: false))
                    }
                }
            }
        }
    }

    /// `constructor() {}` or `constructor(...args) { super(...args); }`.
    private func defaultConstructor(derived: Bool, at pos: SourcePosition) -> FunctionNode {
        if derived {
            let args = Expression(.identifier("args"), at: pos)
            let call = Expression(.superCall([.spread(args)]), at: pos)
            return FunctionNode(name: nil, parameters: [], rest: .identifier("args", pos),
                                body: [Statement(.expression(call), at: pos)],
                                kind: .derivedConstructor, isStrict: true, position: pos)
        }
        return FunctionNode(name: nil, parameters: [], rest: nil, body: [], kind: .classConstructor,
                            isStrict: true, position: pos)
    }
}
