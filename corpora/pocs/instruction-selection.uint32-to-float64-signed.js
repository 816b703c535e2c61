// Flags: --allow-natives-syntax --inject instruction-selection.uint32-to-float64-signed
// Expect-Phase: instruction-selection
// Expect-Rule: select-uint32-word
// x >>> 0 of a negative int32 is a uint32 of 2^31 or more.
function toUint32(x) { return x >>> 0; }
%PrepareFunctionForOptimization(toUint32);
console.log(toUint32(5));
console.log(toUint32(7));
%OptimizeFunctionOnNextCall(toUint32);
console.log(toUint32(-1));
