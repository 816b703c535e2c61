// One hot summing function fed every typed-array kind in turn (Int8 ... Float64 and
// Uint8Clamped), all filled with the same values: the element loads must use each kind.
var kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
             Int32Array, Uint32Array, Float32Array, Float64Array];
function fill(a) { for (var i = 0; i < a.length; i++) a[i] = i * 50 - 100.75; return a; }
function sum(a) { var s = 0; for (var i = 0; i < a.length; i++) s += a[i]; return s; }
var arrays = [];
for (var k = 0; k < kinds.length; k++) arrays.push(fill(new kinds[k](6)));
var t = 0;
for (var r = 0; r < 130; r++)
  for (var k = 0; k < arrays.length; k++) t += sum(arrays[k]);
console.log(t);
var line = [];
for (var k = 0; k < arrays.length; k++) line.push(sum(arrays[k]));
console.log(line.join(" "));
for (var k = 0; k < arrays.length; k++) print(Array.prototype.join.call(arrays[k], ","));
console.log(sum([1, 2, 3]), sum({ length: 2, 0: 5, 1: 6 }));
