// Flags: --allow-natives-syntax --inject check-elimination.elements-kind-after-store
// Expect-Phase: check-elimination
// Expect-Rule: remove-dominated-map-check
// Storing a double through b turns a (the same array) from smi into double elements.
function f(a, b, v) {
  const first = a[0];
  b[1] = v;
  return first + a[1];
}
%PrepareFunctionForOptimization(f);
console.log(f([1, 2, 3], [1, 2, 3], 4));
console.log(f([1, 2, 3], [1.5, 2.5], 0.5));
%OptimizeFunctionOnNextCall(f);
const same = [1, 2, 3];
console.log(f(same, same, 0.5));
