// A hot function called with 0..6 arguments in rotation: parameters beyond the count are
// undefined, default parameter values apply only to undefined, rest parameters collect.
function f(a, b, c) { return [a, b, c].map(function (v) { return v === undefined ? "_" : v; }).join(""); }
function d(a, b = 10) { return a + b; }
function rest(a, ...more) { return a + ":" + more.length + ":" + more.join(","); }
var r = [];
for (var i = 0; i < 2100; i++) {
  var n = i % 7;
  if (n === 0) r[0] = f(); else if (n === 1) r[1] = f(1); else if (n === 2) r[2] = f(1, 2);
  else if (n === 3) r[3] = f(1, 2, 3); else r[n] = f(1, 2, 3, 4, 5, 6);
}
console.log(r.join(" "));
for (var i = 0; i < 1200; i++) { d(i); d(i, i); rest(i, i, i); }
console.log(d(1), d(1, 2), d(1, undefined), d(1, null), d("a"));
console.log(rest(1), rest(1, 2), rest(1, 2, 3, 4), rest());
