// Math.imul and Math.clz32 in hot code: imul wraps to int32 (not the double product),
// clz32 of 0 is 32 and of negatives is 0; both convert their operands with ToUint32/ToInt32.
function im(a, b) { return Math.imul(a, b); }
function cz(x) { return Math.clz32(x); }
var h = 0;
for (var i = 0; i < 2000; i++) h = im(h ^ i, 0x5bd1e995) + cz(i);
console.log(h);
console.log(im(0xffffffff, 5), im(65536, 65536), im(-5, 12), im(2147483647, 2), im(1.9, 2.9));
console.log(im(4294967295, 4294967295), im("3", "4"), im(NaN, 1), im(1e10, 3));
console.log(cz(0), cz(1), cz(-1), cz(0x80000000), cz(4294967296), cz(0.5), cz(-0), cz(NaN));
function mul(a, b) { return a * b; }
for (var i = 0; i < 1500; i++) mul(i, 3);
console.log(mul(0x5bd1e995, 0x5bd1e995), im(0x5bd1e995, 0x5bd1e995));
var odd = [-1, 0x80000000, 0.5, 4294967296, -0];
var r2 = "";
for (var i = 0; i < 1500; i++) r2 = im(odd[i % 5], 3) + " " + cz(odd[i % 5]);
console.log(r2);
for (var i = 0; i < odd.length; i++) console.log(im(odd[i], odd[i]), cz(odd[i]));
