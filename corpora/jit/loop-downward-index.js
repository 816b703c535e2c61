// Downward loops: `for (i = a.length - 1; i >= 0; i--)` reads every element once and must
// stop at 0 (a[-1] is undefined); `while (i--)` style loops; unsigned-looking loop variables.
function rev(a) { var out = []; for (var i = a.length - 1; i >= 0; i--) out.push(a[i]); return out.join(""); }
function sumDown(a) { var s = 0, i = a.length; while (i--) s += a[i]; return s; }
function countDown(n) { var c = 0; for (var i = n; i > 0; i -= 2) c++; return c + ":" + i; }
var t = 0;
for (var r = 0; r < 1200; r++) t += rev([1, 2, 3]).length + sumDown([1, 2, 3, 4]);
console.log(t, rev(["a", "b", "c"]), rev([]), sumDown([]), sumDown([0.5, 0.25]));
for (var r = 0; r < 1200; r++) countDown(9);
console.log(countDown(9), countDown(10), countDown(0), countDown(-3), countDown(1.5));
function lastNeg(a) { for (var i = a.length - 1; i >= 0; i--) if (a[i] < 0) return i; return i; }
for (var r = 0; r < 1200; r++) lastNeg([1, -1, 2]);
console.log(lastNeg([1, -1, 2]), lastNeg([1, 2]), lastNeg([]));
function downFrom(n) { var s = ""; for (var i = n; i >= 0; i--) s += i; return s; }
for (var r = 0; r < 1200; r++) downFrom(r & 3);
console.log(downFrom(3), downFrom(0), downFrom(-1), downFrom(2.5));
