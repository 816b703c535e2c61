// Nested loops computing a flat index i * width + j into one array (2-D grid in 1-D):
// bounds checks depend on both induction variables; the last row and column are edges.
function grid(w, h) {
  var g = [];
  for (var i = 0; i < w * h; i++) g.push(i % 7);
  return g;
}
function rowSums(g, w, h) {
  var out = [];
  for (var y = 0; y < h; y++) {
    var s = 0;
    for (var x = 0; x < w; x++) s += g[y * w + x];
    out.push(s);
  }
  return out.join(",");
}
function colMax(g, w, h) {
  var best = -1;
  for (var x = w - 1; x >= 0; x--) for (var y = h - 1; y >= 0; y--) best = Math.max(best, g[y * w + x] + x);
  return best;
}
var g = grid(6, 5);
for (var r = 0; r < 1100; r++) { rowSums(g, 6, 5); colMax(g, 6, 5); }
console.log(rowSums(g, 6, 5), colMax(g, 6, 5));
console.log(rowSums(g, 6, 6), colMax(g, 7, 5), rowSums(g, 0, 3), rowSums([], 3, 0));
