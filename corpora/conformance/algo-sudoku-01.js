// backtracking sudoku solver
var puzzle = '530070000600195000098000060800060003400803001700020006060000280000419005000080079';
var g = puzzle.split('').map(Number);
function ok(g, i, v) { var r = Math.floor(i / 9), c = i % 9, br = r - r % 3, bc = c - c % 3;
  for (var k = 0; k < 9; k++) { if (g[r * 9 + k] === v || g[k * 9 + c] === v) return false; if (g[(br + Math.floor(k / 3)) * 9 + bc + k % 3] === v) return false; } return true; }
var steps = 0;
function solve(g) { var i = g.indexOf(0); if (i < 0) return true; for (var v = 1; v <= 9; v++) { if (ok(g, i, v)) { g[i] = v; steps++; if (solve(g)) return true; g[i] = 0; } } return false; }
print(solve(g), steps);
for (var r = 0; r < 9; r++) print(g.slice(r * 9, r * 9 + 9).join(' '));
var valid = true; for (var k = 0; k < 9; k++) { var row = new Set(g.slice(k * 9, k * 9 + 9)), col = new Set(); for (var j = 0; j < 9; j++) col.add(g[j * 9 + k]); if (row.size !== 9 || col.size !== 9) valid = false; } print('valid', valid);
