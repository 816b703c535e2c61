// ToInt32 / ToUint32 conversions computed by optimized code on values that were part of
// the warm-up: doubles beyond 2^32, negative fractions, -0, NaN, Infinity.
var V = [0, -0, 1.9, -1.9, 2147483648, -2147483649, 4294967296, 4294967297.5, -4294967297,
         1e21, -1e21, NaN, Infinity, 9007199254740993, 0.49999999999999994];
function conv(x) { return (x | 0) + "," + (x >>> 0) + "," + (x >> 1) + "," + (x << 1) + "," + ~x + "," + (x & -1) + "," + (x ^ 0); }
var rows = [];
for (var r = 0; r < 80; r++) {
  rows.length = 0;
  for (var i = 0; i < V.length; i++) rows.push(conv(V[i]));
}
print(rows.join("\n"));
function sum(n) { var s = 0; for (var i = 0; i < V.length; i++) s = (s + (V[i] | 0)) | 0; return s; }
for (var r = 0; r < 1100; r++) sum();
print(sum());
print(conv(-0.5), conv(2147483647.9));
