import XCTest
@testable import JSEngine

/// Object, Function and JSON builtins: small programs whose expected output was taken from
/// node 20 (except where noted: this engine refuses dynamic code in `Function`).
final class ObjectBuiltinsTests: XCTestCase {
    private func run(_ source: String) -> String {
        let out = CapturedOutput()
        let ending = Engine.onLargeStack {
            Engine.run(sources: [(name: "test.js", text: source)], options: EngineOptions(), output: out)
        }
        XCTAssertEqual(ending, .normal)
        return out.text
    }

    func testObjectKeysValuesEntries() {
        let source = #"""
        var o = {b: 2, a: 1, 1: 'x'}; print(Object.keys(o), Object.values(o), JSON.stringify(Object.entries(o)), Object.keys('ab'));
        """#
        let expected = #"""
1,b,a x,2,1 [["1","x"],["b",2],["a",1]] 0,1
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testObjectAssign() {
        let source = #"""
        var t = {a: 1}; var r = Object.assign(t, {b: 2}, null, 'xy'); print(r === t, JSON.stringify(t));
        """#
        let expected = #"""
true {"0":"x","1":"y","a":1,"b":2}
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testObjectCreateAndPrototypes() {
        let source = #"""
        var p = {x: 1}; var o = Object.create(p, {y: {value: 2, enumerable: true}}); print(o.x, Object.keys(o), Object.getPrototypeOf(o) === p, p.isPrototypeOf(o), Object.getPrototypeOf(Object.create(null)));
        """#
        let expected = #"""
1 y true true null
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testSetPrototypeOfErrors() {
        let source = #"""
        var a = {}; try { Object.setPrototypeOf(a, 5); } catch (e) { print(e.message); } var b = Object.create(a); try { Object.setPrototypeOf(a, b); } catch (e) { print(e.message); } try { Object.setPrototypeOf(Object.preventExtensions({}), {}); } catch (e) { print(e.message); }
        """#
        let expected = #"""
Object prototype may only be an Object or null: 5
Cyclic __proto__ value
#<Object> is not extensible
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testDefinePropertyDataAndAccessor() {
        let source = #"""
        var o = {}; Object.defineProperty(o, 'x', {value: 1}); o.x = 2; var v = 0; Object.defineProperty(o, 'y', {get() { return v; }, set(n) { v = n * 2; }, enumerable: true}); o.y = 5; print(o.x, o.y, JSON.stringify(Object.getOwnPropertyDescriptor(o, 'x')), Object.keys(o));
        """#
        let expected = #"""
1 10 {"value":1,"writable":false,"enumerable":false,"configurable":false} y
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testDefinePropertyErrors() {
        let source = #"""
        function t(f) { try { f(); } catch (e) { print(e.name + ': ' + e.message); } } var o = Object.defineProperty({}, 'x', {value: 1}); t(() => Object.defineProperty(o, 'x', {value: 2})); t(() => Object.defineProperty(1, 'x', {})); t(() => Object.defineProperty({}, 'x', {value: 1, get() {}})); t(() => Object.defineProperty({}, 'x', {get: 1})); t(() => Object.defineProperty(Object.preventExtensions({}), 'x', {value: 1}));
        """#
        let expected = #"""
TypeError: Cannot redefine property: x
TypeError: Object.defineProperty called on non-object
TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>
TypeError: Getter must be a function: 1
TypeError: Cannot define property x, object is not extensible
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testFreezeAndSeal() {
        let source = #"""
        var f = Object.freeze({a: 1}); f.a = 2; f.b = 3; var s = Object.seal({c: 1}); s.c = 2; delete s.c; print(f.a, f.b, s.c, Object.isFrozen(f), Object.isSealed(s), Object.isFrozen(s), Object.isExtensible(s), Object.isFrozen(1));
        """#
        let expected = #"""
1 undefined 2 true true false false true
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testFrozenArrays() {
        let source = #"""
        var a = Object.freeze([1, 2]); a[0] = 9; a.length = 0; print(a, a.length, Object.isFrozen(a)); try { (function () { 'use strict'; a[1] = 0; })(); } catch (e) { print(e.message); } try { a.push(3); } catch (e) { print(e.name); }
        """#
        let expected = #"""
1,2 2 true
Cannot assign to read only property '1' of object '[object Array]'
TypeError
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testStrictFrozenAssignment() {
        let source = #"""
        'use strict'; var o = Object.freeze({a: 1}); try { o.a = 2; } catch (e) { print(e.message); } try { o.b = 2; } catch (e) { print(e.message); }
        """#
        let expected = #"""
Cannot assign to read only property 'a' of object '#<Object>'
Cannot add property b, object is not extensible
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testObjectToStringTags() {
        let source = #"""
        var ts = Object.prototype.toString; print(ts.call(null), ts.call(undefined), ts.call([]), ts.call(1), ts.call(function () {}), ts.call(new Error()), ts.call(new Map()), ts.call(new Int8Array(1)), ts.call(Math), ts.call(JSON), ts.call((function () { return arguments; })()));
        """#
        let expected = #"""
[object Null] [object Undefined] [object Array] [object Number] [object Function] [object Error] [object Map] [object Int8Array] [object Math] [object JSON] [object Arguments]
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testObjectPrototypeMisc() {
        let source = #"""
        var o = {own: 1}; var c = Object.create(o); c.mine = 2; print(c.hasOwnProperty('mine'), c.hasOwnProperty('own'), c.propertyIsEnumerable('mine'), [1].propertyIsEnumerable('length'), c.valueOf() === c, c.__proto__ === o, Object.is(NaN, NaN), Object.is(0, -0));
        """#
        let expected = #"""
true false true false true true true false
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testProtoAccessorAndLiteral() {
        let source = #"""
        var p = {hi() { return 'hi'; }}; var o = {__proto__: p, x: 1}; print(o.hi(), Object.keys(o)); o.__proto__ = null; print(Object.getPrototypeOf(o), o.__proto__);
        """#
        let expected = #"""
hi x
null undefined
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testObjectConstructor() {
        let source = #"""
        print(typeof Object(), Object(1) instanceof Number, Object('s').length, new Object(true).valueOf()); var o = {}; print(Object(o) === o); class K extends Object { constructor() { super(); this.k = 1; } } print(new K().k, new K() instanceof K);
        """#
        let expected = #"""
object true 1 true
true
1 true
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testFromEntriesAndDescriptors() {
        let source = #"""
        print(JSON.stringify(Object.fromEntries([['a', 1], ['b', [2]]])), JSON.stringify(Object.getOwnPropertyDescriptors({get g() { return 1; }, v: 2})), Object.getOwnPropertyNames([1, 2]));
        """#
        let expected = #"""
{"a":1,"b":[2]} {"g":{"enumerable":true,"configurable":true},"v":{"value":2,"writable":true,"enumerable":true,"configurable":true}} 0,1,length
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testFunctionCallApplyBind() {
        let source = #"""
        function f(a, b) { return [this.t, a, b].join(); } print(f.call({t: 1}, 2, 3), f.apply({t: 4}, [5, 6]), f.apply({t: 7}, {length: 1, 0: 8})); var b = f.bind({t: 'B'}, 'x'); print(b('y'), b.name, b.length, f.bind().bind().name);
        """#
        let expected = #"""
1,2,3 4,5,6 7,8,
B,x,y bound f 1 bound bound f
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testBoundConstruct() {
        let source = #"""
        function P(x, y) { this.x = x; this.y = y; } var B = P.bind(null, 1); var p = new B(2); print(p.x, p.y, p instanceof P, p instanceof B, typeof B.prototype);
        """#
        let expected = #"""
1 2 true true undefined
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testFunctionToString() {
        let source = #"""
        function foo(a) { return a; } class C { m() {} static s() {} } print(foo.toString()); print(String(C), String(C.prototype.m), String(C.s), String(() => 1), String(Math.max), String(foo.bind(null)));
        """#
        let expected = #"""
function foo(a) { return a; }
class C { m() {} static s() {} } m() {} s() {} () => 1 function max() { [native code] } function () { [native code] }
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testFunctionConstructorRefused() {
        let source = #"""
        try { Function('return 1'); } catch (e) { print(e.name, e.message); } print(Function.prototype.toString.call(Function), typeof Function.prototype);
        """#
        let expected = #"""
EvalError Code generation from strings disallowed for this context
function Function() { [native code] } function
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testFunctionPrototypeErrors() {
        let source = #"""
        function t(f) { try { f(); } catch (e) { print(e.name + ': ' + e.message); } } t(() => Function.prototype.bind.call(1)); t(() => Function.prototype.toString.call({})); t(() => (function () {}).apply(null, 1));
        """#
        let expected = #"""
TypeError: Bind must be called on a function
TypeError: Function.prototype.toString requires that 'this' be a Function
TypeError: CreateListFromArrayLike called on non-object
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testJsonStringifyBasics() {
        let source = #"""
        print(JSON.stringify({a: [1, 'x', null, undefined, () => 1, NaN, -0], b: undefined, c: {d: true}}), JSON.stringify(undefined), JSON.stringify(new Number(3)), JSON.stringify('\u0001"\\\n\ud800'));
        """#
        let expected = #"""
{"a":[1,"x",null,null,null,null,0],"c":{"d":true}} undefined 3 "\u0001\"\\\n\ud800"
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testJsonStringifyReplacerAndIndent() {
        let source = #"""
        var o = {a: 1, b: [1, {c: 2}], d: 'x'}; print(JSON.stringify(o, null, 2)); print(JSON.stringify(o, ['a', 'b'], '--')); print(JSON.stringify(o, (k, v) => typeof v === 'number' ? v * 10 : v));
        """#
        let expected = #"""
{
  "a": 1,
  "b": [
    1,
    {
      "c": 2
    }
  ],
  "d": "x"
}
{
--"a": 1,
--"b": [
----1,
----{}
--]
}
{"a":10,"b":[10,{"c":20}],"d":"x"}
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testJsonStringifyToJSON() {
        let source = #"""
        print(JSON.stringify({a: {toJSON(k) { return 'key:' + k; }}, b: [{toJSON(k) { return k; }}]}));
        """#
        let expected = #"""
{"a":"key:a","b":["0"]}
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testJsonStringifyCycle() {
        let source = #"""
        var a = {}; a.b = {c: a}; try { JSON.stringify(a); } catch (e) { print(e.name); print(e.message); }
        """#
        let expected = #"""
TypeError
Converting circular structure to JSON
    --> starting at object with constructor 'Object'
    |     property 'b' -> object with constructor 'Object'
    --- property 'c' closes the circle
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testJsonStringifyDeepNesting() {
        let source = #"""
        var a = []; for (var i = 0; i < 10000; i++) a = [a]; try { JSON.stringify(a); } catch (e) { print(e.name, e.message); }
        """#
        let expected = #"""
RangeError Maximum call stack size exceeded
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testJsonParseValues() {
        let source = #"""
        var v = JSON.parse('{"a":[1,-2.5e1,true,null],"b":"\\u0041\\n","c":{}}'); print(JSON.stringify(v), v.b.length, 1 / JSON.parse('-0'), JSON.parse(' 7 '));
        """#
        let expected = #"""
{"a":[1,-25,true,null],"b":"A\n","c":{}} 2 -Infinity 7
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testJsonParseErrors() {
        let source = #"""
        ['', '{a:1}', '[1,]', '01', '"abc', 'tru', 'NaN', '1 2', '{"a" 1}', '"\\x"', '[1', 'x'.repeat(30)].forEach(s => { try { JSON.parse(s); } catch (e) { print(e.name + ': ' + e.message); } });
        """#
        let expected = #"""
SyntaxError: Unexpected end of JSON input
SyntaxError: Expected property name or '}' in JSON at position 1
SyntaxError: Unexpected token ']', "[1,]" is not valid JSON
SyntaxError: Unexpected number in JSON at position 1
SyntaxError: Unterminated string in JSON at position 4
SyntaxError: Unexpected end of JSON input
SyntaxError: "NaN" is not valid JSON
SyntaxError: Unexpected non-whitespace character after JSON at position 2
SyntaxError: Expected ':' after property name in JSON at position 5
SyntaxError: Bad escaped character in JSON at position 2
SyntaxError: Expected ',' or ']' after array element in JSON at position 2
SyntaxError: Unexpected token 'x', "xxxxxxxxxx"... is not valid JSON
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testJsonParseReviver() {
        let source = #"""
        var log = []; var r = JSON.parse('{"a":1,"b":{"c":2},"d":[3]}', function (k, v) { log.push(k); return typeof v === 'number' ? v + 1 : v; }); print(JSON.stringify(r), log.join());
        """#
        let expected = #"""
{"a":2,"b":{"c":3},"d":[4]} a,c,b,0,d,
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }

    func testJsonParseDeepNesting() {
        let source = #"""
        var d = 50000; var v = JSON.parse('['.repeat(d) + ']'.repeat(d)); var n = 0; while (Array.isArray(v) && v.length) { v = v[0]; n++; } print(n + 1);
        """#
        let expected = #"""
50000
"""#
        XCTAssertEqual(run(source), expected + "\n")
    }
}
