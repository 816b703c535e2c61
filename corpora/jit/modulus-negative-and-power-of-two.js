// Modulus by powers of two and by negative divisors: the optimizer may lower x % 8 to a
// mask, which is wrong for negative x (-9 % 8 is -1 and -8 % 8 is -0) and for doubles.
function mod8(x) { return x % 8; }
function modAny(a, b) { return a % b; }
var s = 0;
for (var i = 0; i < 2000; i++) s += mod8(i);
console.log(s);
console.log(mod8(-9), mod8(-1), mod8(-8), 1 / mod8(-8), mod8(7.5), mod8(-7.5));
console.log(modAny(7, -3), modAny(-7, 3), modAny(-7, -3), modAny(7, 3));
console.log(modAny(5, 0), modAny(0, 5), 1 / modAny(-0, 5), modAny(5.5, 2));
console.log(modAny(-2147483648, -1), 1 / modAny(-2147483648, -1), modAny(2147483647, 2));
for (var i = 0; i < 1500; i++) s = modAny(s + i, 1000);
console.log(s);
console.log(mod8(Infinity), modAny(5, Infinity), modAny(-5, Infinity));
var neg = 0;
for (var i = -1000; i < 1000; i++) neg += mod8(i);
console.log(neg);
