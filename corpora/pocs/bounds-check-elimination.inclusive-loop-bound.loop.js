// Flags: --inject bounds-check-elimination.inclusive-loop-bound
// Expect-Phase: bounds-check-elimination
// Expect-Rule: induction-variable-in-bounds
// Copies up to `count` elements with an inclusive bound on the source's length.
function copyPrefix(src, dst, count) {
  var n = 0;
  for (var i = 0; i <= src.length; i++) {
    if (n == count) return n;
    dst[n] = src[i];
    n++;
  }
  return n;
}
var src = [5, 6, 7];
var dst = [0, 0, 0, 0, 0];
var total = 0;
for (var k = 0; k < 3000; k++) total += copyPrefix(src, dst, 1 + (k & 1));
console.log(total, copyPrefix(src, dst, 5), dst.join());
