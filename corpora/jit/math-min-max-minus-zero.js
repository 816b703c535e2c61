// Math.min / Math.max with -0 and NaN in hot code: min(0, -0) is -0, max(-0, 0) is 0,
// any NaN argument gives NaN; no arguments give +/-Infinity.
function lo(a, b) { return Math.min(a, b); }
function hi(a, b) { return Math.max(a, b); }
var s = 0;
for (var i = 0; i < 2000; i++) s += lo(i, 1000 - i) + hi(i, 5);
console.log(s);
console.log(1 / lo(0, -0), 1 / lo(-0, 0), 1 / hi(0, -0), 1 / hi(-0, 0));
console.log(Object.is(lo(-0, -0), -0), Object.is(hi(-0, -0), -0));
console.log(lo(NaN, 1), hi(1, NaN), lo(1.5, 1.25), hi(-1.5, -2.5));
console.log(Math.min(), Math.max(), Math.min(3), Math.max(1, 2, 3, -1));
console.log(lo("3", 2), hi("3", 20), lo(null, -1), hi(undefined, 1));
function hi3(a, b, c) { return Math.max(a, b, c); }
for (var i = 0; i < 1500; i++) s = hi3(i, s & 1023, 7);
console.log(s, 1 / hi3(-0, -0, -0));
