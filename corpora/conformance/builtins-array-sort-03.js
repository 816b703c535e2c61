// default sort comparisons (string order) and comparator return values
print([1, 10, 2, 21, 100, -1, -10, 0].sort().join());
print([0.1, 0.01, 1e-7, 1e21, 5, 50].sort().join());
print(['b', undefined, 'a', null, 'c', NaN, 'nul', 'undefinee'].sort().map(String).join());
print([[2, 1], [1, 2], [1, 1], [10]].sort().map(x => '[' + x + ']').join(''));
print([true, false, 'true', 'false', 1, 0].sort().join());
print([3, 1, 2].sort((a, b) => a < b).join(), [3, 1, 2].sort((a, b) => (a > b) - (a < b)).join(), [3, 1, 2].sort(() => -1).join(), [3, 1, 2].sort(() => 1).join());
print([3, 1, 2].sort((a, b) => b > a ? 1 : -1).join(), [5, 1, 4].sort((a, b) => NaN).join(), [5, 1, 4].sort((a, b) => '1').join());
print(['B', 'a', 'C', 'b'].sort((x, y) => x.toLowerCase() < y.toLowerCase() ? -1 : 1).join());
var objs = [{ v: 2 }, { v: undefined }, { v: 1 }, {}]; print(objs.sort((a, b) => (a.v ?? 99) - (b.v ?? 99)).map(o => o.v).map(String).join());
var s = [5, 3, 8, 1]; var copy = s.slice().sort(); print(s.join(), copy.join());
var withHoles = [5, , 1, , 3]; withHoles.sort((a, b) => a - b); print(withHoles.length, JSON.stringify(withHoles));
var und = [undefined, 3, undefined, 1]; und.sort((a, b) => { if (a === undefined || b === undefined) throw new Error('never called with undefined'); return a - b; }); print(und.map(String).join());
