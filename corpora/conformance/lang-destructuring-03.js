// destructuring in loops, params, swaps, nested defaults
var pairs = [[1, 'one'], [2, 'two'], [3, 'three']];
for (var [n, word] of pairs) print(n, word);
for (let { a, b: { c = 'C' } = {} } of [{ a: 1, b: { c: 'x' } }, { a: 2 }]) print(a, c);
var m = new Map([['k1', { v: 1 }], ['k2', { v: 2 }]]);
for (const [key, { v }] of m) print(key, v);
function f([a, b] = [1, 2], { c, d } = { c: 3, d: 4 }) { return a + b + c + d; }
print(f(), f([10, 20]), f(undefined, { c: 0, d: 0 }));
var a1 = [1, 2, 3, 4, 5];
for (var i = 0, j = a1.length - 1; i < j; i++, j--) [a1[i], a1[j]] = [a1[j], a1[i]];
print(a1.join());
var { length: len, 0: first, [len - 1]: last } = 'hello'; print(len, first, last);
var [, , third = 'dflt', ...tail] = [1, 2, undefined, 4, 5]; print(third, tail.join());
var { x: { y: { z = 'deep-default' } = {} } = {} } = {}; print(z);
function g({ name = 'anon', tags: [t1, ...trest] = [] } = {}) { return name + ':' + t1 + ':' + trest.length; }
print(g(), g({ name: 'n', tags: ['a', 'b', 'c'] }));
var log = [];
var { [(log.push('key1'), 'p')]: p = (log.push('default1'), 'P'), [(log.push('key2'), 'q')]: q = (log.push('default2'), 'Q') } = { q: 'given' };
print(p, q, log.join(','));
var [x1 = y1, y1 = 1] = []; print(x1, y1);
try { let [x2 = y2, y2 = 1] = []; } catch (e) { print(e.name, e.message); }
var obj = { arr: [] }; [obj.arr[0], obj.arr[1]] = 'ab'; print(obj.arr.join());
