// Flags: --allow-natives-syntax --inject typer.and-mask-range
// Expect-Phase: typer
// Expect-Rule: type:Int32BitAnd
// x & -8 clears the three low bits: it stays positive for positive x.
function f(x) { return (x & -8) > 0; }
%PrepareFunctionForOptimization(f);
f(3);
f(-20);
%OptimizeFunctionOnNextCall(f);
console.log(f(5));
console.log(f(100), f(-100));
