function makeCounter() { let c = 0; return function (d) { c += d; return c; }; }
const ctr = makeCounter();
let last = 0;
for (let i = 0; i < 50; i++) last = ctr(i & 3);
console.log(last, ctr(-0), ctr(0.5), ctr(2147483647));
