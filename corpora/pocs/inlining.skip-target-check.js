// Flags: --allow-natives-syntax --inject inlining.skip-target-check
// Expect-Phase: inlining
// Expect-Rule: inline-js-call
// An inlined callee must stop running once the variable that held it is reassigned.
var op = function (a) { return a + 1; };
function f(x) { return op(x); }
%PrepareFunctionForOptimization(f);
f(1);
f(2);
%OptimizeFunctionOnNextCall(f);
console.log(f(3));
op = function (a) { return a * 10; };
console.log(f(3));
