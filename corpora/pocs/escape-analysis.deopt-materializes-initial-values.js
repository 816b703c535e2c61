// Flags: --allow-natives-syntax --inject escape-analysis.deopt-materializes-initial-values
// Expect-Phase: escape-analysis
// Expect-Rule: describe-virtual-object-in-frame-state
// A point whose y is updated, then a deoptimization on a string k while it is live.
function f(a, k) {
  var p = {x: a, y: 0};
  p.y = a + 1;
  var t = k + 1;
  return p.x + p.y + "/" + t;
}
%PrepareFunctionForOptimization(f);
f(1, 2);
f(3, 4);
%OptimizeFunctionOnNextCall(f);
console.log(f(5, 6));
console.log(f(2, "k"));
