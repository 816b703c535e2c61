function twice(x) { const a = x + 1; const b = x + 2; return a * b; }
let s = 0;
for (let i = 0; i < 50; i++) s += twice(i);
console.log(s, twice(2147483646), twice(0.5), twice("1"));
