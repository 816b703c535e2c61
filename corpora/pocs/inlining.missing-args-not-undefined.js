// Flags: --allow-natives-syntax --inject inlining.missing-args-not-undefined
// Expect-Phase: inlining
// Expect-Rule: inline-js-call
// A parameter the call does not pass is undefined in the inlined callee too.
function scaled(x, factor) {
  if (factor === undefined) factor = 1;
  return x * factor;
}
function f(x) { return scaled(x); }
%PrepareFunctionForOptimization(f);
f(2);
f(3);
%OptimizeFunctionOnNextCall(f);
console.log(f(7));
