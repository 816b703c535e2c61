// A loop with a fixed trip count reads a[i] while a call in the body shrinks the array:
// reads past the new end must give undefined (NaN in the sum), never the old elements.
function f(a, n, cut) {
  var s = 0, missing = 0;
  for (var i = 0; i < n; i++) {
    var v = a[i];
    if (v === undefined) missing++; else s += v;
    if (i === cut) a.splice(i + 1, 2);
  }
  return s + ":" + missing + ":" + a.length;
}
var out = "";
for (var r = 0; r < 2000; r++) out = f([1, 2, 3, 4, 5, 6], 6, r % 8);
console.log(out);
for (var c = -1; c < 7; c++) console.log(c, f([1, 2, 3, 4, 5, 6], 6, c));
console.log(f([1.5, 2.5, 3.5], 5, 0), f([], 3, 0));
