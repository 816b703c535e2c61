// Object.is in hot code: unlike ===, it tells -0 from +0 and says NaN is NaN; the
// optimizer must not replace it by a plain numeric comparison.
function same(a, b) { return Object.is(a, b); }
var c = 0;
for (var i = 0; i < 2000; i++) if (same(i % 10, 3)) c++;
console.log(c);
console.log(same(0, -0), same(-0, -0), same(NaN, NaN), same(NaN, 0 / 0));
console.log(0 === -0, NaN === NaN);
console.log(same("a", "a"), same({}, {}), same(null, undefined));
var o = {};
console.log(same(o, o), same(1, 1.0), same(0.1 + 0.2, 0.3));
var z = 0;
for (var i = 0; i < 1500; i++) z = -i * 0;
console.log(same(z, -0), same(z, 0));
var pairs = [[0, -0], [NaN, NaN], [-0, -0], [1, "1"]];
var res = "";
for (var i = 0; i < 1500; i++) res = same(pairs[i & 3][0], pairs[i & 3][1]) + " " + same(pairs[(i + 1) & 3][0], pairs[(i + 1) & 3][1]);
console.log(res);
