// The same object reachable through a local and through an array slot: a store via the
// array must invalidate a cached load via the local (and vice versa) in optimized code.
function bump(obj, list, idx) {
  var a = obj.n;
  list[idx].n = a + 1;
  var b = obj.n;
  obj.n = b + 10;
  return list[idx].n - a;
}
var o1 = { n: 0 }, o2 = { n: 0 };
var arr = [o1, o2];
var s = 0;
for (var i = 0; i < 2000; i++) s += bump(o1, arr, 1);
console.log(s, o1.n, o2.n);
console.log(bump(o1, arr, 0), o1.n);
var t = 0;
for (var i = 0; i < 2000; i++) t += bump(o2, arr, i & 1);
console.log(t, o1.n, o2.n);
