// Flags: --allow-natives-syntax --inject load-elimination.element-alias-by-node
// Expect-Phase: load-elimination
// Expect-Rule: reuse-earlier-load
// a[j] = ... overwrites a[i] when i === j, although i and j are different IR nodes.
function f(a, i, j) {
  const x = a[i];
  a[j] = x + 10;
  return a[i];
}
%PrepareFunctionForOptimization(f);
console.log(f([1, 2, 3], 0, 1));
console.log(f([1, 2, 3], 1, 2));
%OptimizeFunctionOnNextCall(f);
console.log(f([1, 2, 3], 2, 2));
