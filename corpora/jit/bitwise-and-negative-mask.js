// AND/OR/XOR with negative masks and values beyond int32: x & -8 clears the low bits,
// x & 0xffffffff is a signed result, values above 2^32 wrap before the operation.
function maskLow(x) { return x & -8; }
function andAll(x) { return x & 0xffffffff; }
function mix(a, b) { return (a | b) ^ (a & b); }
var s = 0;
for (var i = 0; i < 2000; i++) s += maskLow(i) + mix(i, 0x55);
console.log(s);
console.log(maskLow(-1), maskLow(-9), maskLow(15.9), maskLow(-15.9));
console.log(andAll(-1), andAll(4294967295), andAll(4294967296 + 5), andAll(2147483648));
console.log(mix(-1, 0), mix(-1, -1), mix(0x80000000, 1), mix(1e10, 1));
console.log(~5, ~-1, ~0xffffffff, ~2147483648);
var h = 0;
for (var i = 0; i < 1500; i++) h = (h * 31 + i) & 0x7fffffff;
console.log(h);
console.log(maskLow("31"), mix(true, false), andAll(undefined));
