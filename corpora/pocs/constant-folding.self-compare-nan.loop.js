// Flags: --inject constant-folding.self-compare-nan
// Expect-Phase: constant-folding
// Expect-Rule: fold-self-compare
// Counts the quotients that are NaN (0 / 0) with the self-comparison idiom.
function countNaN(values) {
  var n = 0;
  for (var k = 0; k < values.length; k++) {
    var v = values[k] / values[k];
    if (v === v) continue;
    n++;
  }
  return n;
}
var values = [1.5, 2, 0, 3.25, 0];
var total = 0;
for (var i = 0; i < 3000; i++) total += countNaN(values);
console.log(total, countNaN([0, 0, 0]));
