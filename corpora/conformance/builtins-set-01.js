// Set: insertion order, add/has/delete, NaN, -0, iteration
var s = new Set([3, 1, 3, 2, 1]);
print(s.size, [...s].join(), s.has(3), s.has('3'), s.add(4) === s, s.size);
s.add(NaN).add(NaN).add(-0).add(0); print(s.size, s.has(NaN), s.has(0), s.has(-0));
for (const v of s) if (v === 0) print('zero stored as', Object.is(v, -0) ? '-0' : '+0');
print(s.delete(1), s.delete(1), [...s].map(String).join());
s.add(1); print([...s].map(String).join());
var o = {}; var so = new Set([o, o, {}]); print(so.size, so.has(o), so.has({}));
var log = [];
s.forEach(function (v, v2, set) { log.push(String(v) + (v === v2 || (v !== v && v2 !== v2)) + (set === s)); }); print(log.join(' '));
var st = new Set('mississippi'); print([...st].join(''), st.size);
var visited = [], it = new Set([1, 2, 3]);
for (const v of it) { visited.push(v); if (v === 1) { it.delete(2); it.add(4); } } print(visited.join());
print(JSON.stringify([...new Set([1, 2]).entries()]), [...new Set(['a']).keys()].join(), [...new Set(['b']).values()].join());
var a = new Set([1, 2, 3, 4]), b = new Set([3, 4, 5]);
print([...a].filter(x => b.has(x)).join(), [...new Set([...a, ...b])].join(), [...a].filter(x => !b.has(x)).join());
s.clear(); print(s.size, [...s].length);
print(new Set().size, new Set(null).size, Object.prototype.toString.call(new Set()));
try { new Set(5); } catch (e) { print(e instanceof TypeError); }
var dedupe = arr => [...new Set(arr)]; print(dedupe([5, '5', 5, 'a', 'a', undefined, undefined, null]).map(String).join('|'));
