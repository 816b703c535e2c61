function f(v, flag) { const o = {a: 1, b: 2}; o.a = v; if (flag) return o.a + o.b + flag.x; return o.a; }
let s = 0;
for (let i = 0; i < 50; i++) s += f(i, null);
console.log(s, f(5, {x: 10}), f(6, {y: 1}));
