/// Computes which names a function refers to without declaring them at its own function
/// level: the names its enclosing functions must keep in closure contexts.
///
/// The analysis over-approximates on purpose (a name declared only in an inner block still
/// counts as free), which can only move a variable from a register into a context, never
/// the other way: always correct, occasionally a little slower.
final class FreeVariableAnalysis {
    private var memo: [Int32: Set<String>] = [:]
    private var referenceMemo: [Int32: Set<String>] = [:]

    /// Every name `f` refers to, its nested functions' free names included.
    func references(of f: FunctionNode) -> Set<String> {
        _ = freeNames(of: f)
        return referenceMemo[f.position.offset] ?? []
    }

    /// The pseudo-variables arrows inherit from their enclosing function.
    static let thisName = "this"
    static let argumentsName = "arguments"
    static let newTargetName = "%newtarget"
    static let homeName = "%home"

    /// Free names of `f` (memoised by source offset, unique per function).
    func freeNames(of f: FunctionNode) -> Set<String> {
        if let m = memo[f.position.offset] { return m }
        var refs = Set<String>()
        for p in f.parameters {
            collect(pattern: p.target, into: &refs)
            if let d = p.defaultValue { collect(d, into: &refs) }
        }
        if let r = f.rest { collect(pattern: r, into: &refs) }
        for s in f.body { collect(s, into: &refs) }
        var declared = Set<String>()
        for p in f.parameters { Self.boundNames(p.target, into: &declared) }
        if let r = f.rest { Self.boundNames(r, into: &declared) }
        Self.varNames(f.body, into: &declared)
        for s in f.body { Self.lexicalNames(s, into: &declared) }
        if f.kind != .arrow {
            declared.insert(Self.thisName)
            declared.insert(Self.argumentsName)
            declared.insert(Self.newTargetName)
            declared.insert(Self.homeName)
        }
        // The function's own name is not subtracted: a declaration's name is bound outside
        // it, so a recursive declaration must capture that outer binding.
        let free = refs.subtracting(declared)
        memo[f.position.offset] = free
        referenceMemo[f.position.offset] = refs
        return free
    }

    /// Names referenced freely by functions nested anywhere in `body` (not counting `f` itself).
    func capturedNames(in f: FunctionNode) -> Set<String> {
        var out = Set<String>()
        for p in f.parameters {
            if let d = p.defaultValue { collectNested(d, into: &out) }
            collectNested(pattern: p.target, into: &out)
        }
        for s in f.body { collectNested(s, into: &out) }
        return out
    }

    func capturedNames(in program: [Statement]) -> Set<String> {
        var out = Set<String>()
        for s in program { collectNested(s, into: &out) }
        return out
    }

    // MARK: - Reference collection (enters nested functions through their free names)

    private func collect(_ s: Statement, into refs: inout Set<String>) {
        StatementWalker.walk(s, expression: { e in self.collect(e, into: &refs) },
                             pattern: { p in self.collect(pattern: p, into: &refs) },
                             function: { f in refs.formUnion(self.freeNames(of: f)) })
    }

    private func collect(_ e: Expression, into refs: inout Set<String>) {
        ExpressionWalker.walk(e, identifier: { refs.insert($0) },
                              function: { f in refs.formUnion(self.freeNames(of: f)) },
                              pattern: { p in self.collect(pattern: p, into: &refs) })
    }

    private func collect(pattern p: Pattern, into refs: inout Set<String>) {
        switch p {
        case .identifier(let n, _): refs.insert(n)
        case .expression(let e): collect(e, into: &refs)
        case .array(let elements, let rest):
            for el in elements.compactMap({ $0 }) {
                collect(pattern: el.target, into: &refs)
                if let d = el.defaultValue { collect(d, into: &refs) }
            }
            if let r = rest { collect(pattern: r, into: &refs) }
        case .object(let props, let rest):
            for pr in props {
                if case .computed(let k) = pr.key { collect(k, into: &refs) }
                collect(pattern: pr.value.target, into: &refs)
                if let d = pr.value.defaultValue { collect(d, into: &refs) }
            }
            if let r = rest { collect(pattern: r, into: &refs) }
        }
    }

    // Nested-function collection: only the free names of functions inside.
    private func collectNested(_ s: Statement, into out: inout Set<String>) {
        StatementWalker.walk(s, expression: { e in self.collectNested(e, into: &out) },
                             pattern: { p in self.collectNested(pattern: p, into: &out) },
                             function: { f in out.formUnion(self.freeNames(of: f)) })
    }

    private func collectNested(_ e: Expression, into out: inout Set<String>) {
        ExpressionWalker.walk(e, identifier: { _ in },
                              function: { f in out.formUnion(self.freeNames(of: f)) },
                              pattern: { p in self.collectNested(pattern: p, into: &out) })
    }

