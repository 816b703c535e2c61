// Flags: --allow-natives-syntax
// A function is warmed up with small integers, marked for optimization, then called
// with a double, a string and an object with valueOf: every result must stay correct.
function add(a, b) { return a + b; }
%PrepareFunctionForOptimization(add);
for (let i = 0; i < 100; i++) add(i, 1);
%OptimizeFunctionOnNextCall(add);
print(add(1, 2));
print(add(0.5, 0.25));
print(add("a", 1));
print(add({ valueOf() { return 40; } }, 2));
print(add(2147483647, 1));
