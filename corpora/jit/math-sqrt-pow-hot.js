// Math.sqrt / Math.pow / ** / Math.hypot / Math.cbrt in hot code: sqrt(-0) is -0, sqrt of a
// negative is NaN, pow with NaN exponent, 0 ** -1 is Infinity, (-8) ** (1/3) is NaN.
function sq(x) { return Math.sqrt(x); }
function pw(a, b) { return Math.pow(a, b); }
function ex(a, b) { return a ** b; }
var s = 0;
for (var i = 0; i < 2000; i++) s += sq(i) + pw(i & 7, 2) + ex(2, i & 15);
console.log(s.toFixed(4));
console.log(sq(-0), 1 / sq(-0), sq(-1), sq(Infinity), sq(2));
console.log(pw(1, NaN), pw(NaN, 0), pw(0, -1), pw(-0, -1), pw(-0, -2), pw(-8, 1 / 3));
console.log(ex(2, 31), ex(2, 32), ex(-2, 31), ex(2, -1), ex(10, 21), ex(2, 0.5));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-0), Math.cbrt(-27), Math.cbrt(-0));
for (var i = 0; i < 1500; i++) s = sq(s + i) * 2;
console.log(s.toFixed(8));
var bases = [-0, -8, 0, 2, NaN];
var line = "";
for (var i = 0; i < 1500; i++) line = pw(bases[i % 5], -1) + " " + ex(bases[i % 5], 0.5) + " " + 1 / sq(bases[i % 5]);
console.log(line);
