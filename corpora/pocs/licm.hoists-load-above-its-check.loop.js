// Flags: --inject licm.hoists-load-above-its-check
// Expect-Phase: licm
// Expect-Rule: hoist-invariant-load
// a[k] is invariant in the loop, but for an empty array the loop must not read it at all.
function repeatElement(a, k, times) {
  let s = 0;
  for (let i = 0; i < times; i++) s += a[k];
  return s;
}
let total = 0;
for (let j = 0; j < 3000; j++) total += repeatElement([1, 2, 3], j % 3, 2);
console.log(total, repeatElement([], 0, 0));
