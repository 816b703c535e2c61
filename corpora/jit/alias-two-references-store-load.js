// Aliasing: two parameters may be the same object. A store through one must be seen by a
// load through the other; load elimination may only forward when it can prove no alias.
function swapish(a, b) {
  a.v = 1;
  b.v = 2;
  return a.v * 10 + b.v;
}
var p = { v: 0 }, q = { v: 0 };
var s = 0;
for (var i = 0; i < 2000; i++) s += swapish(p, q);
console.log(s);
console.log(swapish(p, p));
console.log(swapish(q, q), swapish(p, q));
var r = 0;
for (var i = 0; i < 2000; i++) r += swapish(i % 2 ? p : q, p);
console.log(r);
var other = { w: 0, v: 5 };
console.log(swapish(other, other), swapish(other, p), other.v);
