function work(a, n) { for (let i = 0; i < n; i++) a.push(i * 2); let s = 0; while (a.length > 2) s += a.pop(); return s; }
let t = 0;
for (let k = 0; k < 40; k++) t += work([1, 2], k & 7);
console.log(t, work([], 0), work([0.5], 3));
