// Stores at out-of-range indices on typed arrays in a hot loop: index == length, negative,
// fractional and huge indices are ignored and must not create properties or corrupt memory.
var ta = new Int32Array(4);
function put(i, v) { ta[i] = v; }
for (var i = 0; i < 2000; i++) put(i & 3, i);
console.log(Array.prototype.join.call(ta, ","));
for (var i = 0; i < 2000; i++) put(i, -i);
console.log(Array.prototype.join.call(ta, ","), ta.length);
put(4, 1); put(-1, 1); put(4294967295, 1); put(2147483648, 1);
console.log(ta[4], ta[-1], ta[4294967295], Object.keys(ta).join(","));
function loopStore(n) { for (var i = -2; i < n; i++) ta[i] = i * 10; return Array.prototype.join.call(ta, ","); }
for (var i = 0; i < 1100; i++) loopStore(6);
console.log(loopStore(6), loopStore(0), loopStore(2));
function readPast(n) { var s = 0, m = 0; for (var i = 0; i < n; i++) { if (ta[i] === undefined) m++; else s += ta[i]; } return s + ":" + m; }
for (var i = 0; i < 1100; i++) readPast(6);
console.log(readPast(6), readPast(0), readPast(4));
