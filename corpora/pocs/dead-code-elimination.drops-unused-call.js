// Flags: --allow-natives-syntax --inject dead-code-elimination.drops-unused-call
// Expect-Phase: dead-code-elimination
// Expect-Rule: remove-dead-operation
// The call's result is unused, but the call has a side effect.
let calls = 0;
function tick() { calls++; }
%NeverOptimizeFunction(tick);
function f(x) {
  tick();
  return x + 1;
}
%PrepareFunctionForOptimization(f);
f(1);
f(2);
%OptimizeFunctionOnNextCall(f);
f(3);
console.log(calls);
