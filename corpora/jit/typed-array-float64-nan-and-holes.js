// Float64Array in hot code: NaN and -0 round-trip, out-of-range reads are undefined (there
// are no holes), and writes past the end are ignored.
var f64 = new Float64Array(5);
function get(i) { return f64[i]; }
function set(i, v) { f64[i] = v; }
var s = 0;
for (var i = 0; i < 2000; i++) { set(i % 5, i / 4); s += get(i % 5); }
console.log(s);
set(0, NaN); set(1, -0); set(2, Infinity); set(3, "2.5"); set(4, undefined);
console.log(get(0), 1 / get(1), get(2), get(3), get(4));
set(5, 99); set(-1, 99); set(-0, 7);
console.log(get(5), get(-1), get(0), f64.length);
function countNaN() { var c = 0; for (var i = 0; i < f64.length; i++) if (f64[i] !== f64[i]) c++; return c; }
for (var i = 0; i < 1100; i++) countNaN();
console.log(countNaN(), Array.prototype.join.call(f64, "|"));
