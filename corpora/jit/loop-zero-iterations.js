// Loops that run zero times in an optimized function: the values computed before the loop
// must flow out unchanged (phis with only the entry input taken), including -0 and NaN.
function f(n, init) {
  var acc = init;
  var last = "none";
  for (var i = 0; i < n; i++) { acc = acc * 2 + i; last = i; }
  return acc + "|" + last + "|" + i;
}
for (var r = 0; r < 1200; r++) f(r & 7, 1);
console.log(f(0, 1), f(0, -0), 1 / (function () { var a = -0; for (var i = 0; i < 0; i++) a = 1; return a; })());
console.log(f(0, NaN), f(-5, 3), f(0, "s"), f(1, "s"));
function whileZero(a) { var k = 0; while (k < a.length && a[k] !== 0) k++; return k; }
for (var r = 0; r < 1200; r++) whileZero([1, 2, 0]);
console.log(whileZero([]), whileZero([0]), whileZero([1, 2, 0]), whileZero([1, 2]));
function doOnce(n) { var c = 0; do { c++; } while (c < n); return c; }
for (var r = 0; r < 1200; r++) doOnce(3);
console.log(doOnce(0), doOnce(-1), doOnce(5));
