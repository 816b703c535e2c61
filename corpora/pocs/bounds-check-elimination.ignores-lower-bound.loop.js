// Flags: --inject bounds-check-elimination.ignores-lower-bound
// Expect-Phase: bounds-check-elimination
// Expect-Rule: dominating-test-in-bounds
// Reads the element before a position; only the upper end is tested.
function previous(a, i) {
  var j = i - 1;
  if (j < a.length) return a[j];
  return -1;
}
var a = [3, 1, 4, 1, 5];
var s = 0;
for (var k = 0; k < 3000; k++) s += previous(a, 1 + (k & 3));
console.log(s, previous(a, 0));
