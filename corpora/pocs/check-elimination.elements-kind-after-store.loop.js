// Flags: --inject check-elimination.elements-kind-after-store
// Expect-Phase: check-elimination
// Expect-Rule: remove-dominated-map-check
// dst is sometimes src itself; a non-integer product changes its elements kind.
function scaleFirst(src, dst, factor) {
  const x = src[0];
  dst[0] = x * factor;
  return x + src[1];
}
let total = 0;
for (let i = 0; i < 3000; i++) {
  const dst = i % 2 ? [0.5, 1.5] : [0, 1];
  total += scaleFirst([i % 4, 2, 3], dst, i % 2 ? 0.5 : 2);
}
const shared = [3, 6, 8];
console.log(total, scaleFirst(shared, shared, 0.5));
