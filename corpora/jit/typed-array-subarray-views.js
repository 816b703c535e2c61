// Subarray views share memory with their parent: writes through the parent in optimized
// code must be visible through a subarray with a byte offset, and vice versa.
var base = new Int16Array(10);
var view = base.subarray(3, 7);
function write(a, i, v) { a[i] = v; }
function read(a, i) { return a[i]; }
for (var i = 0; i < 2000; i++) { write(base, i % 10, i); read(view, i & 3); }
console.log(Array.prototype.join.call(base, ","));
console.log(Array.prototype.join.call(view, ","));
write(view, 0, -5);
console.log(read(base, 3), read(view, 0), view.length, view.byteOffset);
write(base, 6, 77);
console.log(read(view, 3), read(view, 4));
var bytes = new Uint8Array(base.buffer, 6, 2);
console.log(read(bytes, 0), read(bytes, 1));
for (var i = 0; i < 1100; i++) write(bytes, i & 1, 255);
console.log(read(base, 3), read(view, 0));
