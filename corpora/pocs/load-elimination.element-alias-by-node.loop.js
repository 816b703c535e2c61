// Flags: --inject load-elimination.element-alias-by-node
// Expect-Phase: load-elimination
// Expect-Rule: reuse-earlier-load
// The two indices are computed differently but are often equal.
function double(a, i, j) {
  const before = a[i];
  a[j] = before * 2;
  return a[i];
}
let total = 0;
for (let k = 0; k < 3000; k++) {
  const values = [1, 2, 3, 4];
  total += double(values, k % 4, (k * 3) % 4);
}
console.log(total);
