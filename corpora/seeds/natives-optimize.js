// Flags: --allow-natives-syntax
function f(a, b) { return (a | 0) + (b & 7); }
%PrepareFunctionForOptimization(f);
console.log(f(1, 2), f(3, 4));
%OptimizeFunctionOnNextCall(f);
console.log(f(5, 6), f(-1, -1), f(2147483647, 7), f(0.5, 2.5), f("3", 9));
