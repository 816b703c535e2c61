import XCTest
@testable import JSEngine

/// Tests for the Array, iterator, Map/Set, ArrayBuffer and typed array builtins: each runs a
/// small program and compares its output with what node 20 prints, plus Swift-level checks of
/// the elements kinds arrays move through.
final class ArrayBuiltinsTests: XCTestCase {
    /// Runs `source` in a fresh realm and returns what it printed (an uncaught exception fails the test).
    private func run(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let out = CapturedOutput()
        let ending = Engine.run(sources: [(name: "test.js", text: source)], options: EngineOptions(), output: out)
        XCTAssertEqual(ending, .normal, "program ended abnormally", file: file, line: line)
        return out.text
    }

    private func check(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run(source, file: file, line: line), expected + "\n", file: file, line: line)
    }

    /// Prints the error a snippet throws as "Name: message".
    private func checkThrows(_ snippet: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        check("try { \(snippet); print('no error'); } catch (e) { print(e.name + ': ' + e.message); }", expected,
              file: file, line: line)
    }

    // MARK: - Constructor and statics

    func testConstructor() {
        check("print(Array(3).length, new Array(1, 2).join(), Array('3').length, Array.of(7).length, [].length)", "3 1,2 1 1 0")
        checkThrows("new Array(-1)", "RangeError: Invalid array length")
        checkThrows("new Array(2 ** 32)", "RangeError: Invalid array length")
        checkThrows("Array(1.5)", "RangeError: Invalid array length")
        check("print(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray(new Int8Array(1)))", "true false false")
    }

    func testFrom() {
        check("print(Array.from('a\\u{1F600}b').length, Array.from(new Set([1, 1, 2])).join(), Array.from(new Map([[1, 2]])).join('|'))",
              "3 1,2 1,2")
        check("print(Array.from({ length: 3 }, (v, i) => i * 2).join(), Array.from({ length: 2, 0: 'x' }).join())", "0,2,4 x,")
        check("print(Array.from([1, 2], function (x) { return x + this.d; }, { d: 10 }).join())", "11,12")
        checkThrows("Array.from(null)", "TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))")
        checkThrows("Array.from([1], 5)", "TypeError: 5 is not a function")
    }

    // MARK: - Mutators

    func testPushPopShiftUnshift() {
        check("var a = [1]; print(a.push(2, 3), a.pop(), a.shift(), a.unshift(0, 1), a.join(), [].pop(), [].shift())",
              "3 3 1 3 0,1,2 undefined undefined")
        checkThrows("var a = []; a.length = 2 ** 32 - 1; a.push(1)", "RangeError: Invalid array length")
        checkThrows("Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1)",
                    "TypeError: Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, as the total surpasses 2**53-1")
        checkThrows("Object.freeze([1, 2, 3]).push(4)", "TypeError: Cannot add property 3, object is not extensible")
        checkThrows("Object.freeze([1, 2, 3]).pop()", "TypeError: Cannot delete property '2' of [object Array]")
        check("var o = { length: 2, 0: 'a', 1: 'b' }; Array.prototype.push.call(o, 'c'); print(o.length, o[2])", "3 c")
    }

    func testSliceSpliceConcat() {
        check("var a = [1, 2, 3, 4, 5]; var r = a.splice(1, 2, 'a', 'b', 'c'); print(a.join(), '|', r.join())", "1,a,b,c,4,5 | 2,3")
        check("var a = [1, 2, 3, 4, 5]; var r = a.splice(-2); print(a.join(), r.join())", "1,2,3 4,5")
        check("var a = [1, , 3]; var r = a.splice(0, 2); print(a.length, r.length, 1 in r)", "1 2 false")
        check("print([1, 2, 3].slice(-2).join(), [1, 2, 3].slice(1, -1).join(), [1, 2, 3].slice(5).length)", "2,3 2 0")
        check("print([3, , 1].concat([4, , 5], 6).length, [].concat(1, [2], [[3]]).length, 4 in [3, , 1].concat([4, , 5]))",
              "7 3 false")
    }

    func testJoinAndToString() {
        check("print([1, null, undefined, 'x'].join(), [1, 2].join(' - '), [[1, 2], [3]].toString(), String([]))", "1,,,x 1 - 2 1,2,3 ")
        check("var a = [1, 2]; a.push(a); print(a.join(), String([a, [a]]))", "1,2, 1,2,,1,2,")
        check("print(Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '-'))", "a--c")
    }

    func testReverseFillCopyWithinAt() {
        check("print([1, 2, 3].reverse().join(), [1, , 3].reverse().hasOwnProperty(1), [1, 2, 3].fill(0, 1).join(), [1, 2, 3].fill(9, -1).join())",
              "3,2,1 false 1,0,0 1,2,9")
        check("print([1, 2, 3, 4, 5].copyWithin(0, 3).join(), [1, 2, 3].at(-1), [1, 2, 3].at(5))", "4,5,3,4,5 3 undefined")
    }

    // MARK: - Search

    func testSearch() {
        check("print([NaN].includes(NaN), [NaN].indexOf(NaN), [,].includes(undefined), [,].indexOf(undefined))", "true -1 true -1")
        check("print([1, 2, 3, 2, 1].lastIndexOf(2), [1, 2, 3, 2, 1].lastIndexOf(2, -3), [1].lastIndexOf(1, undefined), [1, 2].lastIndexOf(2, undefined))",
              "3 1 0 -1")
        check("print(Object.is([1].indexOf(1, -0), 0), [-0].indexOf(0), [-0].includes(0), [1, 2, 3].indexOf(3, 5))", "true 0 true -1")
        check("print([1, 2, 3, 4].findLast(x => x % 2), [1, 2].findLastIndex(x => x > 5), [1, 2, 3].find(x => x > 1), [1, 2, 3].findIndex(x => x > 1))",
              "3 -1 2 1")
        check("Array.prototype[1] = 'p'; var a = [0, , 2]; print(a.join(), a.indexOf('p'), a.includes('p')); delete Array.prototype[1];",
              "0,p,2 1 true")
    }

    // MARK: - Callbacks

    func testCallbackMethods() {
        check("print([1, 2, 3].map(x => x * 2).join(), [1, 2, 3].filter((x, i) => i != 1).join(), [1, 2, 3].some(x => x > 2), [1, 2, 3].every(x => x > 2))",
              "2,4,6 1,3 true false")
        check("print([1, 2, 3].reduce((a, b) => a + b), [1, 2, 3].reduceRight((a, b) => a + b, ''), [, , 3].reduce((a, b) => a + b))", "6 321 3")
        check("var a = []; a[5] = 1; print(a.map(x => 2).length, JSON.stringify(a.map(x => 2)), a.filter(() => true).length)",
              "6 [null,null,null,null,null,2] 1")
        check("var r = []; [1, 2, 3].forEach(function (x, i, arr) { if (i == 0) arr.push(4); r.push(x); }); print(r.join())", "1,2,3")
        check("var r = []; var a = [1, 2, 3, 4]; a.forEach((x, i) => { if (i == 0) a.pop(); r.push(x); }); print(r.join())", "1,2,3")
        check("print([1, [2, [3, [4]]]].flat(Infinity).join(), [1, [2, [3]]].flat().length, [[1], [2]].flatMap(x => [x, x]).length)", "1,2,3,4 3 4")
        checkThrows("[1].map(undefined)", "TypeError: undefined is not a function")
        checkThrows("[1].forEach({})", "TypeError: #<Object> is not a function")
        checkThrows("[1].find('abc')", "TypeError: abc is not a function")
        checkThrows("Array.prototype.map.call(null, x => x)", "TypeError: Array.prototype.map called on null or undefined")
        checkThrows("[].reduce((a, b) => a)", "TypeError: Reduce of empty array with no initial value")
    }

    // MARK: - Sort

    func testSort() {
        check("print([10, 9, 1, 100].sort().join(), [10, 9, 1, 100].sort((a, b) => a - b).join(), [3, 1, 2].sort(() => -1).join(), [3, 1, 2].sort((a, b) => a < b).join())",
              "1,10,100,9 1,9,10,100 2,1,3 3,1,2")
        check("var h = [3, , 1, undefined, , 2]; h.sort(); print(h.length, JSON.stringify(h), 4 in h, 5 in h)",
              "6 [1,2,3,null,null,null] false false")
        check("var items = []; for (var i = 0; i < 100; i++) items.push({ k: i % 3, i: i }); items.sort((a, b) => a.k - b.k); print(items.slice(0, 4).map(o => o.i).join(), items[99].i)",
              "0,3,6,9 98")
        checkThrows("[2, 1].sort('x')", "TypeError: The comparison function must be either a function or undefined")
        check("var a = [3, 2, 1]; try { a.sort(() => { throw 1; }); } catch (e) {} print(a.join())", "3,2,1")
    }

    // MARK: - Iterators

    func testIterators() {
        check("var it = [1, 2].values(); print(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()))",
              "{\"value\":1,\"done\":false} {\"value\":2,\"done\":false} {\"done\":true}")
        check("print(JSON.stringify([...[1, 2].entries()]), [...[7, 8].keys()].join(), [...'ab'].join())", "[[0,1],[1,2]] 0,1 a,b")
        check("var out = []; for (const [k, v] of new Map([[1, 'a'], [2, 'b']]).entries()) out.push(k + v); print(out.join())", "1a,2b")
    }

    // MARK: - Map and Set

    func testMapAndSet() {
        check("var m = new Map([[1, 'a']]); print(m.set(2, 'b') === m, m.get(2), m.has(1), m.delete(1), m.delete(1), m.size)",
              "true b true true false 1")
        check("var m = new Map(); m.set(NaN, 1).set(-0, 2); print(m.get(NaN), m.get(0), Object.is([...m.keys()][1], -0))", "1 2 false")
        check("var m = new Map([[1, 1]]); var r = []; m.forEach((v, k) => { r.push(k); if (k < 4) m.set(k + 1, 0); if (k == 2) m.delete(3); }); print(r.join())",
              "1,2")
        check("var s = new Set([1, 2, 3]); var out = []; for (var x of s) { out.push(x); if (x === 1) s.delete(2); if (x === 3) s.add(4); } print(out.join(), s.size)",
              "1,3,4 3")
        check("print(JSON.stringify(new Map([[1, 2]]).entries().next()), new Set('hello').size)", "{\"value\":[1,2],\"done\":false} 4")
        checkThrows("Map()", "TypeError: Constructor Map requires 'new'")
        checkThrows("new Map([1])", "TypeError: Iterator value 1 is not an entry object")
        checkThrows("Map.prototype.get.call({}, 1)", "TypeError: Method Map.prototype.get called on incompatible receiver #<Object>")
        checkThrows("new Set().forEach('s')", "TypeError: string \"s\" is not a function")
    }

    // MARK: - ArrayBuffer and typed arrays

    func testTypedArrays() {
        check("var b = new ArrayBuffer(8); var u = new Uint8Array(b), i = new Int32Array(b); i[0] = -1; print(u.join(), b.byteLength, b.slice(2, -2).byteLength)",
              "255,255,255,255,0,0,0,0 8 4")
        check("var t = new Int16Array(6); t.set([1, 2, 3]); t.set(new Int16Array([7, 7]), 4); print(t.join(), t.subarray(1, 3).join(), t.slice(-2).join())",
              "1,2,3,0,7,7 2,3 7,7")
        check("print(new Float64Array([3, 1, NaN, -2]).sort().join(), new Uint8ClampedArray([300, -5, 1.5]).join(), Int8Array.BYTES_PER_ELEMENT, new Float32Array(2).BYTES_PER_ELEMENT)",
              "-2,1,3,NaN 255,0,2 1 4")
        check("var a = new Int8Array([1, 2, 3]); print(a.map(x => x * 100).join(), a.filter(x => x > 1).length, a.reduce((x, y) => x + y), a.includes(2), a.indexOf(3), [...a.entries()].join('|'))",
              "100,-56,44 2 6 true 2 0,1|1,2|2,3")
        check("var u = new Uint8Array(2); u[5] = 9; print(u[5], u.length, String(u), Object.prototype.toString.call(u))",
              "undefined 2 0,0 [object Uint8Array]")
        checkThrows("new Int8Array(-1)", "RangeError: Invalid typed array length: -1")
        // A buffer beyond the run's heap budget is a RangeError (as node's failed allocation), not a process abort.
        checkThrows("new Float64Array(4294967295)", "RangeError: Array buffer allocation failed")
        checkThrows("new Int32Array(new ArrayBuffer(8), 1)", "RangeError: start offset of Int32Array should be a multiple of 4")
        checkThrows("new Int32Array(new ArrayBuffer(7))", "RangeError: byte length of Int32Array should be a multiple of 4")
        checkThrows("new Int32Array(new ArrayBuffer(8), 4, 2)", "RangeError: Invalid typed array length: 2")
        checkThrows("new Int8Array(4).set([1, 2, 3], 2)", "RangeError: offset is out of bounds")
        checkThrows("Int8Array(2)", "TypeError: Constructor Int8Array requires 'new'")
    }

    // MARK: - Elements kinds

    func testElementsKindTransitions() {
        let realm = Realm()
        let a = realm.newArray()
        XCTAssertEqual(a.elementsKind, .packedSmi)
        a.append(.number(1))
        a.append(.number(2))
        XCTAssertEqual(a.elementsKind, .packedSmi)
        a.append(.number(1.5))
        XCTAssertEqual(a.elementsKind, .packedDouble)
        a.append(.string("x"))
        XCTAssertEqual(a.elementsKind, .packedElements)
        a.putOwn(.index(10), .number(3), .default)
        XCTAssertEqual(a.elementsKind, .holeyElements)
        XCTAssertEqual(a.length, 11)

        let b = realm.newArray([.number(1), .number(2)])
        b.setLength(5)
        XCTAssertEqual(b.elementsKind, .holeySmi)
        let c = realm.newArray([.number(1), .number(-0.0)])
        XCTAssertEqual(c.elementsKind, .packedDouble)
        let d = realm.newArray([.number(1), .hole, .number(3)])
        XCTAssertEqual(d.elementsKind, .holeySmi)
    }

    /// Results built by map/filter/slice/concat stay packed when they have no holes.
    func testResultsStayPacked() throws {
        let realm = Realm()
        let src = realm.newArray([.number(1), .number(2), .number(3)])
        realm.global.define("src", .object(src))
        for (expr, kind) in [("src.map(x => x * 2)", ElementsKind.packedSmi), ("src.map(x => x / 2)", .packedDouble),
                             ("src.filter(x => x > 1)", .packedSmi), ("src.slice(1)", .packedSmi),
                             ("src.concat(['a'])", .packedElements), ("Array.from(src)", .packedSmi)] {
            let code = try BytecodeCompiler.compile(try Engine.parse("globalThis.r = \(expr);", options: EngineOptions()),
                                                    realm: realm, name: "t.js")
            _ = try realm.interpreter.runScript(code)
            let r = try realm.get(realm.global, "r")
            guard let arr = r.asObject as? JSArray else { return XCTFail("\(expr) is not an array") }
            XCTAssertEqual(arr.elementsKind, kind, expr)
        }
    }
}
