function scale(a, f) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * (f * 2 + 1); return s; }
const a = [1, 2, 3, 4];
let t = 0;
for (let k = 0; k < 40; k++) t += scale(a, k);
console.log(t, scale([], 3), scale([0.5], -0.5), scale(a, NaN));
