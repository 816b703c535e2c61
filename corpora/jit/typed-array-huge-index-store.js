// Stores to a typed array at huge numeric indices (1e20, 2^63, -1e19): out of range, so
// V8 ignores them. A hot store function warmed with in-range indices then gets them; the
// engine must not trap while converting the index to an integer.
var ta = new Int32Array(4);
function put(i, v) { ta[i] = v; }
function get(i) { return ta[i]; }
for (var k = 0; k < 1200; k++) { put(k & 3, k); get(k & 3); }
console.log(Array.prototype.join.call(ta, ","));
put(1e20, 1);
put(9223372036854775807, 2);
put(-1e19, 3);
put(1e300, 4);
console.log(get(1e20), get(9223372036854775807), get(-1e19), get(1e300));
console.log(Object.keys(ta).join(","), ta.length);
function putSpecial(k) { ta[k] = 7; return ta[k]; }
for (var k = 0; k < 1200; k++) putSpecial(k & 3);
console.log(putSpecial(-1), putSpecial(4), putSpecial(2147483648));
