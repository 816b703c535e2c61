function count(n) { let c = 0; for (let i = 0; i < n; i++) c += 2; return c; }
function bottom(n) { let c = 0; let i = 0; do { c++; i++; } while (i < n); return c; }
let s = 0;
for (let k = 0; k < 50; k++) s += count(k & 7) + bottom(k & 3);
console.log(s, count(0), count(-3), bottom(0), bottom(5));
