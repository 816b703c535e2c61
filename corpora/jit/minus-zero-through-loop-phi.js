// -0 flowing through loop phis in optimized code: a running minimum that starts at 0 and
// meets -0, a product that becomes -0, and a sum of -0 values (which stays -0).
function runMin(a) { var m = 0; for (var i = 0; i < a.length; i++) m = Math.min(m, a[i]); return m; }
function prod(a) { var p = 1; for (var i = 0; i < a.length; i++) p *= a[i]; return p; }
function sumFromNegZero(a) { var s = -0; for (var i = 0; i < a.length; i++) s += a[i]; return s; }
function show(x) { return x === 0 && 1 / x < 0 ? "-0" : String(x); }
var inputs = [[1, 2], [-0], [0, -0], [-0, 0], [3, -0, 5], [], [-1, 0], [0.5, -0.5]];
var out = "";
for (var r = 0; r < 1500; r++) {
  var a = inputs[r & 7];
  out = show(runMin(a)) + " " + show(prod(a)) + " " + show(sumFromNegZero(a));
}
console.log(out);
for (var k = 0; k < inputs.length; k++)
  console.log(show(runMin(inputs[k])), show(prod(inputs[k])), show(sumFromNegZero(inputs[k])));
