// Loops with `i <= a.length - 1` and `i <= n` inclusive bounds: an off-by-one in bounds-
// check reasoning would read a[length]; also a bound of -1 for an empty array.
function sumIncl(a) { var s = 0; for (var i = 0; i <= a.length - 1; i++) s += a[i]; return s; }
function lastIncl(a) { var v; for (var i = 0; i <= a.length; i++) v = a[i]; return v; }
var a = [5, 6, 7, 8];
var t = 0;
for (var r = 0; r < 1200; r++) t += sumIncl(a);
console.log(t, sumIncl([]), sumIncl([0.5]), String(lastIncl(a)));
for (var r = 0; r < 1200; r++) lastIncl(a);
console.log(String(lastIncl(a)), String(lastIncl([])));
function countTo(n) { var c = 0; for (var i = 0; i <= n; i++) c += i; return c; }
for (var r = 0; r < 1200; r++) countTo(10);
console.log(countTo(10), countTo(0), countTo(-1), countTo(2.5), countTo(65535));
function lastIndex(a) { var k = -1; for (var i = a.length - 1; i >= 0 && i <= a.length - 1; i--) { k = i; } return k; }
for (var r = 0; r < 1200; r++) lastIndex([1, 2]);
console.log(lastIndex([1, 2, 3]), lastIndex([]));
