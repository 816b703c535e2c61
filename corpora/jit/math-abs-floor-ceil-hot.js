// Math.abs / floor / ceil / round / trunc in hot code with int feedback, then doubles,
// -0, values beyond int32 and abs(-2^31) (which does not fit int32).
function a(x) { return Math.abs(x); }
function f(x) { return Math.floor(x); }
function c(x) { return Math.ceil(x); }
var s = 0;
for (var i = -1000; i < 1000; i++) s += a(i) + f(i) + c(i);
console.log(s);
console.log(a(-2147483648), a(-0), 1 / a(-0), a(-1.5), a("-3"), a(null), a([]), a([-2]));
console.log(f(-0.5), c(-0.5), 1 / c(-0.5), f(2.5), c(2.1), f(-2147483648.5), c(2147483647.5));
console.log(f(1e20), c(-1e20), 1 / f(-0), Math.round(-0.5), 1 / Math.round(-0.5), Math.round(2.5));
console.log(Math.trunc(-0.9), 1 / Math.trunc(-0.9), Math.trunc(4294967296.7), Math.sign(-3), Math.sign(-0));
for (var i = 0; i < 1500; i++) s = f(s / 2 + i);
console.log(s);
var halves = [-0.5, 0.5, -1.5, 1.5, -0];
var out = "";
for (var i = 0; i < 1500; i++) { var h = halves[i % 5]; out = 1 / f(h) + " " + 1 / c(h) + " " + 1 / Math.round(h) + " " + a(h); }
console.log(out);
