function callee(a, b, c) { return c === undefined ? a + b : a + b + c; }
function caller(x) { return callee(x, 1); }
let s = 0;
for (let i = 0; i < 50; i++) s += caller(i);
console.log(s, caller(-1), callee(1, 2, 3));
