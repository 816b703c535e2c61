// Flags: --allow-natives-syntax --inject check-elimination.shape-check-across-call
// Expect-Phase: check-elimination
// Expect-Rule: remove-dominated-map-check
// The call deletes and re-adds o.x, so o changes shape between the two reads of o.x.
function update(o, n) {
  if (n > 2) {
    delete o.x;
    o.x = n;
  }
}
%NeverOptimizeFunction(update);
function f(o, n) {
  const before = o.x;
  update(o, n);
  return before + o.x;
}
%PrepareFunctionForOptimization(f);
console.log(f({ x: 1 }, 0));
console.log(f({ x: 2 }, 1));
%OptimizeFunctionOnNextCall(f);
console.log(f({ x: 3 }, 3));
