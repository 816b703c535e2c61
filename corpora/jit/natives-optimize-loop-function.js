// Flags: --allow-natives-syntax
// A function containing a loop is optimized explicitly, then called with arrays of
// different elements kinds and lengths (packed ints, doubles, holey, strings, empty).
function total(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s += a[i];
  return s;
}
%PrepareFunctionForOptimization(total);
total([1, 2, 3]);
total([4, 5]);
%OptimizeFunctionOnNextCall(total);
console.log(total([1, 2, 3, 4]));
console.log(total([]));
console.log(total([0.5, 0.25]));
console.log(total([1, , 3]));
console.log(total(["a", "b"]));
console.log(total([2147483647, 1]));
console.log(total([-0]), 1 / total([-0]));
