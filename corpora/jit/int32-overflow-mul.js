// Int32 multiplication overflow and -0: a hot multiply speculated as int32 gets products
// beyond 2^31 and a zero times a negative number (which is -0 in JS).
function mul(a, b) { return a * b; }
var s = 0;
for (var i = 0; i < 2000; i++) s += mul(i % 100, 3);
console.log(s);
console.log(mul(65536, 65536));
console.log(mul(46341, 46341));
console.log(mul(-2147483648, -1));
console.log(mul(-2147483648, 2));
console.log(mul(0, -5), 1 / mul(0, -5));
console.log(Object.is(mul(-3, 0), -0));
var x = 1;
for (var i = 0; i < 40; i++) x = mul(x, 3);
console.log(x);
print(mul(0, -1), mul(-0, -0), 1 / mul(-0, -0));
