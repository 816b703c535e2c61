const o = {get x() { return 42; }, y: 1};
const p = {x: 7, y: 1};
function read(q) { return q.x + q.y; }
let s = 0;
for (let i = 0; i < 50; i++) s += read(p);
console.log(s, read(o), read(p));
