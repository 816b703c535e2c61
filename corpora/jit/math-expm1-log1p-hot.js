// Math.expm1 / Math.log1p / Math.exp / Math.log in hot code: -0 must be preserved by
// expm1(-0) and log1p(-0); tiny arguments keep precision; special values.
function e(x) { return Math.expm1(x); }
function l(x) { return Math.log1p(x); }
var s = 0;
for (var i = 0; i < 2000; i++) s += e(i / 1000) + l(i / 1000);
console.log(s.toFixed(6));
console.log(1 / e(-0), 1 / l(-0), e(0), l(0));
console.log(e(1e-10), l(1e-10), e(-Infinity), e(Infinity), l(-1), l(-2));
console.log(e(709), e(710), l(Infinity), e(NaN), l("1"));
console.log(Math.exp(1) === Math.E, Math.log(Math.E), Math.log(0), Math.log(-1));
console.log(Math.exp(-0), 1 / Math.exp(-Infinity), Math.log10(1000), Math.log2(8));
var tiny = [-0, 1e-20, -1e-20, 0.5];
var line = "";
for (var i = 0; i < 1500; i++) { var t = tiny[i & 3]; line = 1 / e(t) + " " + 1 / l(t) + " " + e(t) + " " + l(t); }
console.log(line);
