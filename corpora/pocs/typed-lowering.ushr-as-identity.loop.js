// Flags: --inject typed-lowering.ushr-as-identity
// Expect-Phase: typed-lowering
// Expect-Rule: eliminate-unsigned-shift
// Hashes stay unsigned: x >>> 0 of a negative int32 is x + 2^32.
function unsignedHash(h) { return (h >>> 0) > 2147483647 ? "high" : "low"; }
var high = 0;
for (var i = 0; i < 3000; i++) if (unsignedHash(i * 7) === "high") high++;
console.log(high, unsignedHash(-5), unsignedHash(12));
