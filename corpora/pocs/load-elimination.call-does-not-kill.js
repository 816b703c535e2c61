// Flags: --allow-natives-syntax --inject load-elimination.call-does-not-kill
// Expect-Phase: load-elimination
// Expect-Rule: reuse-earlier-load
// A field read before a call that writes it must be read again after the call.
function reset(o) { o.x = 0; }
%NeverOptimizeFunction(reset);
function f(o) {
  const before = o.x;
  reset(o);
  return before + o.x;
}
%PrepareFunctionForOptimization(f);
console.log(f({ x: 1 }));
console.log(f({ x: 2 }));
%OptimizeFunctionOnNextCall(f);
console.log(f({ x: 3 }));
