// typed arrays: element conversion and wrapping
var input = [0, 1, -1, 127, 128, 255, 256, -129, 300.7, -300.7, 65535, 65536, 2 ** 31, 2 ** 32 + 1, NaN, Infinity, -Infinity, 1.5, 2.5, -0, 0.49, 3e9];
var types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (var T of types) {
  var ta = new T(input);
  print(T.name, T.BYTES_PER_ELEMENT, Array.prototype.map.call(ta, x => Object.is(x, -0) ? '-0' : String(x)).join(','));
}
var c = new Uint8ClampedArray(6); c[0] = 1.5; c[1] = 2.5; c[2] = 0.5; c[3] = -5; c[4] = 999; c[5] = 254.5; print(Array.from(c).join());
var f32 = new Float32Array([0.1, 1 / 3, 16777217, 1e40, 1e-46]); print(Array.from(f32).join());
var mixed = new Int16Array(['12', '0x10', 'abc', null, true, undefined, [7]]); print(mixed.join());
