import Foundation
import XCTest
@testable import JSEngine

/// Tests for the lexer and parser: literals, precedence, ASI, arrows, destructuring, classes,
/// optional chaining, templates, positions, error messages, unsupported features, early errors
/// and deep nesting.
final class ParserTests: XCTestCase {
    // MARK: - Helpers

    private func parse(_ source: String, natives: Bool = false) throws -> Program {
        var parser = Parser(source: source, options: ParserOptions(allowNativesSyntax: natives))
        return try parser.parseProgram()
    }

    /// The error a program produces, or nil if it parses.
    private func syntaxError(_ source: String, natives: Bool = false) -> SyntaxErrorInfo? {
        do {
            _ = try parse(source, natives: natives)
            return nil
        } catch let error as SyntaxErrorInfo {
            return error
        } catch {
            XCTFail("unexpected error type \(error)")
            return nil
        }
    }

    private func assertError(_ source: String, _ message: String, at position: String? = nil,
                             natives: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        guard let error = syntaxError(source, natives: natives) else {
            XCTFail("expected SyntaxError '\(message)' for: \(source)", file: file, line: line)
            return
        }
        XCTAssertEqual(error.message, message, source, file: file, line: line)
        if let position {
            XCTAssertEqual(error.position.description, position, source, file: file, line: line)
        }
    }

    private func assertParses(_ source: String, natives: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        if let error = syntaxError(source, natives: natives) {
            XCTFail("unexpected \(error) for: \(source)", file: file, line: line)
        }
    }

