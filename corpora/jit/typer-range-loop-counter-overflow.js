// A loop counter whose range the typer must widen: it starts near 2^31 - 1 and keeps
// increasing, so i + 1 leaves int32; the loop phi cannot be typed as int32.
function countFrom(start, n) {
  var i = start;
  var c = 0;
  while (c < n) { i = i + 1; c++; }
  return i;
}
var t = 0;
for (var r = 0; r < 1200; r++) t += countFrom(r, 10);
console.log(t);
console.log(countFrom(2147483640, 10), countFrom(-2147483650, 3), countFrom(2147483647, 1));
function doubling(n) { var x = 1; for (var i = 0; i < n; i++) x = x * 2; return x; }
for (var r = 0; r < 1200; r++) doubling(5);
console.log(doubling(30), doubling(31), doubling(32), doubling(53), doubling(1100));
function sumSquares(n) { var s = 0; for (var i = 0; i < n; i++) s += i * i; return s; }
for (var r = 0; r < 1200; r++) sumSquares(8);
console.log(sumSquares(8), sumSquares(2000), sumSquares(50000));
