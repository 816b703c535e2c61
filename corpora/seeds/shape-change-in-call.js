function getX(o) { return o.x; }
function grow(o) { o.extra = 1; return o; }
const objs = [];
for (let i = 0; i < 8; i++) objs.push({x: i, y: 0});
let s = 0;
for (let k = 0; k < 40; k++) s += getX(objs[k & 7]);
grow(objs[3]);
console.log(s, getX(objs[3]), getX({y: 1, x: 9}), getX({x: "s"}));
