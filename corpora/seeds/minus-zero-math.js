function f(x) { return Math.expm1(x); }
function g(a, b) { return Math.min(a, b); }
let r = 0;
for (let i = 0; i < 50; i++) { r += f(i / 100); r += g(i, -i); }
console.log(r.toFixed(6), Object.is(f(-0), -0), Object.is(g(0, -0), -0), 1 / g(-0, 0));
