// array and object literal edge cases
var a = [1, 2, 3,]; print(a.length);
var b = [, 1]; print(b.length, 0 in b);
var c = [[], [[]], [[[]]]]; print(c.length, c[2][0][0].length, JSON.stringify(c));
var d = [1, 'two', { three: 3 }, [4], null, undefined, true, () => 5]; print(d.length, typeof d[7], d[7]());
var e = { 'a-b': 1, 'c d': 2, '': 3, 123: 4, 'if': 5, class: 6, new: 7 }; print(e['a-b'], e['c d'], e[''], e[123], e.if, e.class, e.new);
print(Object.keys(e).join('|'));
var f = { a: 1, }; print(Object.keys(f).length);
var g = { get: 1, set: 2, static: 3, async: 4, of: 5, let: 6 }; print(g.get + g.set + g.static + g.async + g.of + g.let);
var h = { 0.5: 'half', 1e2: 'hundred', 0b11: 'three', 0o10: 'eight' }; print(Object.keys(h).join());
var i = { 'quoted': 1, unquoted: 2, "double": 3 }; print(JSON.stringify(i));
var j = [1, 2, 3].length; var k = { length: 10 }.length; print(j, k);
var l = { a: { b: { c: { d: { e: 'deep' } } } } }; print(l.a.b.c.d.e);
var nestedArr = [1, [2, [3, [4, [5]]]]]; print(nestedArr[1][1][1][1][0], String(nestedArr));
console.log([1, 'a', true, null], { x: [1, 2], y: { z: 'w' } });
console.log([[1, 2], [3, 4]], { a: [] , b: {} });
