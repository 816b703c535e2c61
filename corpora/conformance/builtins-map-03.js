// Map with object keys, caching, LRU eviction, size tracking
class LRU {
  constructor(cap) { this.cap = cap; this.m = new Map(); this.hits = 0; this.misses = 0; }
  get(k) { if (!this.m.has(k)) { this.misses++; return undefined; } var v = this.m.get(k); this.m.delete(k); this.m.set(k, v); this.hits++; return v; }
  set(k, v) { if (this.m.has(k)) this.m.delete(k); this.m.set(k, v); if (this.m.size > this.cap) this.m.delete(this.m.keys().next().value); }
  keys() { return [...this.m.keys()]; }
}
var c = new LRU(3);
c.set('a', 1); c.set('b', 2); c.set('c', 3); c.get('a'); c.set('d', 4); c.get('b'); c.set('e', 5);
print(c.keys().join(), c.hits, c.misses);
var objs = [{ id: 1 }, { id: 2 }, { id: 1 }];
var byObj = new Map(); objs.forEach(o => byObj.set(o, o.id * 10)); print(byObj.size, byObj.get(objs[2]), byObj.get({ id: 1 }));
var memoCalls = 0; var memo = new Map();
function slowSquare(n) { if (memo.has(n)) return memo.get(n); memoCalls++; var r = n * n; memo.set(n, r); return r; }
[1, 2, 1, 3, 2, 1].forEach(slowSquare); print(memoCalls, [...memo.values()].join());
var keyTypes = new Map([[1, 'n'], ['1', 's'], [true, 'b'], [null, 'null'], [undefined, 'u'], [NaN, 'nan'], [0, 'zero']]);
print(keyTypes.size, [...keyTypes.values()].join(), keyTypes.get(-0), keyTypes.get(NaN));
var m = new Map(); for (var i = 0; i < 1000; i++) m.set('k' + (i % 100), i); print(m.size, m.get('k0'), m.get('k99'));
for (var j = 0; j < 100; j += 2) m.delete('k' + j); print(m.size, [...m.keys()].slice(0, 5).join());
var grouped = new Map(); ['apple', 'avocado', 'banana', 'blueberry', 'cherry'].forEach(w => { var k = w[0]; grouped.set(k, (grouped.get(k) || []).concat(w)); });
print(JSON.stringify([...grouped]));
