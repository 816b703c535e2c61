// Doubles truncated to int32 inside optimized loops: (x | 0) of values above 2^31, of
// negative fractions, and Math.floor vs | 0 on negatives, all in one loop.
function trunc(a) {
  var s = "";
  for (var i = 0; i < a.length; i++) {
    var x = a[i];
    s += (x | 0) + "/" + Math.floor(x) + "/" + ((x * 2) | 0) + " ";
  }
  return s;
}
var vals = [0.5, -0.5, 1.5, -1.5, 2147483647.5, 2147483648.25, -2147483648.75, 4294967296.5, -1e-9, 1e15 + 0.5];
var out = "";
for (var r = 0; r < 1500; r++) out = trunc(vals);
console.log(out);
console.log(trunc([3, -3]), trunc([]));
