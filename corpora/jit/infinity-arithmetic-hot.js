// Infinity in hot double arithmetic: division by zero, Infinity - Infinity = NaN,
// Infinity * 0 = NaN, overflow of doubles to Infinity and the int conversions of Infinity.
function div(a, b) { return a / b; }
var s = 0;
for (var i = 1; i < 2000; i++) s += div(i, 4);
console.log(s);
console.log(div(1, 0), div(-1, 0), div(1, -0), div(0, 0));
var inf = div(1, 0);
console.log(inf - inf, inf * 0, inf + inf, -inf);
console.log(inf | 0, inf >>> 0, ~~-inf, (inf % 2));
var big = 1e308;
for (var i = 0; i < 3; i++) big = big * 10;
console.log(big, -big, 1 / big);
function toInt(x) { return x | 0; }
for (var i = 0; i < 1500; i++) toInt(i + 0.5);
console.log(toInt(1e10), toInt(-1e10), toInt(4294967296.5), toInt(2147483648), toInt(-2147483649));
console.log(Math.floor(inf), Math.abs(-inf), Math.sqrt(inf));
