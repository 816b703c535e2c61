// Flags: --allow-natives-syntax --inject dead-code-elimination.drops-unused-getter-load
// Expect-Phase: dead-code-elimination
// Expect-Rule: remove-dead-operation
// Reading o.value for nothing still runs its getter.
let reads = 0;
const o = { get value() { reads++; return 1; } };
function touch(p) {
  p.value;
  return 0;
}
%PrepareFunctionForOptimization(touch);
touch(o);
touch(o);
%OptimizeFunctionOnNextCall(touch);
touch(o);
console.log(reads);
