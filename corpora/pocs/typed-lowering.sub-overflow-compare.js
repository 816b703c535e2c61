// Flags: --allow-natives-syntax --inject typed-lowering.sub-overflow-compare
// Expect-Phase: typed-lowering
// Expect-Rule: lower-int32-sub-truncated
// a - b < 0 compares the exact difference: it must not wrap around int32 (V8 issue 5129).
function f(a, b) { return a - b < 0; }
%PrepareFunctionForOptimization(f);
f(1, 2);
f(3, 1);
%OptimizeFunctionOnNextCall(f);
console.log(f(2, 1));
console.log(f(-2147483648, 1), f(2147483647, -1));
