// Flags: --inject licm.hoists-load-over-loop-store
// Expect-Phase: licm
// Expect-Rule: hoist-invariant-load
// A running total kept in a field: each iteration reads the value the previous one wrote.
function accumulate(acc, values) {
  for (let i = 0; i < values.length; i++) {
    acc.total = acc.total + values[i];
  }
  return acc.total;
}
let grand = 0;
for (let k = 0; k < 3000; k++) grand += accumulate({ total: k % 3 }, [1, 2, 3, 4]);
console.log(grand);
