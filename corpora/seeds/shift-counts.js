function shl(x) { return x << 33; }
function sar(x) { return x >> 32; }
function shr(x) { return x >>> 31; }
let s = 0;
for (let i = 0; i < 50; i++) s += shl(i) + sar(i) + shr(i);
console.log(s, shl(1), sar(-8), shr(-1), 1 << 40);
