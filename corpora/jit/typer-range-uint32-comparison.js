// x >>> 0 has range [0, 2^32-1]: comparing it with int32 constants or adding to it must be
// done in doubles; treating it as int32 would make 0xffffffff negative.
function big(x) { return (x >>> 0) > 2147483647; }
function idx(x) { return (x >>> 0) + 1; }
function cmp(a, b) { return (a >>> 0) < (b >>> 0); }
var c = 0;
for (var i = 0; i < 2000; i++) { if (big(i)) c++; c += idx(i) & 1; if (cmp(i, 1000)) c++; }
console.log(c);
console.log(big(-1), big(2147483648), big(2147483647), big(-2147483648));
console.log(idx(-1), idx(-2), idx(4294967295), idx(2147483647));
console.log(cmp(-1, 1), cmp(1, -1), cmp(-2, -1), cmp(0, 0));
function toIndex(x) { var u = x >>> 0; return u === x ? "index" : "not"; }
for (var i = 0; i < 1200; i++) toIndex(i);
console.log(toIndex(-1), toIndex(4294967295), toIndex(1.5), toIndex(0), toIndex(-0));
var ext = [-1, -2147483648, 2147483648, 1, -0];
var line = "";
for (var i = 0; i < 1500; i++) line = big(ext[i % 5]) + " " + idx(ext[i % 5]) + " " + cmp(ext[i % 5], ext[(i + 1) % 5]);
console.log(line);
