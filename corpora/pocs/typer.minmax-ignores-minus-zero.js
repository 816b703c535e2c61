// Flags: --allow-natives-syntax --inject typer.minmax-ignores-minus-zero
// Expect-Phase: typer
// Expect-Rule: type:Math[min]
// Math.min(-0, 0) is -0 and Math.max(-0, -1) is -0: a zero in range does not rule -0 out.
function lo(x) { return Object.is(Math.min(x, 0), -0); }
function hi(x) { return Object.is(Math.max(x, -1), -0); }
%PrepareFunctionForOptimization(lo);
%PrepareFunctionForOptimization(hi);
lo(1.5);
lo(-2);
hi(1.5);
hi(-3);
%OptimizeFunctionOnNextCall(lo);
%OptimizeFunctionOnNextCall(hi);
console.log(lo(2.5), hi(2.5));
console.log(lo(-0), hi(-0));
