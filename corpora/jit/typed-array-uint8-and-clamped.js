// Uint8Array wraps modulo 256 while Uint8ClampedArray clamps to [0, 255] and rounds half to
// even; the same hot store function is used on both kinds (polymorphic element store).
var u8 = new Uint8Array(4), c8 = new Uint8ClampedArray(4);
function store(a, i, v) { a[i] = v; return a[i]; }
var s = 0;
for (var i = 0; i < 2000; i++) s += store(i & 1 ? u8 : c8, i & 3, i & 127);
console.log(s);
var vals = [-1, 256, 300, 1.5, 2.5, 0.5, -0.5, 254.5, 255.5, NaN, Infinity, -Infinity, "7"];
var a = [], b = [];
for (var k = 0; k < vals.length; k++) { a.push(store(u8, 0, vals[k])); b.push(store(c8, 0, vals[k])); }
console.log(a.join(","));
console.log(b.join(","));
function total(t) { var r = 0; for (var i = 0; i < t.length; i++) r += t[i]; return r; }
for (var i = 0; i < 1100; i++) total(i & 1 ? u8 : c8);
console.log(total(u8), total(c8), u8[4], c8[-1]);
