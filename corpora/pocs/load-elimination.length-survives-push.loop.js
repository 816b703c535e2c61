// Flags: --inject load-elimination.length-survives-push
// Expect-Phase: load-elimination
// Expect-Rule: reuse-earlier-load
// Pops the last element, then reads the (new) last one through a bounds check.
function popAndPeek(stack, i) {
  const bottom = stack[0];
  stack.pop();
  return bottom * 100 + stack[i];
}
let total = 0;
for (let k = 0; k < 3000; k++) total += popAndPeek([k % 10, 1, 2, 3], k % 3);
console.log(total, popAndPeek([4, 5, 6], 2));