    /// The s-expression of the single expression statement in `source`.
    private func sexpr(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let program = try parse(source)
            guard program.body.count == 1, case .expression(let e) = program.body[0].kind else {
                XCTFail("not a single expression statement: \(source)", file: file, line: line)
                return ""
            }
            return show(e)
        } catch {
            XCTFail("\(error) for: \(source)", file: file, line: line)
            return ""
        }
    }

    private func str(_ units: [UInt16]) -> String { String(decoding: units, as: UTF16.self) }

    private func show(_ e: JSEngine.Expression) -> String {
        switch e.kind {
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : "\(n)"
        case .string(let s): return "\"\(str(s))\""
        case .template(let quasis, let exprs):
            return "(tpl" + quasis.map { " \"\(str($0))\"" }.joined() + exprs.map { " " + show($0) }.joined() + ")"
        case .boolean(let b): return b ? "true" : "false"
        case .null: return "null"
        case .this: return "this"
        case .identifier(let name): return name
        case .array(let elements):
            return "[" + elements.map { element -> String in
                switch element {
                case .hole: return "_"
                case .expression(let x): return show(x)
                case .spread(let x): return "..." + show(x)
                }
            }.joined(separator: " ") + "]"
        case .object(let properties):
            return "{" + properties.map { property -> String in
                switch property {
                case .property(let key, let value): return "\(show(key)): \(show(value))"
                case .method(let key, _): return "method \(show(key))"
                case .getter(let key, _): return "get \(show(key))"
                case .setter(let key, _): return "set \(show(key))"
                case .spread(let x): return "..." + show(x)
                }
            }.joined(separator: ", ") + "}"
        case .function(let f): return f.kind == .arrow ? "(arrow \(params(f)) \(body(f)))" : "(function \(f.name ?? "") \(params(f)))"
        case .class(let c): return "(class \(c.name ?? ""))"
        case .unary(let op, let x): return "(\(op.rawValue) \(show(x)))"
        case .update(let op, let prefix, let x): return prefix ? "(\(op.rawValue)pre \(show(x)))" : "(post\(op.rawValue) \(show(x)))"
        case .binary(let op, let l, let r): return "(\(op.rawValue) \(show(l)) \(show(r)))"
        case .logical(let op, let l, let r): return "(\(op.rawValue) \(show(l)) \(show(r)))"
        case .assignment(let op, let target, let value): return "(\(op.text) \(show(target)) \(show(value)))"
        case .conditional(let a, let b, let c): return "(? \(show(a)) \(show(b)) \(show(c)))"
        case .call(let callee, let args, let optional):
            return "(call\(optional ? "?" : "") \(show(callee))" + args.map { " " + show($0) }.joined() + ")"
        case .new(let callee, let args): return "(new \(show(callee))" + args.map { " " + show($0) }.joined() + ")"
        case .member(let object, let name, let optional): return "(.\(optional ? "?" : "") \(show(object)) \(name))"
        case .index(let object, let index, let optional): return "([]\(optional ? "?" : "") \(show(object)) \(show(index)))"
        case .optionalChain(let x): return "(chain \(show(x)))"
        case .superCall(let args): return "(super" + args.map { " " + show($0) }.joined() + ")"
        case .superMember(let name): return "(super. \(name))"
        case .superIndex(let x): return "(super[] \(show(x)))"
        case .sequence(let list): return "(," + list.map { " " + show($0) }.joined() + ")"
        case .nativeCall(let name, let args): return "(%\(name)" + args.map { " " + show($0) }.joined() + ")"
        }
    }

    private func show(_ a: Argument) -> String {
        switch a {
        case .expression(let e): return show(e)
        case .spread(let e): return "..." + show(e)
        }
    }

    private func show(_ key: PropertyName) -> String {
        switch key {
        case .identifier(let name): return name
        case .computed(let e): return "[\(show(e))]"
        }
    }

    private func show(_ p: Pattern) -> String {
        switch p {
        case .identifier(let name, _): return name
        case .expression(let e): return show(e)
        case .array(let elements, let rest):
            var parts = elements.map { $0.map(show) ?? "_" }
            if let rest { parts.append("..." + show(rest)) }
            return "[" + parts.joined(separator: " ") + "]"
        case .object(let properties, let rest):
            var parts = properties.map { "\(show($0.key)): \(show($0.value))" }
            if let rest { parts.append("..." + show(rest)) }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }

    private func show(_ element: PatternElement) -> String {
        element.defaultValue.map { "\(show(element.target))=\(show($0))" } ?? show(element.target)
    }

    private func params(_ f: FunctionNode) -> String {
        var parts = f.parameters.map(show)
        if let rest = f.rest { parts.append("..." + show(rest)) }
        return "(" + parts.joined(separator: " ") + ")"
    }

    private func body(_ f: FunctionNode) -> String {
        if f.isExpressionBody, case .return(let value?) = f.body.first?.kind { return show(value) }
        return "{\(f.body.count)}"
    }

    /// Runs `work` on a thread with a 512 MiB stack, as the engine does.
    private func onBigStack(_ work: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            work()
            done.signal()
        }
        thread.stackSize = 512 << 20
        thread.start()
        done.wait()
    }

    // MARK: - Literals

    func testNumberLiterals() {
        XCTAssertEqual(sexpr("[1, .5, 1.5e3, 1E-2, 0x1F, 0o17, 0b101, 017, 08, 1_000, 0.000_1]"),
                       "[1 0.5 1500 0.01 31 15 5 15 8 1000 0.0001]")
        XCTAssertEqual(sexpr("0xFFFFFFFFFFFFFFFFF"), "2.9514790517935283e+20")
        assertError("1__0", "Only one underscore is allowed as numeric separator")
        assertError("1_", "Numeric separators are not allowed here")
        assertError("3in x", "Invalid or unexpected token")
        assertError("0x", "Invalid or unexpected token")
        assertError("10n", "BigInt literals are not supported")
        assertError("'use strict'; 017", "Octal literals are not allowed in strict mode.", at: "1:15")
        assertError("'use strict'; 08", "Decimals with leading zeros are not allowed in strict mode.")
    }

    func testStringLiterals() throws {
        XCTAssertEqual(sexpr(#""a\n\t\r\b\f\v\0""#), "\"a\n\t\r\u{08}\u{0C}\u{0B}\0\"")
        XCTAssertEqual(sexpr(#"'\x41\u0042\u{43}\u{1F600}'"#), "\"ABC😀\"")
        XCTAssertEqual(sexpr("'a\\\nb'"), "\"ab\"")
        XCTAssertEqual(sexpr(#"'\101\7'"#), "\"A\u{07}\"")
        let program = try parse(#"'\uD800'"#)
        guard case .expression(let e) = program.body[0].kind, case .string(let units) = e.kind else {
            return XCTFail("not a string")
        }
        XCTAssertEqual(units, [0xD800])                      // lone surrogates survive
        assertError("'abc", "Invalid or unexpected token", at: "1:1")
        assertError("'a\nb'", "Invalid or unexpected token")
        assertError(#"'\x4'"#, "Invalid hexadecimal escape sequence")
        assertError(#"'\u{110000}'"#, "Invalid Unicode escape sequence")
        assertError(#"'use strict'; '\07'"#, "Octal escape sequences are not allowed in strict mode.")
        assertError(#"function f() { '\07'; 'use strict'; }"#, "Octal escape sequences are not allowed in strict mode.")
    }

    func testOtherLiterals() {
        XCTAssertEqual(sexpr("[true, false, null, this]"), "[true false null this]")
        XCTAssertEqual(sexpr("[1, , 2, ...a, ]"), "[1 _ 2 ...a]")
        XCTAssertEqual(sexpr("({a, b: 1, 'c': 2, 1.50: 3, 0x10: 4, 1e21: 5, [k]: 6, m() {}, get g() {}, set s(v) {}, ...o})"),
                       "{a: a, b: 1, c: 2, 1.5: 3, 16: 4, 1e+21: 5, [k]: 6, method m, get g, set s, ...o}")
        XCTAssertEqual(sexpr("({if: 1, get: 2, set: 3, new: 4})"), "{if: 1, get: 2, set: 3, new: 4}")
        XCTAssertEqual(sexpr("x\\u0041"), "xA")
        XCTAssertEqual(sexpr("ünïcödé + $_"), "(+ ünïcödé $_)")
    }

    func testTemplateLiterals() {
        XCTAssertEqual(sexpr("`a${b}c${d + 1}e`"), "(tpl \"a\" \"c\" \"e\" b (+ d 1))")
        XCTAssertEqual(sexpr("`x\\n${`in${y}`}`"), "(tpl \"x\n\" \"\" (tpl \"in\" \"\" y))")
        XCTAssertEqual(sexpr("`a\r\nb`"), "(tpl \"a\nb\")")
        XCTAssertEqual(sexpr("`${{a: 1}.a}`"), "(tpl \"\" \"\" (. {a: 1} a))")
        assertError("`abc", "Unterminated template literal")
        assertError("`\\01`", "Invalid escape sequence in template")
        assertError("tag`x`", "tagged templates are not supported")
    }

    // MARK: - Operators

    func testPrecedenceAndAssociativity() {
        XCTAssertEqual(sexpr("a + b * c - d"), "(- (+ a (* b c)) d)")
        XCTAssertEqual(sexpr("a ** b ** c"), "(** a (** b c))")
        XCTAssertEqual(sexpr("(-a) ** 2"), "(** (- a) 2)")
        XCTAssertEqual(sexpr("a || b && c | d ^ e & f == g < h << i + j * k"),
                       "(|| a (&& b (| c (^ d (& e (== f (< g (<< h (+ i (* j k))))))))))")
        XCTAssertEqual(sexpr("a ?? b ?? c"), "(?? (?? a b) c)")
        XCTAssertEqual(sexpr("(a || b) ?? c"), "(?? (|| a b) c)")
        XCTAssertEqual(sexpr("a in b instanceof c"), "(instanceof (in a b) c)")
        XCTAssertEqual(sexpr("a = b = c"), "(= a (= b c))")
        XCTAssertEqual(sexpr("a ? b : c ? d : e"), "(? a b (? c d e))")
        XCTAssertEqual(sexpr("a, b = 1, c"), "(, a (= b 1) c)")
        XCTAssertEqual(sexpr("!typeof void -~+x"), "(! (typeof (void (- (~ (+ x))))))")
        XCTAssertEqual(sexpr("delete a.b"), "(delete (. a b))")
        XCTAssertEqual(sexpr("++a + b--"), "(+ (++pre a) (post-- b))")
        XCTAssertEqual(sexpr("a **= b ?? c"), "(**= a (?? b c))")
        XCTAssertEqual(sexpr("a &&= b ||= c ??= d >>>= e"), "(&&= a (||= b (??= c (>>>= d e))))")
        XCTAssertEqual(sexpr("new a.b(c).d"), "(. (new (. a b) c) d)")
        XCTAssertEqual(sexpr("new new A()()"), "(new (new A))")
        XCTAssertEqual(sexpr("new A"), "(new A)")
        XCTAssertEqual(sexpr("f(...a, b)[0]"), "([] (call f ...a b) 0)")
        assertError("-x ** 2", "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence")
        assertError("a ?? b || c", "Unexpected token '||'")
        assertError("a || b ?? c", "Unexpected token '??'")
        assertError("a && b ?? c", "Unexpected token '??'")
    }

    func testAssignmentTargets() {
        XCTAssertEqual(sexpr("[a, b] = [b, a]"), "(= [a b] [b a])")
        XCTAssertEqual(sexpr("({a, b: [c = 1], ...d} = obj)"), "(= {a: a, b: [c=1], ...d} obj)")
        XCTAssertEqual(sexpr("[x.y, z[0], ...w.v] = q"), "(= [(. x y) ([] z 0) ...(. w v)] q)")
        XCTAssertEqual(sexpr("({a = 1} = {})"), "(= {a: a=1} {})")
        XCTAssertEqual(sexpr("(a) = 1"), "(= a 1)")
        assertError("1 = 2", "Invalid left-hand side in assignment", at: "1:1")
        assertError("a + b = c", "Invalid left-hand side in assignment")
        assertError("f() = 1", "Invalid left-hand side in assignment")
        assertError("a?.b = 1", "Invalid left-hand side in assignment")
        assertError("[a + 1] = b", "Invalid destructuring assignment target")
        assertError("({a: 1} = b)", "Invalid destructuring assignment target")
        assertError("([a]) = 1", "Invalid left-hand side in assignment")
        assertError("[...a, b] = c", "Rest element must be last element")
        assertError("({a = 1})", "Invalid shorthand property initializer")
        assertError("++a++", "Invalid left-hand side expression in prefix operation")
        assertError("++f()", "Invalid left-hand side expression in prefix operation")
        assertError("f()++", "Invalid left-hand side expression in postfix operation")
        assertError("'use strict'; eval = 1", "Unexpected eval or arguments in strict mode")
        assertError("({__proto__: 1, __proto__: 2})", "Duplicate __proto__ fields are not allowed in object literals")
        assertParses("({__proto__: a, __proto__: b} = {})")
    }

    // MARK: - ASI

    func testAutomaticSemicolonInsertion() throws {
        XCTAssertEqual(try parse("a\nb").body.count, 2)
        XCTAssertEqual(try parse("a\n++b").body.count, 2)        // no postfix ++ across a newline
        XCTAssertEqual(try parse("{ 1 }").body.count, 1)                // ASI before }
        XCTAssertEqual(try parse("do x; while (0) y").body.count, 2)
        XCTAssertEqual(try parse("a = b\n(c)").body.count, 1)       // call, no ASI
        let program = try parse("function f() { return\n1 }")
        guard case .function(let f) = program.body[0].kind, case .return(nil) = f.body[0].kind else {
            return XCTFail("return should take no argument")
        }
        XCTAssertEqual(f.body.count, 2)
        guard case .labeled("l", let loop) = try parse("l: for (;;) { break\nl }").body[0].kind,
              case .for(_, _, _, let body) = loop.kind, case .block(let stmts) = body.kind,
              case .break(nil) = stmts[0].kind else { return XCTFail("break should not take the label") }
        assertError("a b", "Unexpected identifier 'b'", at: "1:3")
        assertError("throw\n1", "Illegal newline after throw")
        assertError("for (a\nb) ;", "Unexpected identifier 'b'")
        assertError("if (a) x = 1 else y", "Unexpected token 'else'")
    }

    // MARK: - Functions and arrows

    func testArrowFunctions() {
        XCTAssertEqual(sexpr("x => x + 1"), "(arrow (x) (+ x 1))")
        XCTAssertEqual(sexpr("() => {}"), "(arrow () {0})")
        XCTAssertEqual(sexpr("(a, b = 1, [c], {d}, ...e) => a"), "(arrow (a b=1 [c] {d: d} ...e) a)")
        XCTAssertEqual(sexpr("(a, b)"), "(, a b)")
        XCTAssertEqual(sexpr("(a)"), "a")
        XCTAssertEqual(sexpr("({a = 1}) => a"), "(arrow ({a: a=1}) a)")
        XCTAssertEqual(sexpr("a => b => a + b"), "(arrow (a) (arrow (b) (+ a b)))")
        XCTAssertEqual(sexpr("f((a,) => 1, x => y ? 1 : 2)"), "(call f (arrow (a) 1) (arrow (x) (? y 1 2)))")
        XCTAssertEqual(sexpr("(() => {})()"), "(call (arrow () {0}))")
        assertError("()", "Unexpected token ')'")
        assertError("(a, b) \n => 1", "Unexpected token '=>'")
        assertError("a + b => 1", "Malformed arrow function parameter list")
        assertError("(a.b) => 1", "Invalid destructuring assignment target")
        assertError("(a, a) => 1", "Duplicate parameter name not allowed in this context")
        assertError("(a = 1) => { 'use strict' }", "Illegal 'use strict' directive in function with non-simple parameter list")
        assertError("() => {} ()", "Unexpected token '('")
    }

    func testFunctions() throws {
        assertError("function f(a, b = 2, ...c) { 'use strict'; return a }",
                    "Illegal 'use strict' directive in function with non-simple parameter list")
        let sloppy = try parse("  function f(a, a) { return function g() { 'use strict' } }")
        guard case .function(let f) = sloppy.body[0].kind,
              case .return(let value?) = f.body[0].kind, case .function(let g) = value.kind else {
            return XCTFail("shape")
        }
        XCTAssertFalse(f.isStrict)
        XCTAssertTrue(g.isStrict)
        XCTAssertEqual(f.sourceRange, 2..<59)
        XCTAssertEqual(f.declaredLength, 2)
        assertError("function f(a, a) { 'use strict' }", "Duplicate parameter name not allowed in this context")
        assertError("function f(a, [a]) {}", "Duplicate parameter name not allowed in this context")
        assertError("function eval() { 'use strict' }", "Unexpected eval or arguments in strict mode")
        assertError("function* g() {}", "generators are not supported")
        assertError("async function g() {}", "async functions are not supported")
        assertError("async x => x", "async functions are not supported")
        assertError("async (x) => x", "async functions are not supported")
        assertParses("var async = 1; async(1); async\nfunction f() {}")
    }

    // MARK: - Destructuring declarations

    func testDestructuringDeclarations() throws {
        let program = try parse("let [a, , b = 1, ...c] = x, {d, e: [f], g = 2, ...h} = y;")
        guard case .declaration(.let, let declarators) = program.body[0].kind else { return XCTFail("shape") }
        XCTAssertEqual(declarators.map { show($0.target) }, ["[a _ b=1 ...c]", "{d: d, e: [f], g: g=2, ...h}"])
        assertParses("for (const [k, v] of map) ; for (var {a} in o) ; for ([a, b] of c) ; for (x.y in z) ;")
        assertError("let [a];", "Missing initializer in destructuring declaration")
        assertError("let [...a, b] = c", "Rest element must be last element")
        assertError("var {...[a]} = b", "Unexpected token '['")
    }

    // MARK: - Classes

    func testClasses() throws {
        let program = try parse("""
        class A extends B.C {
          constructor(x) { super(x); }
          static s() { return super.s(); }
          get g() { return 1 }
          set g(v) {}
          ['computed']() {}
          'constructor2'() {}
          static constructor() {}
        }
        """)
        guard case .class(let node) = program.body[0].kind else { return XCTFail("shape") }
        XCTAssertEqual(node.name, "A")
        XCTAssertEqual(node.heritage.map(show), "(. B C)")
        XCTAssertEqual(node.constructor?.kind, .derivedConstructor)
        XCTAssertEqual(node.constructor?.isStrict, true)
        XCTAssertEqual(node.members.map { "\($0.kind) \($0.isStatic) \(show($0.key))" },
                       ["method true s", "getter false g", "setter false g", "method false [\"computed\"]",
                        "method false constructor2", "method true constructor"])
        XCTAssertEqual(node.members[0].function.kind, .method)
        XCTAssertEqual(sexpr("(class {})"), "(class )")
        guard case .class(let base) = try parse("class X { constructor() {} }").body[0].kind else { return XCTFail("shape") }
        XCTAssertEqual(base.constructor?.kind, .classConstructor)
        assertError("class A { constructor() { super() } }", "'super' keyword unexpected here")
        assertError("class A { constructor() {} constructor() {} }", "A class may only have one constructor")
        assertError("class A { get constructor() {} }", "Class constructor may not be an accessor")
        assertError("class A { static prototype() {} }", "Classes may not have a static property named 'prototype'")
        assertError("class A { x = 1 }", "class fields are not supported")
        assertError("class A { #x() {} }", "private class members are not supported")
        assertError("class A { m() { var static; } }", "Unexpected strict mode reserved word")
        assertError("function f() { super.x }", "'super' keyword unexpected here")
        assertParses("({ m() { return super.m() }, n: () => 1 })")
    }

    // MARK: - Optional chaining

    func testOptionalChaining() {
        XCTAssertEqual(sexpr("a?.b.c(d)"), "(chain (call (. (.? a b) c) d))")
        XCTAssertEqual(sexpr("a?.[i]?.(x)"), "(chain (call? ([]? a i) x))")
        XCTAssertEqual(sexpr("(a?.b).c"), "(. (chain (.? a b)) c)")
        XCTAssertEqual(sexpr("a?.b + 1"), "(+ (chain (.? a b)) 1)")
        XCTAssertEqual(sexpr("x ?.5:1"), "(? x 0.5 1)")
        assertError("new a?.b()", "Invalid optional chain from new expression")
        assertError("a?.b`t`", "Invalid tagged template on optional chain")
    }

    // MARK: - Statements

    func testStatements() throws {
        let program = try parse("""
        var a = 1, b; let c; const d = 2;
        if (a) b; else { c }
        for (let i = 0; i < 3; i++) continue;
        for (;;) break;
        for (k in o) ; for (const v of arr) ;
        while (a) a--; do ; while (0)
        outer: for (;;) { inner: for (;;) { continue outer; break inner; } }
        switch (a) { case 1: break; default: }
        try { throw 1 } catch (e) {} finally {}
        try {} catch {}
        debugger; ;
        """)
        XCTAssertEqual(program.body.count, 16)
        XCTAssertFalse(program.isStrict)
        guard case .for(.declaration(.let, _), _, _, _) = program.body[4].kind else { return XCTFail("for-let") }
        guard case .forOf(.declaration(.const, .identifier("v", _)), _, _) = program.body[7].kind else { return XCTFail("for-of") }
        guard case .try(_, let handler?, nil) = program.body[13].kind else { return XCTFail("try") }
        XCTAssertNil(handler.parameter)
        assertParses("if (a) function f() {}")                        // Annex B
        assertParses("var let = 1; let\nx = 2")                       // `let` as an identifier
        assertError("if (a) let x = 1;", "Lexical declaration cannot appear in a single-statement context")
        assertError("l: let x = 1", "Lexical declaration cannot appear in a single-statement context")
        assertError("while (a) function f() {}", "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.")
        assertError("with (a) {}", "'with' statements are not supported")
        assertError("'use strict'; with (a) {}", "Strict mode code may not include a with statement")
        assertError("import x from 'y'", "'import' is not supported")
        assertError("export var x", "'export' is not supported")
        assertError("try {}", "Missing catch or finally after try")
        assertError("switch (a) { default: default: }", "More than one default clause in switch statement")
    }

    // MARK: - Positions

    func testPositions() throws {
        let program = try parse("var x = 1;\n  if (a) {\n    f(b + c);\n  }\r\nz\u{2028}w")
        XCTAssertEqual(program.body.map { $0.position.description }, ["1:1", "2:3", "5:1", "6:1"])
        guard case .if(let test, let consequent, _) = program.body[1].kind, case .block(let inner) = consequent.kind,
              case .expression(let call) = inner[0].kind, case .call(_, let args, _) = call.kind else { return XCTFail("shape") }
        XCTAssertEqual(test.position, SourcePosition(line: 2, column: 7, offset: 17))
        XCTAssertEqual(call.position.description, "3:5")
        XCTAssertEqual(args[0].expression.position.description, "3:7")
        // Offsets count UTF-16 code units.
        let unicode = try parse("'😀'; x")
        XCTAssertEqual(unicode.body[1].position, SourcePosition(line: 1, column: 7, offset: 6))
        assertError("var x = ;", "Unexpected token ';'", at: "1:9")
        assertError("f(a b)", "missing ) after argument list", at: "1:5")
        assertError("\n\n  a = )", "Unexpected token ')'", at: "3:7")
        assertError("/* unterminated", "Invalid or unexpected token", at: "1:1")
    }

    // MARK: - Errors

    func testUnexpectedTokenMessages() {
        assertError("var", "Unexpected end of input")
        assertError("a 1", "Unexpected number")
        assertError("a 'x'", "Unexpected string")
        assertError("a @", "Invalid or unexpected token")
        assertError("var if = 1", "Unexpected token 'if'")
        assertError("'use strict'; var public = 1", "Unexpected strict mode reserved word")
        assertError("var a = (1", "Unexpected end of input")
        assertError("v\\u0061r x", "Keyword must not contain escaped characters")
        assertError("x = /re/", "regular expression literals are not supported")
        assertError("%DebugPrint(x)", "Unexpected token '%'")
        assertError("new.target", "new.target expression is not allowed here")
    }

    func testNativesSyntax() {
        var parser = Parser(source: "%OptimizeFunctionOnNextCall(f, 1); a % b", options: ParserOptions(allowNativesSyntax: true))
        do {
            let program = try parser.parseProgram()
            guard case .expression(let e) = program.body[0].kind, case .expression(let m) = program.body[1].kind else {
                return XCTFail("shape")
            }
            XCTAssertEqual(show(e), "(%OptimizeFunctionOnNextCall f 1)")
            XCTAssertEqual(show(m), "(% a b)")
            XCTAssertTrue(try self.parse("'use strict'; x").isStrict)
        } catch {
            XCTFail("\(error)")
        }
    }

    func testEarlyErrors() {
        assertError("let x; let x;", "Identifier 'x' has already been declared", at: "1:12")
        assertError("let x; var x;", "Identifier 'x' has already been declared")
        assertError("var x; let x;", "Identifier 'x' has already been declared")
        assertError("{ var x; } let x;", "Identifier 'x' has already been declared")
        assertError("function f(a) { let a; }", "Identifier 'a' has already been declared")
        assertError("try {} catch (e) { let e; }", "Identifier 'e' has already been declared")
        assertError("let f; function f() {}", "Identifier 'f' has already been declared")
        assertError("'use strict'; { function f() {} function f() {} }", "Identifier 'f' has already been declared")
        assertError("const x;", "Missing initializer in const declaration")
        assertError("let let = 1", "let is disallowed as a lexically bound name")
        assertError("break;", "Illegal break statement")
        assertError("while (1) { function f() { break; } }", "Illegal break statement")
        assertError("continue;", "Illegal continue statement: no surrounding iteration statement")
        assertError("l: { continue l; }", "Illegal continue statement: 'l' does not denote an iteration statement")
        assertError("while (1) break nowhere;", "Undefined label 'nowhere'")
        assertError("l: l: ;", "Label 'l' has already been declared")
        assertError("return 1", "Illegal return statement")
        assertError("'use strict'; delete x", "Delete of an unqualified identifier in strict mode.")
        assertError("'use strict'; var eval;", "Unexpected eval or arguments in strict mode")
        assertError("'use strict'; var interface;", "Unexpected strict mode reserved word")
        assertError("for (let x of [], []) ;", "Unexpected token ','")
        assertError("for (let x = 1 of y) ;", "for-of loop variable declaration may not have an initializer.")
        assertError("for (let x, y of z) ;", "Invalid left-hand side in for-of loop: Must have a single binding.")
        assertError("for (a in b in c;;) ;", "Unexpected token ';'")
        assertParses("var x; var x; function g() {} function g() {} { function h() {} function h() {} }")
        assertParses("try {} catch (e) { var e; } for (var i in {}) ; for (let i of []) { let i; }")
        assertParses("for (var i = 0;;) ;")
        assertParses("a: b: while (1) { continue a; }")
    }

    // MARK: - Robustness

    func testDeepNestingIsAnErrorNotACrash() {
        onBigStack {
            for source in [String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
                           String(repeating: "{", count: 10_000) + String(repeating: "}", count: 10_000),
                           String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
                           String(repeating: "-", count: 10_000) + "x",
                           String(repeating: "x => ", count: 10_000) + "x",
                           "var " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + " = 1",
                           String(repeating: "function f() {", count: 10_000)] {
                var parser = Parser(source: source)
                do {
                    _ = try parser.parseProgram()
                    XCTFail("deep nesting accepted")
                } catch let error as SyntaxErrorInfo {
                    XCTAssertTrue(error.message.contains("too deeply nested"), error.message)
                } catch {
                    XCTFail("\(error)")
                }
            }
            // Moderate nesting is fine.
            var parser = Parser(source: String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500))
            do {
                _ = try parser.parseProgram()
            } catch {
                XCTFail("\(error)")
            }
        }
    }

    func testLargeInputParsesInLinearTime() throws {
        var source = ""
        for i in 0..<20_000 { source += "var v\(i) = { a: [\(i), 'str'], b: function (x) { return x * \(i) + 1; } };\n" }
        let program = try parse(source)
        XCTAssertEqual(program.body.count, 20_000)
    }

    func testNumberKeyCanonicalisation() {
        XCTAssertEqual(NumberConversion.numberToString(1.5), "1.5")
        XCTAssertEqual(NumberConversion.numberToString(16), "16")
        XCTAssertEqual(NumberConversion.numberToString(1e21), "1e+21")
        XCTAssertEqual(NumberConversion.numberToString(1e-7), "1e-7")
        XCTAssertEqual(NumberConversion.numberToString(0.000001), "0.000001")
        XCTAssertEqual(NumberConversion.numberToString(123456789012345680000), "123456789012345680000")
        XCTAssertEqual(NumberConversion.numberToString(-0.5), "-0.5")
    }
}
