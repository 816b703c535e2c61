// -0 must survive optimization: 1/x distinguishes -0 from 0; a hot function computes
// values that are -0 for some inputs (x * 0 with negative x, -x with 0, Math.round(-0.2)).
function timesZero(x) { return x * 0; }
function signOf(v) { return 1 / v > 0 ? "+" : "-"; }
var out = [];
for (var i = 0; i < 1500; i++) out[i & 7] = signOf(timesZero(i - 4));
console.log(out.join(""));
console.log(signOf(timesZero(-1)), signOf(timesZero(1)), signOf(timesZero(-0.5)));
function roundIt(x) { return Math.round(x); }
var r = [];
for (var i = 0; i < 1500; i++) r[i & 3] = roundIt(i / 10 - 0.3);
console.log(r.join(","));
console.log(signOf(roundIt(-0.2)), signOf(roundIt(-0.5)), signOf(roundIt(0.2)));
function mod(a, b) { return a % b; }
for (var i = 0; i < 1500; i++) mod(i, 5);
console.log(signOf(mod(-5, 5)), signOf(mod(5, 5)), signOf(mod(-0, 3)));
console.log(timesZero(-7), Object.is(timesZero(-7), -0));
