// labelled statements in many loop kinds
var out = [];
a: for (var i = 0; i < 3; i++) { b: for (var j = 0; j < 3; j++) { if (j > i) continue a; out.push('' + i + j); } }
print(out.join(' '));
out = [];
w: while (out.length < 10) { out.push('w'); d: do { out.push('d'); if (out.length > 4) break w; continue w; } while (false); }
print(out.join(''));
out = [];
fi: for (var key in { a: 1, b: 2, c: 3 }) { fo: for (var ch of 'xyz') { if (ch === 'y') continue fi; if (key === 'c') break fi; out.push(key + ch); } }
print(out.join(' '));
var n = 0;
l1: l2: for (;;) { n++; if (n < 3) continue l1; break l2; }
print(n);
blk: { out = ['start']; if (out.length) break blk; out.push('unreached'); }
print(out.join());
function findPair(arr, target) { var r = null; search: for (let x = 0; x < arr.length; x++) for (let y = x + 1; y < arr.length; y++) if (arr[x] + arr[y] === target) { r = [x, y]; break search; } return r; }
print(JSON.stringify(findPair([2, 7, 11, 15], 9)), JSON.stringify(findPair([1, 2], 10)));
var grid = [[1, 2, 3], [4, -5, 6], [7, 8, 9]], firstNeg = null;
rows: for (var r = 0; r < grid.length; r++) for (var c = 0; c < grid[r].length; c++) if (grid[r][c] < 0) { firstNeg = [r, c]; break rows; }
print(firstNeg.join(','));
var fns = []; lp: for (let q = 0; q < 4; q++) { if (q === 2) continue lp; fns.push(() => q); } print(fns.map(f => f()).join());
