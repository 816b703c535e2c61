// typed array methods inherited behaviour and byte-level views
var f = new Float64Array([3.5, -1, 2, 10, -0]);
print(f.indexOf(2), f.includes(10), f.join('|'), Array.from(f.map(x => x * 2)).join(), f.filter(x => x > 0).length);
print(f.reduce((a, b) => a + b, 0), f.some(x => x < 0), f.every(x => x < 100), f.find(x => x > 3), f.findIndex(x => x === 10));
var sorted = new Float64Array([3, 1, NaN, -2, 10]).sort(); print(sorted.join());
var i8 = new Int8Array([5, -3, 100, -128]); print(i8.slice().sort().join(), i8.reverse().join(), i8.join());
var buf = new ArrayBuffer(8);
var f64 = new Float64Array(buf), u32 = new Uint32Array(buf), u16 = new Uint16Array(buf), u8 = new Uint8Array(buf);
f64[0] = 1.5; print(u32[0], u32[1], u16.join(), u8.join());
f64[0] = -0; print(u8[7], u8.join());
f64[0] = NaN; print(u32[1].toString(16), u32[0]);
u32[0] = 0; u32[1] = 0x7ff00000; print(f64[0]);
u32[1] = 0x3ff00000; u32[0] = 1; print(f64[0]);
var f32 = new Float32Array(new ArrayBuffer(4)); var ui = new Uint32Array(f32.buffer); ui[0] = 0x3f800000; print(f32[0]); ui[0] = 0x7f7fffff; print(f32[0]);
var it = []; for (const v of new Uint8Array([1, 2, 3])) it.push(v); print(it.join());
var ents = []; for (const [k, v] of new Int8Array([9, 8]).entries()) ents.push(k + ':' + v); print(ents.join());
print(Uint8Array.BYTES_PER_ELEMENT, Int16Array.BYTES_PER_ELEMENT, Float32Array.BYTES_PER_ELEMENT, Float64Array.BYTES_PER_ELEMENT, new Uint32Array(2).BYTES_PER_ELEMENT);
print(Uint8Array.from([1, 2, 300]).join(), Int16Array.of(1, 70000).join(), new Uint8Array([1, 2, 3]).toString(), String(new Float32Array([0.5])));
console.log(new Uint8Array([1, 2, 3]).length, [...new Int8Array([-1, 1])]);
