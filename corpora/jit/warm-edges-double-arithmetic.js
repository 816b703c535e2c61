// Edge values fed during warm-up, so the optimized code itself (not the interpreter after
// a deopt) computes them: -0, NaN, Infinity and int32 limits through +, -, *, /, %.
var V = [3, -0, 0.5, NaN, Infinity, -Infinity, 2147483647, -2147483648, -7, 1e-300];
function show(x) { return x === 0 && 1 / x < 0 ? "-0" : String(x); }
function ops(a, b) {
  return show(a + b) + " " + show(a - b) + " " + show(a * b) + " " + show(a / b) + " " + show(a % b);
}
var rows = [];
for (var r = 0; r < 30; r++) {
  rows.length = 0;
  for (var i = 0; i < V.length; i++)
    for (var j = 0; j < V.length; j += 3) rows.push(ops(V[i], V[j]));
}
for (var k = 0; k < rows.length; k++) console.log(rows[k]);
console.log(ops(-0, -0), "|", ops(2147483647, -1));
