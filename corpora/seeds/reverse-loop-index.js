function last(a, n) { let s = 0; for (let i = n; i >= 0; i--) s += a[i] | 0; return s; }
const a = [3, 1, 4, 1, 5, 9, 2, 6];
let t = 0;
for (let k = 0; k < 40; k++) t += last(a, k & 7);
console.log(t, last(a, -1), last(a, 7), last([], 2));
