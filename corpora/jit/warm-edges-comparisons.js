// Comparisons evaluated by optimized code with NaN, -0, Infinity and mixed int/double
// operands present from the start: <, <=, >, >=, ==, === and their negations in branches.
var V = [0, -0, NaN, 1, 1.5, -Infinity, Infinity, -1, 2147483647, 2147483648];
function cmp(a, b) {
  var s = "";
  s += a < b ? "<" : "-";
  s += a <= b ? "l" : "-";
  s += a > b ? ">" : "-";
  s += a >= b ? "g" : "-";
  s += a == b ? "=" : "-";
  s += !(a < b) ? "!" : "-";
  return s;
}
var lines = [];
for (var r = 0; r < 12; r++) {
  lines.length = 0;
  for (var i = 0; i < V.length; i++) {
    var row = [];
    for (var j = 0; j < V.length; j++) row.push(cmp(V[i], V[j]));
    lines.push(row.join(" "));
  }
}
console.log(lines.join("\n"));
