// Flags: --allow-natives-syntax --inject typer.expm1-not-minus-zero
// Expect-Phase: typer
// Expect-Rule: type:Math[expm1]
// Math.expm1(-0) is -0, so Object.is(Math.expm1(x), -0) cannot be folded to false.
function f(x) { return Object.is(Math.expm1(x), -0); }
%PrepareFunctionForOptimization(f);
f(0);
f(1.5);
%OptimizeFunctionOnNextCall(f);
console.log(f(0.25));
console.log(f(-0));
