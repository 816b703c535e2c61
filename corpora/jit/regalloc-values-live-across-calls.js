// Values computed before several calls and used after them (double, int, string, object
// live across calls): the allocator must spill or preserve them correctly.
function g(x) { return x + 1; }
function h(s) { return s.length; }
function f(n, o) {
  var d = n / 3;
  var i = n * 7;
  var s = "v" + n;
  var p = o.k;
  var r1 = g(i);
  var r2 = h(s);
  var r3 = g(d);
  return d + i + s.length + p + r1 + r2 + r3 + o.k;
}
var obj = { k: 5 };
var t = 0;
for (var r = 0; r < 2000; r++) t += f(r & 31, obj);
console.log(t.toFixed(6));
console.log(f(0, obj), f(1, obj), f(-3, obj), f(0.5, { k: 0.25 }), f(1e6, obj));
