// Uint8ClampedArray rounding and typed array conversions of special values
var inputs = [-Infinity, -1, -0.5, 0, 0.4, 0.5, 0.6, 1.5, 2.5, 3.5, 126.5, 127.5, 253.5, 254.5, 254.6, 255, 255.5, 256, 1e10, Infinity, NaN, '200', '0x10', null, undefined, true];
var c = new Uint8ClampedArray(inputs.length); inputs.forEach((v, i) => { c[i] = v; });
print(Array.from(c).join(' '));
var u = new Uint8Array(inputs.length); inputs.forEach((v, i) => { u[i] = v; }); print(Array.from(u).join(' '));
var f32 = new Float32Array([1.1, 2.2, 3.3, 0.1 + 0.2, 1e38, 3.4e38, 3.5e38, -1e-45, 1e-39]); print(Array.from(f32).join(' '));
var f64 = new Float64Array([1.1, NaN, -0, 2 ** 53 + 1]); print(Array.from(f64).map(v => Object.is(v, -0) ? '-0' : String(v)).join(' '));
var i32 = new Int32Array(4); i32[0] = 2 ** 31; i32[1] = -(2 ** 31) - 1; i32[2] = 1.9999; i32[3] = '-7.5'; print(i32.join());
var u32 = new Uint32Array(3); u32[0] = -1; u32[1] = 2 ** 32 + 5; u32[2] = -0.9; print(u32.join());
var i8 = new Int8Array([127, 128, -128, -129, 255, 256, 383]); print(i8.join());
var u16 = new Uint16Array([65535, 65536, -1, 70000.9]); print(u16.join());
var i16 = new Int16Array([32767, 32768, -32768, -32769]); print(i16.join());
var rt = new Float32Array(1); rt[0] = 16777217; print(rt[0], rt[0] === 16777216);
