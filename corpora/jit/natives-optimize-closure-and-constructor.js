// Flags: --allow-natives-syntax
// Natives syntax on a closure and a constructor: the optimized closure reads a captured
// variable that is reassigned afterwards; the optimized constructor gets new argument types.
function outer() {
  var k = 2;
  function mul(x) { return x * k; }
  return { mul: mul, set: function (v) { k = v; } };
}
var o = outer();
%PrepareFunctionForOptimization(o.mul);
o.mul(1); o.mul(2);
%OptimizeFunctionOnNextCall(o.mul);
print(o.mul(21));
o.set(0.5);
print(o.mul(21));
o.set("3");
print(o.mul(7));
function P(a, b) { this.sum = a + b; this.tag = typeof a; }
%PrepareFunctionForOptimization(P);
new P(1, 2); new P(3, 4);
%OptimizeFunctionOnNextCall(P);
var p = new P(5, 6);
print(p.sum, p.tag);
var q = new P("x", 1);
print(q.sum, q.tag, new P(0.5, 0.5).sum, new P(undefined, 1).sum);
