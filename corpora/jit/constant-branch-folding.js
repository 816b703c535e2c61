// Branches on values the optimizer may think constant: a global flag flips after
// optimization, a comparison with NaN is always false, typeof checks fold on feedback.
var DEBUG = false;
function step(x) {
  if (DEBUG) return -1;
  if (x !== x) return "nan";
  if (typeof x === "string") return "s:" + x;
  return x * 2;
}
var s = 0;
for (var i = 0; i < 2000; i++) s += step(i);
console.log(s);
DEBUG = true;
console.log(step(5));
DEBUG = false;
console.log(step(NaN), step("q"), step(2.5), step(-0), 1 / step(-0));
function cmpNaN(x) { return (x < NaN) || (x > NaN) || (x == NaN); }
for (var i = 0; i < 1200; i++) cmpNaN(i);
console.log(cmpNaN(1), cmpNaN(NaN), cmpNaN("a"));
