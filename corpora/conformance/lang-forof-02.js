// for-of with break/continue/return, destructuring, iteration over Map while modifying
function firstNeg(a) { for (const x of a) if (x < 0) return x; return null; }
print(firstNeg([3, 1, -4, -1]), firstNeg([1]));
var out = [];
for (const ch of 'abcdef') { if (ch === 'b') continue; if (ch === 'e') break; out.push(ch); }
print(out.join(''));
var m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
for (const [k, v] of m) { if (k === 1) m.set(4, 'd'); out.push(k + v); } print(out.join(' '));
var s = new Set([1, 2, 3]); var seen = [];
for (const v of s) { seen.push(v); if (v < 3) s.add(v + 10); } print(seen.join());
var nested = [[1, [2, 3]], [4, [5, 6]]];
for (const [a, [b, c]] of nested) print(a + b + c);
var total = 0; for (const v of new Float64Array([0.5, 0.25, 0.125])) total += v; print(total);
for (const x of []) print('never');
for (const x of '') print('never');
var objs = [{ id: 1 }, { id: 2 }]; for (const o of objs) o.id *= 10; print(objs.map(o => o.id).join());
var keys = []; for (const k of Object.keys({ z: 1, a: 2, 5: 3 })) keys.push(k); print(keys.join());
var it = [10, 20, 30].values(); var r1 = it.next(); for (const rest of it) print('rest', rest); print(r1.value, it.next().done);
let i = 0; for (const x of [1, 2, 3]) { i += x; } print(i);
var arr = ['a', 'b']; for (var idx of arr.keys()) print(idx, typeof idx);
