// Flags: --inject loop-peeling.peeled-iteration-skips-condition
// Expect-Phase: loop-peeling
// Expect-Rule: peel-first-iteration
// The number of binary digits of x: zero halvings for x == 0.
function bitLength(x) {
  var steps = 0;
  while (x > 0) {
    x = x >> 1;
    steps++;
  }
  return steps;
}
var sum = 0;
for (var k = 1; k < 3000; k++) sum += bitLength(k);
console.log(sum, bitLength(0), bitLength(1));
