// Flags: --allow-natives-syntax --inject licm.hoists-load-over-loop-store
// Expect-Phase: licm
// Expect-Rule: hoist-invariant-load
// o.x is invariant in the loop only if nothing in the loop stores to it.
function sumAndOverwrite(o, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += o.x;
    o.x = i;
  }
  return s;
}
%PrepareFunctionForOptimization(sumAndOverwrite);
console.log(sumAndOverwrite({ x: 10 }, 3));
console.log(sumAndOverwrite({ x: 10 }, 3));
%OptimizeFunctionOnNextCall(sumAndOverwrite);
console.log(sumAndOverwrite({ x: 10 }, 5));
