function swap(o, p) { const a = o.x; p.x = 5; return a + o.x; }
const o1 = {x: 1}, o2 = {x: 2};
let s = 0;
for (let i = 0; i < 50; i++) s += swap(o1, o2);
console.log(s, swap(o1, o1), o1.x, swap(o2, o1));
