function fill(ta, v) { for (let i = 0; i < ta.length; i++) ta[i] = v + i; return ta[ta.length - 1]; }
const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (let k = 0; k < 9; k++) {
  const ta = new kinds[k](4);
  let r = 0;
  for (let j = 0; j < 20; j++) r = fill(ta, 250 + j * 0.5);
  console.log(kinds[k].name, r, fill(ta, -1.5), fill(ta, 2147483647));
}
