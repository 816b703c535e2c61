// Flags: --allow-natives-syntax --inject typed-lowering.ushr-as-identity
// Expect-Phase: typed-lowering
// Expect-Rule: eliminate-unsigned-shift
// x >>> 0 reinterprets a negative int32 as a large unsigned number.
function f(x) { return x >>> 0; }
%PrepareFunctionForOptimization(f);
f(1);
f(2);
%OptimizeFunctionOnNextCall(f);
console.log(f(3));
console.log(f(-1), f(-2147483648));
