const holder = {};
function put(v) { const o = {a: v}; holder.o = o; o.a = v * 2; return holder.o.a; }
let s = 0;
for (let i = 0; i < 50; i++) s += put(i);
console.log(s, holder.o.a, put(7), holder.o.a);
