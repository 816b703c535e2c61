function mask(x, m) { return x & m; }
let s = 0;
for (let i = 0; i < 60; i++) s += mask(i * 1000, -4096) >= 4096 ? 1 : 0;
console.log(s, mask(-5000, -4096), mask(10000, 255), mask(-1, -2));
