// Flags: --allow-natives-syntax --inject bounds-check-elimination.ignores-lower-bound
// Expect-Phase: bounds-check-elimination
// Expect-Rule: induction-variable-in-bounds
// Summing from a start index: a negative start reads a[-1], which is undefined.
function sumFrom(a, start) {
  var s = 0;
  for (var i = start; i < a.length; i++) s += a[i];
  return s;
}
var a = [10, 20, 30];
%PrepareFunctionForOptimization(sumFrom);
sumFrom(a, 0);
sumFrom(a, 1);
%OptimizeFunctionOnNextCall(sumFrom);
console.log(sumFrom(a, 2));
console.log(sumFrom(a, -1));
