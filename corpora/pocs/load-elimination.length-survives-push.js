// Flags: --allow-natives-syntax --inject load-elimination.length-survives-push
// Expect-Phase: load-elimination
// Expect-Rule: reuse-earlier-load
// The length read for the bounds check of a[0] is stale after a.pop().
function takeTwo(a) {
  const first = a[0];
  a.pop();
  return first + a[1];
}
%PrepareFunctionForOptimization(takeTwo);
console.log(takeTwo([1, 2, 3]));
console.log(takeTwo([4, 5, 6]));
%OptimizeFunctionOnNextCall(takeTwo);
console.log(takeTwo([7, 8]));
