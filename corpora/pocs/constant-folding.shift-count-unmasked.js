// Flags: --allow-natives-syntax --inject constant-folding.shift-count-unmasked
// Expect-Phase: constant-folding
// Expect-Rule: fold-uint32-shr
// Shift counts are taken modulo 32: 1 << 33 is 2, not 0.
function f() {
  var n = 33;
  return [1 << n, -16 >> n, -1 >>> (n - 1)];
}
%PrepareFunctionForOptimization(f);
f();
%OptimizeFunctionOnNextCall(f);
console.log(f().join(" "));
