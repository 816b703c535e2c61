// Flags: --allow-natives-syntax
// Optimizing after a single call: branches and loop iterations that never ran have no
// feedback, so the optimized code meets their operations (multiply, modulus by zero,
// double results, unseen shapes) for the first time.
function f(x, y) {
  var r;
  if (x > 100) { r = x * y; r = r - 0.5; }
  else if (x < -100) { r = (x | 0) % y; }
  else { r = x + y; }
  return r;
}
%PrepareFunctionForOptimization(f);
f(1, 2);
%OptimizeFunctionOnNextCall(f);
print(f(1, 2), f(200, 3), f(-200, 7), f(-200, 0), f(-300, -7), f(1e10, 2), 1 / f(-0, -0));
function g(a, n) {
  var s = 0;
  for (var k = 0; k < n; k++) { s += a[k] | 0; if (s > 10) s = s - a.length; }
  return s;
}
%PrepareFunctionForOptimization(g);
g([1], 1);
%OptimizeFunctionOnNextCall(g);
print(g([5, 6, 7, 8], 4), g([5.5, "6", null], 3), g([], 3));
function h(o) { return o.a + o.b; }
%PrepareFunctionForOptimization(h);
%OptimizeFunctionOnNextCall(h);
print(h({ a: 1, b: 2 }), h({ b: 1, a: "x" }), h({}));
function k(n) { var x = 0; for (var i = 0; i < n; i++) { x = x + i; if (i == 50) x = x + 0.5; } return x; }
%PrepareFunctionForOptimization(k);
k(3);
%OptimizeFunctionOnNextCall(k);
print(k(10), k(60), k(100000));
