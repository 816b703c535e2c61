// Flags: --inject check-elimination.shape-check-across-call
// Expect-Phase: check-elimination
// Expect-Rule: remove-dominated-map-check
// normalize is not inlined (try/catch); for a negative x it gives the point a new shape.
function normalize(p) {
  try {
    if (p.x < 0) {
      delete p.x;
      p.x = 0;
    }
  } catch (e) { }
}
function clampedSum(p) {
  const y = p.y;
  normalize(p);
  return y + p.x;
}
let total = 0;
for (let i = 0; i < 3000; i++) total += clampedSum({ x: i % 5, y: 1 });
console.log(total, clampedSum({ x: -4, y: 1 }));
