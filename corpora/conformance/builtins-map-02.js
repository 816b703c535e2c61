// Map iteration: forEach, entries/keys/values, delete during iteration, adds during iteration
var m = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
var log = [];
m.forEach(function (v, k, map) { log.push(k + '=' + v + (map === m) + (this.t || '')); }, { t: '!' });
print(log.join(' '));
log = [];
for (const [k, v] of m) { log.push(k); if (k === 'a') m.delete('c'); if (k === 'b') m.set('e', 5); }
print(log.join(','), m.size);
log = [];
for (const k of m.keys()) { if (k === 'b') { m.delete('b'); m.set('b', 'again'); } log.push(k); if (log.length > 10) break; }
print(log.join(','));
var it = m.entries(); var first = it.next(); print(JSON.stringify(first.value), first.done);
var vals = m.values(); var count = 0; while (!vals.next().done) count++; print(count);
var deleteAll = new Map([[1, 1], [2, 2], [3, 3]]); log = [];
deleteAll.forEach((v, k) => { log.push(k); deleteAll.delete(k + 1); }); print(log.join(','), deleteAll.size);
var cleared = new Map([[1, 'a'], [2, 'b']]); log = [];
for (const [k] of cleared) { log.push(k); cleared.clear(); } print(log.join(','), cleared.size);
var words = 'the quick the lazy the end quick'.split(' ');
var freq = new Map(); for (const w of words) freq.set(w, (freq.get(w) || 0) + 1);
print([...freq].map(([w, c]) => w + ':' + c).join(' '));
var sorted = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)); print(JSON.stringify(sorted));
