function add1(x) { return x + 1; }
let s = 0;
for (let i = 0; i < 50; i++) s += add1(i);
console.log(s, add1(0.5), add1("a"), add1(true), add1(undefined), add1(null), add1(-0));
