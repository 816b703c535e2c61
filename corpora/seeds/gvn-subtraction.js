function both(a, b) { return (a - b) * 10 + (b - a); }
function divs(a, b) { return a / b + b / a; }
let s = 0;
for (let i = 1; i < 50; i++) { s += both(i, 3); s += divs(i, 2); }
console.log(s, both(10, 3), divs(4, 2), both(-0, 0));
