// Flags: --inject constant-folding.mul-zero
// Expect-Phase: constant-folding
// Expect-Rule: simplify-mul-zero
// A weight of zero, known after inlining, still propagates NaN and infinities.
function weigh(value, weight) { return value * weight; }
function ignored(value) { return weigh(value, 0); }
var sum = 0;
for (var i = 0; i < 3000; i++) sum += ignored(i + 0.5);
console.log(sum);
console.log(ignored(Infinity), ignored(NaN), 1 / ignored(-1.5));
