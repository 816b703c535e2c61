// A store to a typed array at a fractional index (1.5) or "-0" string key: such keys are
// canonical numeric strings, so the store is ignored and no property appears (V8). The
// store sits in a hot function that was warmed with integer indices.
var f64 = new Float64Array(4);
var i8 = new Int8Array(4);
function put(a, i, v) { a[i] = v; }
function get(a, i) { return a[i]; }
for (var k = 0; k < 1200; k++) { put(f64, k & 3, k / 2); put(i8, k & 3, k); get(f64, k & 3); }
console.log(Array.prototype.join.call(f64, ","), Array.prototype.join.call(i8, ","));
put(f64, 1.5, 99);
put(i8, 0.5, 99);
put(f64, -1.5, 99);
console.log(get(f64, 1.5), get(i8, 0.5), get(f64, -1.5));
console.log(Object.keys(f64).join(","), Object.keys(i8).join(","));
console.log(1.5 in f64, "1.5" in f64, "-0" in f64, 1 in f64);
f64["-0"] = 5;
console.log(f64["-0"], f64[0], Object.keys(f64).length);
