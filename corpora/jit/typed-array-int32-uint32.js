// Int32Array and Uint32Array: a Uint32Array element above 2^31 is not an int32 and must be
// returned as a positive double; negative stores into Uint32Array wrap to large values.
var u32 = new Uint32Array(4), i32 = new Int32Array(4);
function getU(i) { return u32[i]; }
function putU(i, v) { u32[i] = v; }
var s = 0;
for (var i = 0; i < 2000; i++) { putU(i & 3, i); s += getU(i & 3); }
console.log(s);
putU(0, -1); putU(1, 2147483648); putU(2, -2147483648); putU(3, 4294967296 + 3);
console.log(getU(0), getU(1), getU(2), getU(3));
console.log(getU(0) > 0, getU(0) + 1, getU(0) | 0, getU(1) >> 0);
function sumU() { var t = 0; for (var i = 0; i < 4; i++) t += u32[i]; return t; }
for (var i = 0; i < 1100; i++) sumU();
console.log(sumU());
function putI(i, v) { i32[i] = v; return i32[i]; }
for (var i = 0; i < 1100; i++) putI(i & 3, i);
console.log(putI(0, 2147483648), putI(1, 4294967295), putI(2, -2147483649), putI(3, 1.9));
