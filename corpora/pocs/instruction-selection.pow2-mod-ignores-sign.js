// Flags: --allow-natives-syntax --inject instruction-selection.pow2-mod-ignores-sign
// Expect-Phase: instruction-selection
// Expect-Rule: select-mask-modulus
// x % 8 keeps the sign of x: -13 % 8 is -5, not -13 & 7.
function mod8(x) { return x % 8; }
%PrepareFunctionForOptimization(mod8);
console.log(mod8(13));
console.log(mod8(-3));
%OptimizeFunctionOnNextCall(mod8);
console.log(mod8(-13));
