function same(x) { return x === x; }
function differs(x) { return x !== x; }
let c = 0;
for (let i = 0; i < 50; i++) if (same(i * 0.5)) c++;
console.log(c, same(NaN), differs(NaN), same(0 / 0), differs(1));
