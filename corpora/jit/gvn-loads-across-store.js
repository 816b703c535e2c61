// GVN must not merge two loads of o.x when a store (or a call) lies between them; and two
// identical pure computations with a deopt point between must still both be correct.
function f(o, p, v) {
  var a = o.x;
  p.x = v;
  var b = o.x;
  return a * 1000 + b;
}
var o = { x: 1 }, p = { x: 2 };
var s = 0;
for (var i = 0; i < 2000; i++) s += f(o, p, i & 7);
console.log(s, f(o, p, 5), f(o, o, 5), f(o, o, 9), o.x);
function g(arr, i) {
  var a = arr[i] + 1;
  arr[0] = 100;
  var b = arr[i] + 1;
  return a + ":" + b;
}
for (var i = 0; i < 2000; i++) g([1, 2, 3], 1 + (i & 1));
console.log(g([1, 2, 3], 0), g([1, 2, 3], 1), g([5], 0));
