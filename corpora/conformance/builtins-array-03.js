// array method chaining, callbacks mutating the array
var nums = Array.from({ length: 20 }, (_, i) => i + 1);
print(nums.filter(n => n % 3 === 0).map(n => n * n).reduce((a, b) => a + b), nums.slice(5, 10).reverse().join());
var r = nums.map(n => n % 5).filter((v, i, a) => a.indexOf(v) === i).sort((a, b) => b - a); print(r.join());
var arr = [1, 2, 3, 4, 5]; var seen = [];
arr.forEach((v, i) => { seen.push(v); if (i === 1) arr.splice(0, 1); }); print(seen.join(), arr.join());
var arr2 = [1, 2, 3]; var mapped = arr2.map((v, i, a) => { a[i + 1] = 0; return v; }); print(mapped.join(), arr2.join());
var arr3 = [1, 2, 3, 4]; var f = arr3.filter((v, i, a) => { if (i === 0) a.push(99); return true; }); print(f.join(), arr3.length);
var arr4 = [5, 6, 7]; var red = arr4.reduce((acc, v, i, a) => { if (i === 0) a.pop(); return acc + v; }, 0); print(red);
var nested = [[3, 'c'], [1, 'a'], [2, 'b']]; print(nested.sort().map(p => p[1]).join(''), nested.map(([n, s]) => s.repeat(n)).join('|'));
var matrix = [[1, 2, 3], [4, 5, 6]]; print(matrix.map(row => row.reduce((a, b) => a + b)).join(), matrix[0].map((_, c) => matrix.reduce((s, row) => s + row[c], 0)).join());
var flat = [1, [2, [3, [4]]]]; function flatten(a) { return a.reduce((acc, x) => Array.isArray(x) ? acc.concat(flatten(x)) : acc.concat([x]), []); } print(flatten(flat).join());
var chunks = []; var src = [1, 2, 3, 4, 5, 6, 7]; for (var i = 0; i < src.length; i += 3) chunks.push(src.slice(i, i + 3)); print(JSON.stringify(chunks));
var zip = (a, b) => a.map((x, i) => [x, b[i]]); print(JSON.stringify(zip([1, 2, 3], ['a', 'b'])));
var range = (s, e, st = 1) => Array.from({ length: Math.ceil((e - s) / st) }, (_, i) => s + i * st); print(range(0, 10, 3).join(), range(5, 1, -1).join(), range(0, 1, 0.25).join());
