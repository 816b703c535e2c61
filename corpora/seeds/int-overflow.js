function add(a, b) { return a + b; }
function mul(a, b) { return a * b; }
let s = 0;
for (let i = 0; i < 50; i++) s += add(i, i) + mul(i, 3);
console.log(s, add(2147483647, 1), mul(65536, 65536), add(-2147483648, -1), mul(-1, 0));
