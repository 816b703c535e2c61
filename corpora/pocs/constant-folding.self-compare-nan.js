// Flags: --allow-natives-syntax --inject constant-folding.self-compare-nan
// Expect-Phase: constant-folding
// Expect-Rule: fold-self-compare
// x !== x holds exactly for NaN.
function isNaNValue(x) { return x !== x; }
%PrepareFunctionForOptimization(isNaNValue);
isNaNValue(1.5);
isNaNValue(2);
%OptimizeFunctionOnNextCall(isNaNValue);
console.log(isNaNValue(3.5));
console.log(isNaNValue(NaN), isNaNValue(0 / 0));
