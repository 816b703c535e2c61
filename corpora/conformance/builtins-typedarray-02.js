// typed arrays: lengths, out-of-bounds reads/writes, ArrayBuffer sharing, subarray, set, fill
var buf = new ArrayBuffer(16);
print(buf.byteLength, Object.prototype.toString.call(buf));
var u8 = new Uint8Array(buf), i32 = new Int32Array(buf), f64 = new Float64Array(buf, 8, 1);
print(u8.length, u8.byteLength, u8.byteOffset, i32.length, i32.byteLength, f64.length, f64.byteOffset, f64.byteLength);
i32[0] = -1; i32[1] = 0x01020304;
print(Array.from(u8.subarray(0, 8)).join());
f64[0] = 1; print(Array.from(u8.subarray(8)).join());
print(u8[16], u8[-1], u8[1.5], u8['2'], u8.hasOwnProperty(16));
u8[16] = 7; u8[-1] = 7; u8[100] = 7; print(u8.length, u8[16], Object.keys(u8).length);
var sub = u8.subarray(2, 6); sub[0] = 0xAA; print(sub.length, sub.byteOffset, u8[2], sub.buffer === buf);
var neg = u8.subarray(-4); print(neg.length, neg.byteOffset, u8.subarray(5, 2).length);
var t = new Int16Array(6); t.set([1, 2, 3]); t.set([9, 8], 4); print(t.join());
t.set(new Int16Array([7, 7]), 1); print(t.join());
try { t.set([1, 2, 3], 5); } catch (e) { print(e.name); }
print(new Float32Array(4).fill(1.5).join(), new Int8Array(5).fill(200, 1, 3).join(), new Uint16Array([1, 2, 3, 4]).fill(9, -2).join());
var src = new Uint8Array([1, 2, 3, 4]); var copy = new Uint8Array(src); copy[0] = 99; print(src[0], copy[0]);
var fromLen = new Float64Array(3); print(fromLen.join(), new Uint8Array().length, new Int32Array([1.9, -1.9]).join());
print(u8.slice(0, 3).buffer === buf, Array.isArray(u8), u8 instanceof Uint8Array, typeof u8);
var big = new Int32Array(1000); for (var i = 0; i < big.length; i++) big[i] = i * i; var s = 0; for (var v of big) s = (s + v) | 0; print(s);
