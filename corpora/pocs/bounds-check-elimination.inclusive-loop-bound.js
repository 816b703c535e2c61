// Flags: --allow-natives-syntax --inject bounds-check-elimination.inclusive-loop-bound
// Expect-Phase: bounds-check-elimination
// Expect-Rule: induction-variable-in-bounds
// The loop may reach i == a.length, where a[i] is past the end (undefined).
function sumUpTo(a, limit) {
  var s = 0;
  for (var i = 0; i <= a.length; i++) {
    if (i > limit) break;
    s += a[i];
  }
  return s;
}
var a = [1, 2, 3, 4];
%PrepareFunctionForOptimization(sumUpTo);
sumUpTo(a, 2);
sumUpTo(a, 3);
%OptimizeFunctionOnNextCall(sumUpTo);
console.log(sumUpTo(a, 1));
console.log(sumUpTo(a, 10));
