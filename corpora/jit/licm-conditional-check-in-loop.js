// LICM must not hoist a check that only runs on some iterations: a property load guarded by
// a null test, and a division guarded by a zero test, are loop-invariant but conditional.
function f(o, n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    if (o !== null) s += o.v;
    else s += 1;
  }
  return s;
}
var obj = { v: 3 };
var t = 0;
for (var r = 0; r < 1200; r++) t += f(obj, 10);
console.log(t, f(null, 5), f(obj, 0), f({ w: 1, v: 0.5 }, 4));
function g(d, n) {
  var s = 0;
  for (var i = 0; i < n; i++) if (d !== 0) s += (100 / d) | 0;
  return s;
}
for (var r = 0; r < 1200; r++) g(3, 10);
console.log(g(3, 10), g(0, 10), g(-7, 3), g(0.5, 2));
function h(a, n) { var s = 0; for (var i = 0; i < n; i++) s += a.length; return s; }
for (var r = 0; r < 1200; r++) h([1, 2], 3);
console.log(h(null, 0), h([1, 2, 3], 2), h("abcd", 2), h({}, 1));
