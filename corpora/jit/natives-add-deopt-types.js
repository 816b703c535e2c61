// Flags: --allow-natives-syntax
// Natives syntax: a subtract function is optimized on int feedback, then called with
// doubles, strings, booleans and objects; each call must produce what the interpreter does.
function sub(a, b) { return a - b; }
%PrepareFunctionForOptimization(sub);
sub(5, 3);
sub(7, 2);
%OptimizeFunctionOnNextCall(sub);
print(sub(10, 4));
print(sub(-2147483648, 1));
print(sub(0.5, 0.25));
print(sub("10", "3"));
print(sub(true, false));
print(sub({ valueOf: function () { return 100; } }, 1));
print(sub("a", 1));
print(1 / sub(-0, 0));
print(sub(0, -0), 1 / sub(-0, -0));
print(sub(undefined, 1), sub(null, 1));
