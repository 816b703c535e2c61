// Flags: --allow-natives-syntax --inject licm.hoists-load-above-its-check
// Expect-Phase: licm
// Expect-Rule: hoist-invariant-load
// The loop runs zero times for an object of another shape: its check must run before the load.
function sum(o, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += o.x;
  return s;
}
%PrepareFunctionForOptimization(sum);
console.log(sum({ x: 1 }, 3));
console.log(sum({ x: 2 }, 3));
%OptimizeFunctionOnNextCall(sum);
console.log(sum({ y: 0, x: 3 }, 0));
