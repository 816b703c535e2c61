// Strength reduction: x / 2 is not x >> 1 (doubles, negatives round differently),
// Math.floor(x / 2) is x >> 1 only inside int32, x / 1 and x * 0.5 are exact.
function half(x) { return x / 2; }
function halfFloor(x) { return Math.floor(x / 2); }
function shr(x) { return x >> 1; }
var s = 0;
for (var i = 0; i < 2000; i++) s += half(i * 2) + halfFloor(i) - shr(i);
console.log(s);
console.log(half(3), half(-3), halfFloor(-3), shr(-3), halfFloor(-1), shr(-1));
console.log(halfFloor(4294967296), shr(4294967296), halfFloor(-4294967297), half(1e300));
console.log(half(-0), 1 / half(-0), 1 / halfFloor(-0), 1 / halfFloor(-1 / 4));
function div3(x) { return (x / 3) | 0; }
for (var i = 0; i < 1500; i++) div3(i);
console.log(div3(-7), div3(7), div3(2147483647 * 2), div3(-1e10));
var negs = [-3, -1, -0, 4294967296, -7.5];
var line = "";
for (var i = 0; i < 1500; i++) line = half(negs[i % 5]) + " " + halfFloor(negs[i % 5]) + " " + shr(negs[i % 5]);
console.log(line);
