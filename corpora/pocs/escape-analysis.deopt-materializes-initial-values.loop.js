// Flags: --inject escape-analysis.deopt-materializes-initial-values
// Expect-Phase: escape-analysis
// Expect-Rule: describe-virtual-object-in-frame-state
// An accumulator filled by a loop, live across a multiplication that meets a string.
function accumulate(values, scale) {
  var acc = {sum: 0, count: 0};
  for (var i = 0; i < values.length; i++) {
    acc.sum += values[i];
    acc.count++;
  }
  var factor = scale * 2;
  return acc.sum + ":" + acc.count + ":" + factor;
}
var values = [1, 2, 3];
var last = "";
for (var k = 0; k < 3000; k++) last = accumulate(values, k);
console.log(last, accumulate(values, "3"));
