// Flags: --inject gvn.sub-commutative
// Expect-Phase: gvn
// Expect-Rule: merge-equivalent-value
// Ratios in both directions.
function ratios(a, b) { return a / b + " " + b / a; }
var s = "";
for (var i = 1; i < 3000; i++) s = ratios(i, 2.5);
console.log(s, ratios(1, 4.5));
