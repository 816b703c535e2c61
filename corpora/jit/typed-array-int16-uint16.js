// Int16Array and Uint16Array: stores wrap modulo 65536 (signed vs unsigned view of the
// same bits); two views on one buffer alias each other in optimized code.
var buf = new ArrayBuffer(8);
var i16 = new Int16Array(buf), u16 = new Uint16Array(buf);
function w(i, v) { i16[i] = v; return u16[i]; }
var s = 0;
for (var i = 0; i < 2000; i++) s += w(i & 3, i - 1000);
console.log(s);
console.log(w(0, -1), w(0, 32768), w(0, 65536), w(0, -32769), w(0, 1.5e5));
function rd(i) { return i16[i] + u16[i]; }
for (var i = 0; i < 1100; i++) rd(i & 3);
u16[1] = 40000;
console.log(rd(1), i16[1], u16[1]);
i16[2] = -2;
console.log(rd(2), u16[2]);
console.log(i16.length, u16.byteLength, rd(4));
