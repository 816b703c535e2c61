// A field that is read and written every iteration (o.total += ...), with another object
// that may alias o also written in the loop; load elimination must not keep a stale value.
function acc(o, p, a) {
  for (var i = 0; i < a.length; i++) {
    o.total = o.total + a[i];
    p.total = p.total * 2;
  }
  return o.total + "/" + p.total;
}
var arr = [1, 2, 3];
var out = [];
for (var r = 0; r < 2000; r++) {
  var A = { total: 0 }, B = { total: 1 };
  out[r & 1] = (r & 1) ? acc(A, A, arr) : acc(A, B, arr);
}
console.log(out.join(" "));
var X = { total: 0.5 };
console.log(acc(X, X, [1, 1]), acc({ total: 0 }, { total: 0 }, []), acc({ total: "s" }, { total: 1 }, [1]));
