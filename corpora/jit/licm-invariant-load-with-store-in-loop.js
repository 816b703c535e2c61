// A load that looks loop-invariant but is written in the loop (directly or through an alias
// or by a callee): LICM must not hoist it.
function viaAlias(o, q, n) {
  var s = 0;
  for (var i = 0; i < n; i++) { s += o.k; q.k = i; }
  return s;
}
var a = { k: 1 }, b = { k: 1 };
var t = 0;
for (var r = 0; r < 1200; r++) t += viaAlias(a, b, 5);
console.log(t, viaAlias(a, a, 5), viaAlias(b, a, 3));
var box = { k: 0 };
function bump() { box.k++; }
function viaCall(o, n) { var s = 0; for (var i = 0; i < n; i++) { s += o.k; bump(); } return s; }
for (var r = 0; r < 1200; r++) viaCall({ k: 0 }, 3);
box.k = 0;
console.log(viaCall(box, 5), box.k);
function viaLength(arr, n) { var s = 0; for (var i = 0; i < n; i++) { s += arr.length; arr.push(i); } return s; }
for (var r = 0; r < 1200; r++) viaLength([], 3);
console.log(viaLength([], 4), viaLength([1], 0));
