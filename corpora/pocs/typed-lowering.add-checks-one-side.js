// Flags: --allow-natives-syntax --inject typed-lowering.add-checks-one-side
// Expect-Phase: typed-lowering
// Expect-Rule: lower-int32-add
// `a + b` speculated to add numbers must guard both operands: a string on the right concatenates.
function add(a, b) { return a + b; }
%PrepareFunctionForOptimization(add);
add(1, 2);
add(3, 4);
%OptimizeFunctionOnNextCall(add);
console.log(add(5, 6));
console.log(add(1, "x"));
