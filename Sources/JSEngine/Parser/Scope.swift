/// A declaration scope used for the early errors about redeclared names.
///
/// `.function` is the top level of a function body or of the script (function declarations there
/// are var-like); `.block` is a block, switch body or loop head; `.catchClause` holds a catch
/// parameter together with the catch block's own declarations.
final class Scope {
    enum Kind { case function, block, catchClause }

    let kind: Kind
    let parent: Scope?
    /// let/const/class names, and function names in blocks.
    var lexical = Set<String>()
    /// var names declared in this scope or hoisted through it.
    var vars = Set<String>()
    /// Lexical names bound only by function declarations (sloppy mode allows duplicates of these).
    var blockFunctions = Set<String>()
    /// Parameter names (function scope) or catch parameter names (catch scope).
    var parameters = Set<String>()
    /// The catch parameter is a plain identifier, so `var` may redeclare it (Annex B).
    var simpleCatchParameter = false

    init(kind: Kind, parent: Scope?) {
        self.kind = kind
        self.parent = parent
    }
}

/// Per-function parsing state: strictness, what `return`/`super` may do, and the labels and
/// loops that `break`/`continue` may target.
struct FunctionState {
    /// One label in scope and whether it labels an iteration statement.
    struct Label {
        var name: String
        var isLoop: Bool
    }

    var isStrict: Bool
    var inFunction: Bool
    var allowSuperCall: Bool
    var allowSuperProperty: Bool
    var labels: [Label] = []
    /// Indices into `labels` of the labels directly in front of the statement being parsed.
    var pendingLabels: [Int] = []
    var breakableDepth = 0
    var iterationDepth = 0
}

/// Early errors about declarations and names.
extension Parser {
    func redeclared(_ name: String, at position: SourcePosition) -> SyntaxErrorInfo {
        error("Identifier '\(name)' has already been declared", at: position)
    }

    /// Declares a `var` name: it is hoisted through every scope up to the function scope.
    mutating func declareVar(_ name: String, at position: SourcePosition) throws {
        var current: Scope? = scope
        while let s = current {
            if s.lexical.contains(name) { throw redeclared(name, at: position) }
            if s.kind == .catchClause && s.parameters.contains(name) && !s.simpleCatchParameter {
                throw redeclared(name, at: position)
            }
            s.vars.insert(name)
            if s.kind == .function { break }
            current = s.parent
        }
    }

    /// Declares a let/const/class name, or a function declaration's name.
    mutating func declareLexical(_ name: String, at position: SourcePosition, isFunction: Bool = false) throws {
        let s = scope
        if isFunction && s.kind == .function {
            // Top-level function declarations behave like `var`.
            if s.lexical.contains(name) { throw redeclared(name, at: position) }
            s.vars.insert(name)
            return
        }
        if s.lexical.contains(name) && !(isFunction && !function.isStrict && s.blockFunctions.contains(name)) {
            throw redeclared(name, at: position)
        }
        if s.vars.contains(name) || s.parameters.contains(name) { throw redeclared(name, at: position) }
        s.lexical.insert(name)
        if isFunction { s.blockFunctions.insert(name) } else { s.blockFunctions.remove(name) }
    }

    /// Declares every name a pattern binds.
    mutating func declare(_ pattern: Pattern, kind: DeclarationKind) throws {
        for (name, position) in boundNames(of: pattern) {
            if kind == .var {
                try declareVar(name, at: position)
            } else {
                if name == "let" { throw error("let is disallowed as a lexically bound name", at: position) }
                try declareLexical(name, at: position)
            }
        }
    }

    /// Checks a name used as a binding (declaration, parameter, catch parameter, function name).
    func checkBindingName(_ name: String, at position: SourcePosition, strict: Bool) throws {
        if strict {
            if name == "eval" || name == "arguments" {
                throw error("Unexpected eval or arguments in strict mode", at: position)
            }
            if TokenKind.strictReserved.contains(name) {
                throw error("Unexpected strict mode reserved word", at: position)
            }
        }
    }

    /// Checks parameter names once the function's strictness is known.
    func checkParameters(_ names: [(String, SourcePosition)], strict: Bool, unique: Bool) throws {
        var seen = Set<String>()
        for (name, position) in names {
            try checkBindingName(name, at: position, strict: strict)
            if !seen.insert(name).inserted && (strict || unique) {
                throw error("Duplicate parameter name not allowed in this context", at: position)
            }
        }
    }
}
