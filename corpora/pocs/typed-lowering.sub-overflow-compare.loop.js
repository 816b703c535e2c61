// Flags: --inject typed-lowering.sub-overflow-compare
// Expect-Phase: typed-lowering
// Expect-Rule: lower-int32-sub-truncated
// A comparator written as a subtraction, used only by a comparison.
function before(a, b) { return a - b < 0; }
var ordered = 0;
for (var i = 0; i < 3000; i++) if (before(i, 1500)) ordered++;
console.log(ordered);
console.log(before(-2000000000, 2000000000), before(2000000000, -2000000000));
