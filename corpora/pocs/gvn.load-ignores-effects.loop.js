// Flags: --inject gvn.load-ignores-effects
// Expect-Phase: gvn
// Expect-Rule: merge-equivalent-value
// A counter object read before and after a call that bumps it.
function bump(c) { c.n = c.n + 1; }
function twice(c) {
  var first = c.n;
  bump(c);
  bump(c);
  return c.n - first;
}
var c = {n: 0};
var sum = 0;
for (var i = 0; i < 3000; i++) sum += twice(c);
console.log(sum, c.n);