    private func collectNested(pattern p: Pattern, into out: inout Set<String>) {
        switch p {
        case .identifier: break
        case .expression(let e): collectNested(e, into: &out)
        case .array(let elements, let rest):
            for el in elements.compactMap({ $0 }) {
                collectNested(pattern: el.target, into: &out)
                if let d = el.defaultValue { collectNested(d, into: &out) }
            }
            if let r = rest { collectNested(pattern: r, into: &out) }
        case .object(let props, let rest):
            for pr in props {
                if case .computed(let k) = pr.key { collectNested(k, into: &out) }
                collectNested(pattern: pr.value.target, into: &out)
                if let d = pr.value.defaultValue { collectNested(d, into: &out) }
            }
            if let r = rest { collectNested(pattern: r, into: &out) }
        }
    }

    // MARK: - Declarations

    static func boundNames(_ p: Pattern, into out: inout Set<String>) {
        switch p {
        case .identifier(let n, _): out.insert(n)
        case .expression: break
        case .array(let els, let rest):
            for e in els.compactMap({ $0 }) { boundNames(e.target, into: &out) }
            if let r = rest { boundNames(r, into: &out) }
        case .object(let props, let rest):
            for pr in props { boundNames(pr.value.target, into: &out) }
            if let r = rest { boundNames(r, into: &out) }
        }
    }

    static func boundNamesList(_ p: Pattern) -> [String] {
        var out: [String] = []
        func go(_ p: Pattern) {
            switch p {
            case .identifier(let n, _): if !out.contains(n) { out.append(n) }
            case .expression: break
            case .array(let els, let rest):
                for e in els.compactMap({ $0 }) { go(e.target) }
                if let r = rest { go(r) }
            case .object(let props, let rest):
                for pr in props { go(pr.value.target) }
                if let r = rest { go(r) }
            }
        }
        go(p)
        return out
    }

    /// `var` names declared anywhere in `body` (not inside nested functions), in order.
    static func varNamesList(_ body: [Statement]) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        func add(_ p: Pattern) {
            for n in boundNamesList(p) where seen.insert(n).inserted { out.append(n) }
        }
        func go(_ s: Statement) {
            switch s.kind {
            case .declaration(.var, let decls): for d in decls { add(d.target) }
            case .if(_, let a, let b): go(a); if let b = b { go(b) }
            case .block(let ss): ss.forEach(go)
            case .for(let i, _, _, let body):
                if case .declaration(.var, let decls)? = i { for d in decls { add(d.target) } }
                go(body)
            case .forIn(let b, _, let body), .forOf(let b, _, let body):
                if case .declaration(.var, let p) = b { add(p) }
                go(body)
            case .while(_, let body), .doWhile(let body, _), .labeled(_, let body): go(body)
            case .try(let b, let c, let f):
                b.forEach(go)
                c?.body.forEach(go)
                f?.forEach(go)
            case .switch(_, let cases): for c in cases { c.body.forEach(go) }
            default: break
            }
        }
        body.forEach(go)
        return out
    }

    /// Names of function declarations nested in blocks of `body` (Annex B.3.3 candidates).
    static func blockFunctionNames(_ body: [Statement]) -> [String] {
        var out: [String] = []
        func go(_ s: Statement, nested: Bool) {
            switch s.kind {
            case .function(let f): if nested, let n = f.name, !out.contains(n) { out.append(n) }
            case .if(_, let a, let b): go(a, nested: true); if let b = b { go(b, nested: true) }
            case .block(let ss): ss.forEach { go($0, nested: true) }
            case .for(_, _, _, let body), .forIn(_, _, let body), .forOf(_, _, let body),
                 .while(_, let body), .doWhile(let body, _), .labeled(_, let body): go(body, nested: true)
            case .try(let b, let c, let f):
                b.forEach { go($0, nested: true) }
                c?.body.forEach { go($0, nested: true) }
                f?.forEach { go($0, nested: true) }
            case .switch(_, let cases): for c in cases { c.body.forEach { go($0, nested: true) } }
            default: break
            }
        }
        body.forEach { go($0, nested: false) }
        return out
    }

    static func varNames(_ body: [Statement], into out: inout Set<String>) {
        for n in varNamesList(body) { out.insert(n) }
    }

    /// Names a statement declares lexically in its own scope (let/const/class/function).
    static func lexicalNames(_ s: Statement, into out: inout Set<String>) {
        switch s.kind {
        case .declaration(let k, let decls) where k != .var:
            for d in decls { boundNames(d.target, into: &out) }
        case .class(let c): if let n = c.name { out.insert(n) }
        case .function(let f): if let n = f.name { out.insert(n) }
        default: break
        }
    }
}

