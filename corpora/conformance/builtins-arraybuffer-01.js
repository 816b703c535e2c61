// ArrayBuffer and typed array constructors: lengths, offsets, BYTES_PER_ELEMENT
var types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
var buf = new ArrayBuffer(24);
for (var T of types) {
  var fromLen = new T(3), fromArr = new T([1, 2, 3, 4]), fromBuf = new T(buf), withOff = new T(buf, 8), withLen = new T(buf, 8, 2);
  print(T.name.padEnd(18), T.BYTES_PER_ELEMENT, T.prototype.BYTES_PER_ELEMENT, fromLen.length, fromLen.byteLength, fromArr.byteLength, fromBuf.length, withOff.length, withOff.byteOffset, withLen.byteLength, withLen.buffer === buf);
}
print(new ArrayBuffer(0).byteLength, new ArrayBuffer(5.7).byteLength, new ArrayBuffer('3').byteLength, new ArrayBuffer().byteLength);
try { new ArrayBuffer(-1); } catch (e) { print(e.name); }
var b2 = buf.slice(4, 12); print(b2.byteLength, b2 === buf, buf.slice(-4).byteLength, buf.slice(20, 10).byteLength);
var u8 = new Uint8Array(buf); u8[5] = 55; print(new Uint8Array(b2)[1], new Uint8Array(buf.slice(5, 6))[0]);
print(ArrayBuffer.isView(u8), ArrayBuffer.isView(buf), ArrayBuffer.isView([]));
var f64 = new Float64Array(buf); f64[0] = Math.PI; print(new Float64Array(buf.slice(0, 8))[0], new Uint32Array(buf, 0, 2).join());
print(new Uint8Array(new Uint16Array([258, 65535])).join(), new Float32Array(new Float64Array([0.1]))[0], new Int8Array(new Uint8Array([200]))[0]);
