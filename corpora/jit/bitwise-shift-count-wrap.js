// Shift counts are taken mod 32: 1 << 32 is 1, 1 << 33 is 2, x >> 40 is x >> 8, and a
// negative count -1 means 31. The hot function sees small counts first.
function shl(a, n) { return a << n; }
function sar(a, n) { return a >> n; }
var s = 0;
for (var i = 0; i < 2000; i++) s += shl(1, i & 15) + sar(1 << 20, i & 7);
console.log(s);
console.log(shl(1, 31), shl(1, 32), shl(1, 33), shl(3, 63));
console.log(sar(-256, 4), sar(-256, 36), sar(256, 40), sar(-1, 100));
console.log(shl(1, -1), sar(-2147483648, -1), shl(5, 2.9));
console.log(shl(0x7fffffff, 1), shl(0x40000000, 1), shl(-1, 31));
console.log(shl(1, "3"), sar("1024", 2), shl(1.5e10, 1));
var c = 0;
for (var i = 0; i < 1500; i++) c ^= shl(i, i);
console.log(c);
