// Flags: --allow-natives-syntax --inject loop-peeling.peeled-iteration-skips-condition
// Expect-Phase: loop-peeling
// Expect-Rule: peel-first-iteration
// An empty range [from, to) sums nothing.
function total(a, from, to) {
  var s = 0;
  for (var i = from; i < to; i++) s += a[i];
  return s;
}
var a = [10, 20, 30, 40];
%PrepareFunctionForOptimization(total);
total(a, 0, 3);
total(a, 1, 4);
%OptimizeFunctionOnNextCall(total);
console.log(total(a, 0, 2));
console.log(total(a, 2, 2));