/// Visits the direct sub-expressions, patterns and nested functions of a statement,
/// recursing into sub-statements (but not into nested functions).
enum StatementWalker {
    static func walk(_ s: Statement, expression: (Expression) -> Void, pattern: (Pattern) -> Void,
                     function: (FunctionNode) -> Void) {
        func stmt(_ s: Statement) { walk(s, expression: expression, pattern: pattern, function: function) }
        func decls(_ ds: [VariableDeclarator]) {
            for d in ds {
                pattern(d.target)
                if let i = d.initializer { expression(i) }
            }
        }
        func binding(_ b: ForBinding) {
            switch b {
            case .declaration(_, let p), .target(let p): pattern(p)
            }
        }
        switch s.kind {
        case .expression(let e): expression(e)
        case .declaration(_, let ds): decls(ds)
        case .function(let f): function(f)
        case .class(let c): walkClass(c, expression: expression, function: function)
        case .return(let e): if let e = e { expression(e) }
        case .if(let c, let a, let b): expression(c); stmt(a); if let b = b { stmt(b) }
        case .block(let ss): ss.forEach(stmt)
        case .for(let i, let t, let u, let body):
            switch i {
            case .declaration(_, let ds)?: decls(ds)
            case .expression(let e)?: expression(e)
            case nil: break
            }
            if let t = t { expression(t) }
            if let u = u { expression(u) }
            stmt(body)
        case .forIn(let b, let e, let body), .forOf(let b, let e, let body):
            binding(b); expression(e); stmt(body)
        case .while(let c, let body): expression(c); stmt(body)
        case .doWhile(let body, let c): stmt(body); expression(c)
        case .throw(let e): expression(e)
        case .try(let b, let c, let f):
            b.forEach(stmt)
            if let c = c {
                if let p = c.parameter { pattern(p) }
                c.body.forEach(stmt)
            }
            f?.forEach(stmt)
        case .switch(let d, let cases):
            expression(d)
            for c in cases {
                if let t = c.test { expression(t) }
                c.body.forEach(stmt)
            }
        case .labeled(_, let body): stmt(body)
        case .break, .continue, .empty, .debugger: break
        }
    }

    static func walkClass(_ c: ClassNode, expression: (Expression) -> Void, function: (FunctionNode) -> Void) {
        if let h = c.heritage { expression(h) }
        if let k = c.constructor { function(k) }
        for m in c.members {
            if case .computed(let k) = m.key { expression(k) }
            function(m.function)
        }
    }
}

/// Visits identifiers, nested functions and patterns in an expression (not inside nested functions).
enum ExpressionWalker {
    static func walk(_ e: Expression, identifier: (String) -> Void, function: (FunctionNode) -> Void,
                     pattern: (Pattern) -> Void, visit: (Expression) -> Void = { _ in }) {
        visit(e)
        func go(_ e: Expression) { walk(e, identifier: identifier, function: function, pattern: pattern, visit: visit) }
        func args(_ a: [Argument]) { for x in a { go(x.expression) } }
        func key(_ k: PropertyName) { if case .computed(let e) = k { go(e) } }
        switch e.kind {
        case .number, .string, .boolean, .null: break
        case .this: identifier(FreeVariableAnalysis.thisName)
        case .identifier(let n): identifier(n)
        case .template(_, let es): es.forEach(go)
        case .array(let els):
            for el in els {
                switch el {
                case .hole: break
                case .expression(let x), .spread(let x): go(x)
                }
            }
        case .object(let props):
            for p in props {
                switch p {
                case .property(let k, let v): key(k); go(v)
                case .method(let k, let f), .getter(let k, let f), .setter(let k, let f): key(k); function(f)
                case .spread(let x): go(x)
                }
            }
        case .function(let f): function(f)
        case .class(let c): StatementWalker.walkClass(c, expression: go, function: function)
        case .unary(_, let x), .update(_, _, let x), .optionalChain(let x): go(x)
        case .binary(_, let a, let b), .logical(_, let a, let b): go(a); go(b)
        case .assignment(_, let p, let v): pattern(p); go(v)
        case .conditional(let a, let b, let c): go(a); go(b); go(c)
        case .call(let c, let a, _): go(c); args(a)
        case .new(let c, let a): go(c); args(a)
        case .member(let o, _, _): go(o)
        case .index(let o, let i, _): go(o); go(i)
        case .superCall(let a):
            identifier(FreeVariableAnalysis.thisName)
            identifier(FreeVariableAnalysis.newTargetName)
            identifier(FreeVariableAnalysis.homeName)
            args(a)
        case .superMember:
            identifier(FreeVariableAnalysis.thisName)
            identifier(FreeVariableAnalysis.homeName)
        case .superIndex(let x):
            identifier(FreeVariableAnalysis.thisName)
            identifier(FreeVariableAnalysis.homeName)
            go(x)
        case .sequence(let es): es.forEach(go)
        case .nativeCall(_, let es): es.forEach(go)
        }
    }
}
