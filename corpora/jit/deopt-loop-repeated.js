// A function that deoptimizes again and again: each round warms it up with one type and
// then feeds another, more times than the engine's deopt limit; results must stay exact.
function f(x) { return x + 1; }
var kinds = [1, 1.5, "s", true, null, undefined, { valueOf: function () { return 9; } }, [2]];
var out = [];
for (var round = 0; round < kinds.length; round++) {
  var acc = 0;
  for (var i = 0; i < 1200; i++) acc = f(i) + acc;
  out.push(acc);
  out.push(String(f(kinds[round])));
}
console.log(out.join(","));
var r = 0;
for (var i = 0; i < 1200; i++) r = f(r);
console.log(r);
