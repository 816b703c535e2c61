// Flags: --allow-natives-syntax
function g(o) { return o.a * 2; }
%PrepareFunctionForOptimization(g);
g({a: 1}); g({a: 2});
%OptimizeFunctionOnNextCall(g);
console.log(g({a: 3}), g({b: 1, a: 4}), g({a: 0.5}), g({}));
