// Flags: --allow-natives-syntax --inject constant-folding.mul-zero
// Expect-Phase: constant-folding
// Expect-Rule: simplify-mul-zero
// x * 0 is NaN for NaN and infinities and -0 for negative x.
function f(x) { return x * 0; }
%PrepareFunctionForOptimization(f);
f(1.5);
f(2.5);
%OptimizeFunctionOnNextCall(f);
console.log(f(3.5));
console.log(f(NaN), f(-Infinity), 1 / f(-2.5));
