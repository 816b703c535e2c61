// Flags: --allow-natives-syntax
// A deopt cycle driven by natives syntax: each round re-prepares and re-optimizes the same
// function on int feedback, then deoptimizes it with a different type. Results must be exact.
function g(x, y) { return x * y + 1; }
var inputs = [0.5, "3", -0, null, true, 2147483647, { valueOf: function () { return -2; } }, NaN];
var out = [];
for (var round = 0; round < inputs.length; round++) {
  %PrepareFunctionForOptimization(g);
  g(2, 3);
  g(4, 5);
  %OptimizeFunctionOnNextCall(g);
  out.push(g(6, 7));
  out.push(g(inputs[round], 2));
  out.push(g(3, inputs[round]));
}
print(out.join(" "));
print(1 / (g(-0, 1) - 1), g(65536, 65536), g(-2147483648, -1));
