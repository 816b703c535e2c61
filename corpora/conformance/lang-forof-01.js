// for-of over arrays, strings, typed arrays, Map, Set
var out = [];
for (var v of [1, 'a', null, undefined]) out.push(String(v));
print(out.join(','));
out = [];
for (const ch of 'h\u00e9\ud83d\ude00!') out.push(ch + ':' + ch.length);
print(out.join(' '));
out = [];
for (let x of new Int16Array([1, -2, 70000])) out.push(x);
print(out.join(','));
var m = new Map([['a', 1], ['b', 2]]);
for (const [k, v] of m) print('map', k, v);
for (const e of m) print('entry', e.length, e[0], e[1]);
for (const k of m.keys()) print('key', k);
for (const v of m.values()) print('value', v);
for (const [k, v] of m.entries()) print('entries', k, v);
var s = new Set([3, 1, 3, 2]);
for (const x of s) print('set', x);
for (const [a, b] of s.entries()) print('set entry', a, b);
var holes = [1, , 3];
for (const h of holes) print('hole?', h);
var arr = [1, 2, 3], visited = [];
for (const a of arr) { visited.push(a); if (a === 1) arr.push(4); }
print(visited.join(','));
var sum = 0;
for (const n of [10, 20, 30]) { if (n === 20) continue; sum += n; }
print(sum);
for (const [i, c] of ['x', 'y'].entries()) print(i, c);
for (const i of ['x', 'y'].keys()) print('k', i);
for (var [p, q = 'dflt'] of [[1], [2, 3]]) print(p, q);
