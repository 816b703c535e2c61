function toU(x) { return x >>> 0; }
let s = 0;
for (let i = 0; i < 50; i++) s += toU(i);
console.log(s, toU(-1), toU(-2147483648), toU(4294967296), toU(-0.5));
