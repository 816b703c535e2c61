// Invariant arithmetic inside loops that overflows or deopts: hoisting it to the preheader
// must keep the deopt at the right place (a loop that runs zero times never overflows).
function f(a, b, n) {
  var s = 0;
  for (var i = 0; i < n; i++) s += (a * b) | 0;
  return s;
}
var t = 0;
for (var r = 0; r < 1200; r++) t += f(3, 4, 5);
console.log(t, f(65536, 65536, 2), f(65536, 65536, 0), f(1.5, 2, 3), f("2", "3", 2));
function g(x, n) {
  var out = [];
  for (var i = 0; i < n; i++) out.push(x + 1);
  return out.join(",");
}
for (var r = 0; r < 1200; r++) g(r, 2);
console.log(g(2147483647, 2), g(0.5, 1), g("s", 2), g(2147483647, 0) === "");
