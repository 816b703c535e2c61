// Flags: --allow-natives-syntax --inject gvn.sub-commutative
// Expect-Phase: gvn
// Expect-Rule: merge-equivalent-value
// a - b and b - a are different values.
function f(a, b) {
  var x = a - b;
  var y = b - a;
  return x * 10 + y;
}
%PrepareFunctionForOptimization(f);
f(5, 3);
f(7, 1);
%OptimizeFunctionOnNextCall(f);
console.log(f(5, 3));
