// Unsigned right shift of negative numbers: x >>> 0 turns -1 into 4294967295, which is
// outside int32; a hot function warmed on positives must produce a uint32 double.
function u(x) { return x >>> 0; }
function us(x, n) { return x >>> n; }
var s = 0;
for (var i = 0; i < 2000; i++) s += u(i);
console.log(s);
console.log(u(-1), u(-2147483648), u(2147483648), u(4294967296), u(-0.5), u(1.9));
console.log(us(-1, 1), us(-1, 31), us(-1, 0), us(-16, 4));
var t = 0;
for (var i = 0; i < 1500; i++) t = (t + u(-i)) % 1000000007;
console.log(t);
console.log(u(-1) + 1, u(-1) | 0, u(-1) > 0);
console.log(typeof u(-1), u("-1"), u(null), u(NaN), u(Infinity));
var mixedIn = [-1, 5, -2147483648, 0.5, -0];
var last = "";
for (var i = 0; i < 1500; i++) last = u(mixedIn[i % 5]) + "," + us(mixedIn[i % 5], i & 31);
console.log(last, u(mixedIn[2]) + u(mixedIn[0]));
