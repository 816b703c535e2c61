import XCTest
@testable import JSEngine

/// console.log formatting (node's util.inspect); expected values are node 20's output.
final class ConsoleFormatTests: XCTestCase {
    private func log(_ source: String) -> String {
        let out = CapturedOutput()
        _ = Engine.onLargeStack { Engine.run(sources: [(name: "t.js", text: source)], options: EngineOptions(), output: out) }
        return out.text
    }

    func testPrimitivesAndQuoting() {
        XCTAssertEqual(log(#"console.log("it's", ["it's"], ['say "hi"'], -0, [-0], undefined, null)"#),
                       #"it's [ "it's" ] [ 'say "hi"' ] -0 [ -0 ] undefined null"# + "\n")
    }

    func testObjectsArraysAndHoles() {
        XCTAssertEqual(log("console.log({ 'a-b': 1, b: 'x' }, [1, , 3], [, , ,], {}, [], { a: { b: { c: { d: 1 } } } })"),
                       "{ 'a-b': 1, b: 'x' } [ 1, <1 empty item>, 3 ] [ <3 empty items> ] {} [] { a: { b: { c: [Object] } } }\n")
    }

    func testClassesFunctionsAndSpecialObjects() {
        XCTAssertEqual(log("""
        class A { constructor() { this.x = 1; } } class B extends A {}
        console.log(new A(), A, B, function f() {}, () => {}, Object.create(null))
        console.log(new Map([['a', 1]]), new Set([1]), new Number(3), new String('ab'))
        console.log({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} })
        var c = { name: 'c' }; c.self = c; console.log(c)
        """), """
        A { x: 1 } [class A] [class B extends A] [Function: f] [Function (anonymous)] [Object: null prototype] {}
        Map(1) { 'a' => 1 } Set(1) { 1 } [Number: 3] [String: 'ab']
        { a: [Getter], b: [Setter], c: [Getter/Setter] }
        <ref *1> { name: 'c', self: [Circular *1] }

        """)
    }

    func testGroupingAndLineBreaking() {
        XCTAssertEqual(log("var a = []; for (var i = 0; i < 26; i++) a.push(i); console.log(a)"), """
        [
           0,  1,  2,  3,  4,  5,  6,  7,
           8,  9, 10, 11, 12, 13, 14, 15,
          16, 17, 18, 19, 20, 21, 22, 23,
          24, 25
        ]

        """)
        XCTAssertEqual(log("console.log({ longpropertyname1: 'some long string value', longpropertyname2: 'another long string value' })"), """
        {
          longpropertyname1: 'some long string value',
          longpropertyname2: 'another long string value'
        }

        """)
    }

    func testFormatSpecifiers() {
        XCTAssertEqual(log(#"console.log("%s is %d years, %i %f %%", "Bob", 42.5, "42.9", "3.5", "extra")"#),
                       "Bob is 42.5 years, 42 3.5 % extra\n")
    }
}
