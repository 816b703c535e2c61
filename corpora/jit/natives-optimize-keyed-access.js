// Flags: --allow-natives-syntax
// A keyed load optimized for packed int arrays, then given a string key, an object with
// numeric-like keys, a typed array and a negative index.
function at(a, k) { return a[k]; }
%PrepareFunctionForOptimization(at);
at([1, 2, 3], 0);
at([1, 2, 3], 2);
%OptimizeFunctionOnNextCall(at);
console.log(at([1, 2, 3], 1));
console.log(at([1, 2, 3], "1"), at([1, 2, 3], "length"), at([1, 2, 3], 3));
console.log(at({ 1: "one", x: "ex" }, 1), at({ 1: "one", x: "ex" }, "x"));
console.log(at(new Uint16Array([65535, 7]), 0), at([1, 2], -1), at("str", 2));
console.log(at([0.5, 1.5], 1), at([[9]], 0)[0], at([1, 2], 1.0), at([1, 2], 0.5));
%PrepareFunctionForOptimization(at);
at([1.5, 2.5], 0);
%OptimizeFunctionOnNextCall(at);
console.log(at([1.5, 2.5], 1), at([1.5, , 2.5], 1), at([1, 2], 5));
