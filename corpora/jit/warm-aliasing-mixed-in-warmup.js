// Aliased and non-aliased argument pairs both occur during warm-up, so the optimized code
// must handle aliasing itself: stores through one reference (or a fill() call on one
// array), loads through the other.
function f(o, p) {
  o.a = 1;
  p.a = 2;
  var x = o.a;
  p.b = x + 10;
  return x * 100 + o.b;
}
var objs = [{ a: 0, b: 0 }, { a: 0, b: 0 }];
var out = [];
for (var i = 0; i < 3000; i++) out[i & 3] = f(objs[i & 1], objs[(i >> 1) & 1]);
console.log(out.join(" "), objs[0].a, objs[0].b, objs[1].a, objs[1].b);
function g(a, b) {
  var before = a[0];
  a.fill(5, 0, 1);
  b.fill(6, 0, 1);
  return before * 100 + a[0] * 10 + b[0];
}
var arrs = [[0, 0], [0, 0]];
var res = [];
for (var i = 0; i < 3000; i++) res[i & 3] = g(arrs[i & 1], arrs[(i >> 1) & 1]);
console.log(res.join(" "));
