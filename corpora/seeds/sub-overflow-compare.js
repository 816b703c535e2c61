function gap(a, b) { return a - b > 0; }
let c = 0;
for (let i = 0; i < 50; i++) if (gap(i, 25)) c++;
console.log(c, gap(-2147483648, 1), gap(2147483647, -1), gap(0, -0));
