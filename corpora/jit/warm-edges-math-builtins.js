// Math builtins evaluated by optimized code on a warm-up set that already contains the edge
// cases (so no deopt hides them): -0, NaN, +/-Infinity, halves, int32 extremes.
var V = [-0, 0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, NaN, Infinity, -Infinity, -2147483648, 2147483647, 1e300];
function show(x) { return x === 0 && 1 / x < 0 ? "-0" : String(x); }
function m(x) {
  return show(Math.floor(x)) + " " + show(Math.ceil(x)) + " " + show(Math.round(x)) + " " +
    show(Math.trunc(x)) + " " + show(Math.abs(x)) + " " + show(Math.sign(x)) + " " + show(Math.sqrt(x)) + " " +
    show(Math.fround(x)) + " " + show(Math.min(x, 0)) + " " + show(Math.max(x, -0));
}
var rows = [];
for (var r = 0; r < 80; r++) {
  rows.length = 0;
  for (var i = 0; i < V.length; i++) rows.push(m(V[i]));
}
console.log(rows.join("\n"));
