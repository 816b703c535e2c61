import JSEngine

/// Turns an AST back into well-formatted JavaScript: two-space indentation, one statement per
/// line, semicolons everywhere, and only the parentheses that precedence, associativity and
/// statement-start rules require.
///
/// The output re-parses to the same AST (up to source positions), so printing is a fixed point
/// after one round: `print(parse(print(ast))) == print(ast)`. Comments are not in the AST; the
/// caller passes the header lines (`// Flags:`, `// Expect-...`) to re-emit at the top.
/// Statements are printed here; expressions, functions, classes and patterns in the extensions.
public struct JSPrinter {
    /// The text of one indentation level.
    static let indentUnit = "  "

    /// The whole program, header lines first, ending with a newline.
    public static func print(_ program: Program, header: [String] = []) -> String {
        let printer = JSPrinter()
        var lines = header
        lines += program.body.map { printer.statement($0, indent: 0) }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// One statement (and everything inside it), unindented.
    public static func print(_ statement: Statement) -> String {
        JSPrinter().statement(statement, indent: 0)
    }

    /// One expression as it would appear as a whole expression statement's value.
    public static func print(_ expression: Expression) -> String {
        JSPrinter().expression(expression, PrintContext(indent: 0))
    }

    func pad(_ indent: Int) -> String {
        String(repeating: JSPrinter.indentUnit, count: indent)
    }

    /// Statements of a braced list, each on its own lines at `indent + 1`, braces included.
    func block(_ statements: [Statement], indent: Int) -> String {
        guard !statements.isEmpty else { return "{}" }
        let inner = statements.map { pad(indent + 1) + statement($0, indent: indent + 1) }
        return "{\n" + inner.joined(separator: "\n") + "\n" + pad(indent) + "}"
    }

    /// A statement whose first line is not indented (the caller places it) and whose further
    /// lines are indented for `indent`.
    func statement(_ s: Statement, indent: Int) -> String {
        let ctx = PrintContext(indent: indent)
        switch s.kind {
        case .expression(let e):
            return expressionStatement(e, ctx) + ";"
        case .declaration(let kind, let declarators):
            return declaration(kind, declarators, ctx) + ";"
        case .function(let fn):
            return function(fn, ctx)
        case .class(let node):
            return classText(node, ctx)
        case .return(let value):
            return value.map { "return " + expression($0, ctx) + ";" } ?? "return;"
        case .if(let test, let consequent, let alternate):
            return ifStatement(test, consequent, alternate, indent: indent)
        case .block(let body):
            return block(body, indent: indent)
        case .for(let initializer, let test, let update, let body):
            var head = "for ("
            switch initializer {
            case .declaration(let kind, let declarators)?:
                head += declaration(kind, declarators, ctx.forbiddingIn())
            case .expression(let e)?:
                head += expression(e, ctx.forbiddingIn())
            case nil:
                break
            }
            head += ";" + (test.map { " " + expression($0, ctx) } ?? "")
            head += ";" + (update.map { " " + expression($0, ctx) } ?? "") + ")"
            return head + " " + statement(body, indent: indent)
        case .forIn(let binding, let object, let body):
            return "for (" + forBinding(binding, ctx) + " in " + expression(object, ctx) + ") "
                + statement(body, indent: indent)
        case .forOf(let binding, let iterable, let body):
            return "for (" + forBinding(binding, ctx) + " of " + expression(iterable, ctx, minimum: .assignment) + ") "
                + statement(body, indent: indent)
        case .while(let test, let body):
            return "while (" + expression(test, ctx) + ") " + statement(body, indent: indent)
        case .doWhile(let body, let test):
            return "do " + statement(body, indent: indent) + " while (" + expression(test, ctx) + ");"
        case .break(let label):
            return label.map { "break \($0);" } ?? "break;"
        case .continue(let label):
            return label.map { "continue \($0);" } ?? "continue;"
        case .throw(let value):
            return "throw " + expression(value, ctx) + ";"
        case .try(let body, let handler, let finalizer):
            var text = "try " + block(body, indent: indent)
            if let handler {
                text += " catch "
                if let parameter = handler.parameter { text += "(" + pattern(parameter, ctx) + ") " }
                text += block(handler.body, indent: indent)
            }
            if let finalizer { text += " finally " + block(finalizer, indent: indent) }
            return text
        case .switch(let discriminant, let cases):
            return switchStatement(discriminant, cases, indent: indent)
        case .labeled(let label, let body):
            return label + ": " + statement(body, indent: indent)
        case .empty:
            return ";"
        case .debugger:
            return "debugger;"
        }
    }

    /// An expression statement, parenthesised when its text would otherwise start like a block,
    /// a declaration or a `let [` declaration.
    private func expressionStatement(_ e: Expression, _ ctx: PrintContext) -> String {
        let text = expression(e, ctx)
        return JSPrinter.startsAmbiguously(text) ? "(" + text + ")" : text
    }

    /// Whether an expression statement's text would be read as something else: `{` (a block),
    /// `function`/`class` (a declaration) or `let [` (a lexical declaration).
    static func startsAmbiguously(_ text: String) -> Bool {
        if text.hasPrefix("{") || text.hasPrefix("let[") { return true }
        for keyword in ["function", "class"] where text.hasPrefix(keyword) {
            let rest = text.dropFirst(keyword.count)
            guard let next = rest.unicodeScalars.first else { return true }
            let continuesWord = (next >= "a" && next <= "z") || (next >= "A" && next <= "Z")
                || (next >= "0" && next <= "9") || next == "_" || next == "$"
            if !continuesWord { return true }
        }
        return false
    }

    func declaration(_ kind: DeclarationKind, _ declarators: [VariableDeclarator], _ ctx: PrintContext) -> String {
        let items = declarators.map { d in
            pattern(d.target, ctx) + (d.initializer.map { " = " + expression($0, ctx, minimum: .assignment) } ?? "")
        }
        return kind.rawValue + " " + items.joined(separator: ", ")
    }

    private func forBinding(_ binding: ForBinding, _ ctx: PrintContext) -> String {
        switch binding {
        case .declaration(let kind, let target): return kind.rawValue + " " + pattern(target, ctx)
        case .target(let target): return pattern(target, ctx)
        }
    }

    private func ifStatement(_ test: Expression, _ consequent: Statement, _ alternate: Statement?, indent: Int) -> String {
        var text = "if (" + expression(test, PrintContext(indent: indent)) + ") "
        guard let alternate else { return text + statement(consequent, indent: indent) }
        var thenPart = consequent
        if JSPrinter.endsWithOpenIf(consequent) {
            // `if (a) if (b) x; else y;` would give the else to the inner if.
            thenPart = Statement(.block([consequent]), at: consequent.position)
        }
        text += statement(thenPart, indent: indent)
        if case .block = thenPart.kind { text += " else " } else { text += "\n" + pad(indent) + "else " }
        return text + statement(alternate, indent: indent)
    }

    /// Whether a statement ends in an `if` without `else` that a following `else` would attach to.
    static func endsWithOpenIf(_ s: Statement) -> Bool {
        switch s.kind {
        case .if(_, _, let alternate?): return endsWithOpenIf(alternate)
        case .if(_, _, nil): return true
        case .for(_, _, _, let body), .forIn(_, _, let body), .forOf(_, _, let body), .while(_, let body),
             .labeled(_, let body):
            return endsWithOpenIf(body)
        default: return false
        }
    }

    private func switchStatement(_ discriminant: Expression, _ cases: [SwitchCase], indent: Int) -> String {
        var text = "switch (" + expression(discriminant, PrintContext(indent: indent)) + ") {"
        guard !cases.isEmpty else { return text + "}" }
        for c in cases {
            text += "\n" + pad(indent + 1)
            text += c.test.map { "case " + expression($0, PrintContext(indent: indent + 1)) + ":" } ?? "default:"
            for s in c.body { text += "\n" + pad(indent + 2) + statement(s, indent: indent + 2) }
        }
        return text + "\n" + pad(indent) + "}"
    }
}

/// What the printer needs to know about the position it prints an expression in.
struct PrintContext {
    /// Indentation level of the enclosing statement (nested function bodies go one deeper).
    var indent: Int
    /// Inside a `for (init;` head, where a bare `in` operator would end the initializer.
    var forbidIn = false

    init(indent: Int) {
        self.indent = indent
    }

    func forbiddingIn() -> PrintContext {
        var copy = self
        copy.forbidIn = true
        return copy
    }

    /// The same indentation, with `in` allowed again (inside brackets of any kind).
    var bracketed: PrintContext {
        var copy = self
        copy.forbidIn = false
        return copy
    }
}
