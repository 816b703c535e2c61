// Set operations and iteration details
var a = new Set('abcdef'), b = new Set('defgh');
var union = new Set([...a, ...b]), inter = new Set([...a].filter(x => b.has(x))), diff = new Set([...a].filter(x => !b.has(x)));
print([...union].join(''), [...inter].join(''), [...diff].join(''), union.size, inter.size);
var sym = new Set([...a].filter(x => !b.has(x)).concat([...b].filter(x => !a.has(x)))); print([...sym].join(''));
var isSubset = (s, t) => [...s].every(x => t.has(x)); print(isSubset(inter, a), isSubset(a, inter));
var s = new Set(); var vals = [1, '1', 1.0, -0, 0, NaN, 0 / 0, null, undefined, '', false, [], []];
vals.forEach(v => s.add(v)); print(s.size);
var it = s.values(); print(it.next().value, it.next().value, typeof it.next);
var log = []; var live = new Set([1, 2, 3]);
for (var v of live) { log.push(v); if (v === 2) { live.delete(3); live.add(3); } if (log.length > 6) break; } print(log.join());
var sets = [new Set([1]), new Set([1])]; print(sets[0] === sets[1], new Set(sets).size);
var words = 'to be or not to be that is the question'.split(' '); var uniq = new Set(words); print(uniq.size, [...uniq].join(' '));
var fe = []; uniq.forEach(function (v, k, set) { fe.push(v === k && set === uniq); }); print(fe.every(Boolean));
