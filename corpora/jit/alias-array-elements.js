// Aliasing of arrays: a hot function writes a[i] and reads b[j]; when a and b are the same
// array and i equals j the load must see the store (no forwarding of the old value).
function rw(a, b, i, j) {
  var before = b[j];
  a[i] = before + 100;
  return b[j] - before;
}
var x = [1, 2, 3, 4], y = [5, 6, 7, 8];
var s = 0;
for (var k = 0; k < 2000; k++) s += rw(x, y, k & 3, (k + 1) & 3);
console.log(s, x.join(","));
console.log(rw(x, x, 0, 0), rw(x, x, 1, 2), rw(y, y, 3, 3));
var t = 0;
for (var k = 0; k < 2000; k++) t += rw(y, y, k & 3, k & 3);
console.log(t, y[0] > 1000);
var d = [0.5, 1.5];
console.log(rw(d, d, 1, 1), d.join(","));
