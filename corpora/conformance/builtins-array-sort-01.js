// sort: default string sort, comparator, stability, undefined and holes
print([10, 9, 1, 100, 25, 2].sort().join(), [10, 9, 1, 100, 25, 2].sort((a, b) => a - b).join(), [10, 9, 1, 100].sort((a, b) => b - a).join());
print(['b', 'a', 'C', 'B', 'c', 'A'].sort().join(), ['é', 'e', 'z', 'E'].sort().join());
print([true, false, null, 'null', 'true', 0, -1].sort().join('|'));
var withUndef = [3, undefined, 1, undefined, 2];
print(withUndef.sort().map(String).join(), withUndef.sort((a, b) => b - a).map(String).join());
var holes = [3, , 1, undefined, , 2];
holes.sort(); print(holes.length, JSON.stringify(holes), 4 in holes, 5 in holes);
var items = [];
for (var i = 0; i < 30; i++) items.push({ key: i % 4, id: i });
items.sort((a, b) => a.key - b.key);
print(items.map(o => o.id).join(','));
var byName = [{ n: 'b', v: 1 }, { n: 'a', v: 2 }, { n: 'b', v: 3 }, { n: 'a', v: 4 }, { n: 'c', v: 5 }, { n: 'a', v: 6 }];
byName.sort((x, y) => x.n < y.n ? -1 : x.n > y.n ? 1 : 0);
print(byName.map(o => o.n + o.v).join(' '));
var r = [1, 2, 3]; print(r.sort() === r);
print([-1, -2, 0, -0, 1].sort().join(), [0.5, 0.25, 1e-7, 1e21, 5].sort().join());
print(['10', '9', '1'].sort((a, b) => a - b).join(), [5, 1, 4].sort(() => 0).join());
try { [2, 1].sort('notfn'); } catch (e) { print(e instanceof TypeError); }
print([].sort().length, [1].sort().join(), [undefined].sort().length);
var obj = { length: 3, 0: 'c', 1: 'a', 2: 'b' }; Array.prototype.sort.call(obj); print(obj[0], obj[1], obj[2]);
var big = []; for (var j = 0; j < 200; j++) big.push((j * 7919) % 211);
big.sort((a, b) => a - b); var ok = true; for (var k = 1; k < big.length; k++) if (big[k - 1] > big[k]) ok = false;
print(ok, big[0], big[199], big.slice(0, 10).join());
var sortedStrings = ['banana', 'apple', 'Cherry', 'apple2', 'Apple'].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
print(sortedStrings.join());
