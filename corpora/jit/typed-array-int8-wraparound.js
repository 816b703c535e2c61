// Int8Array stores wrap modulo 256 into [-128, 127]; a hot store loop warmed with small
// values then receives 128, 255, -129, doubles and NaN.
var ta = new Int8Array(8);
function put(i, v) { ta[i] = v; return ta[i]; }
var s = 0;
for (var i = 0; i < 2000; i++) s += put(i & 7, i & 63);
console.log(s, Array.prototype.join.call(ta, ","));
console.log(put(0, 127), put(0, 128), put(0, 255), put(0, 256), put(0, -129), put(0, -128));
console.log(put(1, 1.9), put(1, -1.9), put(1, NaN), put(1, Infinity), put(1, "300"));
console.log(put(2, 1e10), put(2, -0), 1 / put(2, -0));
function sum(a) { var t = 0; for (var i = 0; i < a.length; i++) t += a[i]; return t; }
for (var i = 0; i < 1100; i++) sum(ta);
ta.fill(-1);
console.log(sum(ta), ta[8], ta[-1]);
var wide = [127, 128, -129, 255.9, NaN];
var line = "";
for (var i = 0; i < 1500; i++) line = put(3, wide[i % 5]) + " " + put(4, -wide[i % 5]);
console.log(line);
