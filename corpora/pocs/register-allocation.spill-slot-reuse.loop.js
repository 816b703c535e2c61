// Flags: --inject register-allocation.spill-slot-reuse
// Expect-Phase: register-allocation
// A 3x3 determinant and trace over nine live entries and their cofactors.
function summary(m) {
  const a = m[0], b = m[1], c = m[2];
  const d = m[3], e = m[4], f = m[5];
  const g = m[6], h = m[7], i = m[8];
  const c0 = e * i - f * h, c1 = d * i - f * g, c2 = d * h - e * g;
  const det = a * c0 - b * c1 + c * c2;
  return det * 1000 + (a + e + i) * 100 + (c0 + c1 + c2) + (b + d) * (f + h) - (c + g);
}
let total = 0;
for (let k = 0; k < 3000; k++) {
  total += summary([k % 5, 2, 3, 4, k % 7, 6, 7, 8, k % 3]);
}
console.log(total);
